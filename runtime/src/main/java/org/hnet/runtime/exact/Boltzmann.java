package org.hnet.runtime.exact;

import java.util.function.LongToDoubleFunction;
import org.hnet.runtime.Activation;

/**
 * The exact Boltzmann distribution {@code P(s) = exp(-beta E(s)) / Z} over the states of an {@link
 * Enumeration} (clamped neurons held fixed), with its thermodynamics, marginals and correlations.
 *
 * <p>Sums are shifted by the least energy (log-sum-exp): {@code Z = exp(-beta E_min) Z'} with
 * {@code Z' = sum of exp(-beta (E(s) - E_min))}, whose largest term is 1, so nothing overflows;
 * {@code E(s) - E_min} is exact (a difference of scaled integers). Every sum over states is
 * compensated ({@link CompensatedSum}), and the variance is a second pass about the mean, so the
 * results carry errors of a few roundings whatever the number of states.
 *
 * <p>Indices are the compact indices of the enumeration.
 */
public final class Boltzmann {

  private final Enumeration states;
  private final double beta;
  private final double[] probabilities;
  private final double logShiftedPartition;
  private double[][] bothOn;

  private Boltzmann(Enumeration states, double beta) {
    this.states = states;
    this.beta = beta;
    int count = states.stateCount();
    this.probabilities = new double[count];
    CompensatedSum z = new CompensatedSum();
    for (int i = 0; i < count; i++) {
      probabilities[i] = shiftedWeight(i);
      z.add(probabilities[i]);
    }
    double shifted = z.value();
    for (int i = 0; i < count; i++) {
      probabilities[i] /= shifted;
    }
    this.logShiftedPartition = Math.log(shifted);
  }

