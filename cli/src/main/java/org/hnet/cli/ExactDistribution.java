package org.hnet.cli;

import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.hnet.runtime.Activation;
import org.hnet.runtime.exact.Boltzmann;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.Thermodynamics;

/**
 * The exact distribution of an enumerated network at any {@code beta} in {@code [0, +infinity]}:
 * the Boltzmann distribution for a finite beta, and at {@code beta = +infinity} (T = 0) its limit,
 * uniform over the ground states. In that limit {@code U = F = E_min}, {@code S = ln g} for {@code
 * g} ground states, {@code Var(E) = C = 0}, and {@code ln Z = -beta E_min + ln g} is not finite.
 */
final class ExactDistribution {

  private final Enumeration states;
  private final double beta;
  private final Boltzmann boltzmann;
  private final List<Integer> ground;

  private ExactDistribution(Enumeration states, double beta) {
    this.states = states;
    this.beta = beta;
    this.boltzmann = Double.isInfinite(beta) ? null : states.boltzmann(beta);
    this.ground = states.groundStates();
  }

  /** The distribution over {@code states} at {@code beta}, {@code 0 <= beta <= +infinity}. */
  static ExactDistribution of(Enumeration states, double beta) {
    return new ExactDistribution(states, beta);
  }

  Enumeration states() {
    return states;
  }

  double beta() {
    return beta;
  }

  /** The probability of every state, by compact index. */
  double[] probabilities() {
    if (boltzmann != null) {
      return boltzmann.probabilities();
    }
    double[] p = new double[states.stateCount()];
    for (int i : ground) {
      p[i] = 1.0 / ground.size();
    }
    return p;
  }

  /** {@code ln Z}, the free energy, {@code <E>}, {@code Var(E)}, the entropy and the heat. */
  Thermodynamics thermodynamics() {
    if (boltzmann != null) {
      return boltzmann.thermodynamics();
    }
    double least = (double) states.minimumScaledEnergy() / states.scale();
    double entropy = Math.log(ground.size());

    // ln Z = -beta E_min + ln g as beta -> infinity
    double logZ =
        least < 0 ? Double.POSITIVE_INFINITY : least > 0 ? Double.NEGATIVE_INFINITY : entropy;
    return new Thermodynamics(beta, logZ, least, least, 0, entropy, 0);
  }

  /** {@code sum of P(s) f(s)}, {@code f} of the full state index (bit k = neuron k, 1 = on). */
  double expectation(LongToDoubleFunction f) {
    if (boltzmann != null) {
      return boltzmann.expectation(f);
    }
    double sum = 0;
    for (int i : ground) {
      sum += f.applyAsDouble(states.stateIndex(i));
    }
    return sum / ground.size();
  }

  /** {@code P(s_u = on)} for every neuron. */
  double[] marginals() {
    if (boltzmann != null) {
      return boltzmann.marginals();
    }
    double[] marginals = new double[states.size()];
    for (int u = 0; u < marginals.length; u++) {
      int neuron = u;
      marginals[u] = expectation(s -> s >>> neuron & 1);
    }
    return marginals;
  }

  /** {@code <s_u s_v>} for every pair, in the network's coding. */
  double[][] correlations() {
    if (boltzmann != null) {
      return boltzmann.correlations();
    }
    Activation activation = states.activation();
    int n = states.size();
    double[][] correlations = new double[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        int a = u;
        int b = v;
        correlations[u][v] =
            expectation(s -> activation.of((s >>> a & 1) != 0) * activation.of((s >>> b & 1) != 0));
      }
    }
    return correlations;
  }

  /** {@code <s_u>} for every neuron, in the network's coding. */
  double[] means() {
    double[] means = marginals();
    if (states.activation() == Activation.BIPOLAR) {
      for (int u = 0; u < means.length; u++) {
        means[u] = 2 * means[u] - 1;
      }
    }
    return means;
  }

  /** The magnetisation {@code m = (2 (neurons on) - n) / n} of a full state index. */
  static double magnetisation(long index, int n) {
    return (2.0 * Long.bitCount(index) - n) / n;
  }
}
