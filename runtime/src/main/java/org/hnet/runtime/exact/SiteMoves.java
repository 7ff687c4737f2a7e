package org.hnet.runtime.exact;

import org.hnet.runtime.Activation;
import org.hnet.runtime.StochasticRule;

/**
 * The single-neuron moves the exact kernels are built of: the probability that updating free neuron
 * {@code j} in state {@code i} flips it, under the Gibbs or the Metropolis rule, with the
 * expressions of {@link StochasticRule} and the local field recovered exactly from the energy
 * table.
 */
final class SiteMoves {

  /** Which update rule. */
  enum Rule {
    GIBBS,
    METROPOLIS
  }

  private final Enumeration states;
  private final Rule rule;
  private final double gibbsFactor;
  private final double metropolisFactor;
  private final long gap;

  SiteMoves(Enumeration states, double beta, Rule rule) {
    StochasticRule.checkBeta(beta);
    this.states = states;
    this.rule = rule;
    Activation activation = states.activation();
    this.gibbsFactor = StochasticRule.gibbsFactor(activation, beta, states.scale());
    this.metropolisFactor = StochasticRule.metropolisFactor(beta, states.scale());
    this.gap = activation.high() - activation.low();
  }

  Enumeration states() {
    return states;
  }

  /** The probability that an update of free neuron {@code j} in state {@code i} flips it. */
  double flip(int i, int j) {
    return rule == Rule.GIBBS ? gibbs(i, j, true) : metropolis(i, j);
  }

  /** The probability that an update of free neuron {@code j} in state {@code i} keeps it. */
  double stay(int i, int j) {
    return rule == Rule.GIBBS ? gibbs(i, j, false) : 1 - metropolis(i, j);
  }

  private double gibbs(int i, int j, boolean flip) {
    int on = i | (1 << j);
    int off = i & ~(1 << j);

    // scale * (E(off) - E(on)) = gap * d, with d = scale * (net - threshold)
    long d = (states.scaledEnergy(off) - states.scaledEnergy(on)) / gap;
    double pOn = StochasticRule.probabilityOn(d, gibbsFactor);
    double pOff = StochasticRule.probabilityOn(-d, gibbsFactor);

    boolean isOn = i == on;
    return flip == isOn ? pOff : pOn;
  }

  private double metropolis(int i, int j) {
    // scale * (E(flipped) - E(s)), exact
    double increase = states.scaledEnergy(i ^ (1 << j)) - states.scaledEnergy(i);
    return increase <= 0 ? 1.0 : StochasticRule.acceptance(increase, metropolisFactor);
  }
}