  /**
   * The Boltzmann distribution over {@code states} at {@code beta}.
   *
   * @throws IllegalArgumentException if {@code beta} is negative, infinite or NaN (for the limit
   *     {@code beta -> infinity} see {@link Enumeration#groundStates()})
   */
  public static Boltzmann of(Enumeration states, double beta) {
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException(
          "exact Boltzmann sums need a finite beta >= 0, got " + beta);
    }
    return new Boltzmann(states, beta);
  }

  /** {@code exp(-beta (E(s) - E_min))}, computed as {@code exp(-(beta * diff / scale))}. */
  private double shiftedWeight(int i) {
    long diff = states.scaledEnergy(i) - states.minimumScaledEnergy();
    return Math.exp(-(beta * diff / states.scale()));
  }

  /** The enumeration this distribution is over. */
  public Enumeration enumeration() {
    return states;
  }

  /** The inverse temperature. */
  public double beta() {
    return beta;
  }

  /** The probability of the state of compact index {@code i}. */
  public double probability(int i) {
    return probabilities[i];
  }

  /** The probabilities of all states, by compact index (a copy). */
  public double[] probabilities() {
    return probabilities.clone();
  }

  /** {@code ln Z}. */
  public double logPartition() {
    return -beta * states.minimumScaledEnergy() / states.scale() + logShiftedPartition;
  }

  /** The exact thermodynamic quantities. */
  public Thermodynamics thermodynamics() {
    double scale = states.scale();
    double base = states.minimumScaledEnergy() / scale;

    // U - E_min = sum of P(s) (E(s) - E_min), then Var(E) = sum of P(s) (E(s) - U)^2
    CompensatedSum excess = new CompensatedSum();
    for (int i = 0; i < probabilities.length; i++) {
      excess.add(probabilities[i] * (excessEnergy(i) / scale));
    }
    double meanExcess = excess.value();
    CompensatedSum squares = new CompensatedSum();
    for (int i = 0; i < probabilities.length; i++) {
      double deviation = excessEnergy(i) / scale - meanExcess;
      squares.add(probabilities[i] * deviation * deviation);
    }
    double variance = squares.value();

    // S = beta (U - F) = beta (U - E_min) + ln Z'
    double logZ = logPartition();
    double entropy = beta * meanExcess + logShiftedPartition;
    return new Thermodynamics(
        beta,
        logZ,
        freeEnergy(logZ, base),
        base + meanExcess,
        variance,
        entropy,
        beta * beta * variance);
  }

  private double excessEnergy(int i) {
    return states.scaledEnergy(i) - states.minimumScaledEnergy();
  }

  /** {@code -ln Z / beta}; at beta = 0 minus infinity, or the only state's energy. */
  private double freeEnergy(double logZ, double onlyEnergy) {
    if (beta > 0) {
      return -logZ / beta;
    }
    return states.freeCount() == 0 ? onlyEnergy : Double.NEGATIVE_INFINITY;
  }

  /**
   * The expectation of a function of the state, {@code sum of P(s) f(s)}, where {@code f} receives
   * the full state index (bit {@code k} = neuron {@code k}, 1 = on).
   */
  public double expectation(LongToDoubleFunction f) {
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < probabilities.length; i++) {
      sum.add(probabilities[i] * f.applyAsDouble(states.stateIndex(i)));
    }
    return sum.value();
  }

  /** {@code P(s_u = on)} for every neuron (1 or 0 for clamped ones). */
  public double[] marginals() {
    double[][] both = bothOn();
    double[] marginals = new double[both.length];
    for (int u = 0; u < both.length; u++) {
      marginals[u] = both[u][u];
    }
    return marginals;
  }

  /** {@code <s_u>} for every neuron: {@code P_on} for binary, {@code 2 P_on - 1} for bipolar. */
  public double[] means() {
    double[] means = marginals();
    if (states.activation() == Activation.BIPOLAR) {
      for (int u = 0; u < means.length; u++) {
        means[u] = 2 * means[u] - 1;
      }
    }
    return means;
  }

  /**
   * {@code P(s_u = on and s_v = on)} for every pair; the diagonal holds the marginals. A fresh
   * copy.
   */
  public double[][] bothOn() {
    if (bothOn == null) {
      bothOn = computeBothOn();
    }
    double[][] copy = new double[bothOn.length][];
    for (int u = 0; u < copy.length; u++) {
      copy[u] = bothOn[u].clone();
    }
    return copy;
  }

  /**
   * The correlations {@code <s_u s_v>} for every pair (diagonal {@code <s_u^2>}). For bipolar
   * neurons {@code s = 2b - 1} with {@code b} the on-indicator, so {@code <s_u s_v> = 4 P(both on)
   * - 2 P(u on) - 2 P(v on) + 1}.
   */
  public double[][] correlations() {
    double[][] both = bothOn();
    if (states.activation() == Activation.BINARY) {
      return both;
    }
    int n = both.length;
    double[][] correlations = new double[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        correlations[u][v] = u == v ? 1.0 : 4 * both[u][v] - 2 * both[u][u] - 2 * both[v][v] + 1;
      }
    }
    return correlations;
  }

  /** One pass over the states adding each probability to the pairs of neurons that are on. */
  private double[][] computeBothOn() {
    int n = states.size();
    CompensatedSum[][] sums = new CompensatedSum[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = u; v < n; v++) {
        sums[u][v] = new CompensatedSum();
      }
    }
    int[] on = new int[n];
    for (int i = 0; i < probabilities.length; i++) {
      int count = onNeurons(states.stateIndex(i), n, on);
      for (int a = 0; a < count; a++) {
        for (int b = a; b < count; b++) {
          sums[on[a]][on[b]].add(probabilities[i]);
        }
      }
    }
    double[][] both = new double[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = u; v < n; v++) {
        both[u][v] = sums[u][v].value();
        both[v][u] = both[u][v];
      }
    }
    return both;
  }

  private static int onNeurons(long index, int n, int[] target) {
    int count = 0;
    for (int u = 0; u < n; u++) {
      if ((index >>> u & 1) != 0) {
        target[count++] = u;
      }
    }
    return count;
  }
}
