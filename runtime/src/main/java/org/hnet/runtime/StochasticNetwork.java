package org.hnet.runtime;

import java.util.SplittableRandom;

/**
 * A Boltzmann machine: a {@link HopfieldNetwork} whose neurons can also be resampled at an inverse
 * temperature {@code beta}, so that the state converges in distribution to the Boltzmann
 * distribution {@code P(s) ~ exp(-beta E(s))} instead of to a fixed point. Generated classes
 * implement it, and {@link ReferenceNetwork} implements it generically.
 *
 * <h2>Random-number contract</h2>
 *
 * <p>Every method draws from a caller-supplied {@link SplittableRandom} and from nothing else, and
 * draws exactly as stated here, so that two implementations started from the same state with
 * generators of the same seed produce the same trajectory bit for bit. The floating-point
 * expressions are those of {@link StochasticRule}; {@code d} is the scaled local field {@code
 * scaledNetInput(u) - scaledThreshold(u)} (for floating parameters {@code netInput(u) -
 * threshold(u)}, scale 1), computed from the current state.
 *
 * <ul>
 *   <li><b>Gibbs update</b> of an unclamped neuron {@code u} ({@link #gibbsUpdate}): {@code p =
 *       StochasticRule.probabilityOn(d, StochasticRule.gibbsFactor(activation, beta, scale))}, that
 *       is {@code x = 0.0} if {@code d == 0}, else {@code x = (gap * beta / scale) * d} with gap 2
 *       (bipolar) or 1 (binary), and {@code p = Logistic.of(x)}; then exactly one {@code
 *       random.nextDouble()}, and {@code u} is set on iff that number is {@code < p}. The new value
 *       does not depend on the old one (the formalization's {@code gibbsUpdate}); a draw is made
 *       even when {@code p} is 0 or 1.
 *   <li><b>Gibbs sweep</b> ({@link #gibbsSweep(double, SplittableRandom)}): Gibbs updates of 0, 1,
 *       ..., n-1 in this order; with an order ({@link #gibbsSweep(int[], double,
 *       SplittableRandom)}) the updates follow the order, head first (the formalization's {@code
 *       gibbsSweep}).
 *   <li><b>Random scan</b> ({@link #gibbsRandomScan}): each step draws {@code u =
 *       random.nextInt(n)} over all {@code n} neurons, then makes a Gibbs update of {@code u}.
 *   <li><b>Metropolis update</b> of an unclamped neuron {@code u} ({@link #metropolisUpdate}): the
 *       proposal is the flip of {@code u}; its scaled energy increase is {@code D =
 *       StochasticRule.flipIncrease(activation, s(u), d)} ({@code E_final_Form}). If {@code D <= 0}
 *       the flip is accepted and nothing is drawn; else exactly one {@code random.nextDouble()} is
 *       drawn and the flip is accepted iff it is {@code < StochasticRule.acceptance(D, beta /
 *       scale)}, that is {@code < StrictMath.exp(-((beta / scale) * D))}.
 *   <li><b>Metropolis sweep</b> ({@link #metropolisSweep}): Metropolis updates of 0, 1, ..., n-1;
 *       <b>Metropolis random scan</b> ({@link #metropolisRandomScan}): each step draws {@code u =
 *       random.nextInt(n)}, then makes a Metropolis update of {@code u}.
 *   <li>An update of a <b>clamped</b> neuron, Gibbs or Metropolis, draws nothing and changes
 *       nothing; a random scan that picks a clamped neuron has drawn only its {@code nextInt}.
 * </ul>
 *
 * <p>{@code beta} may be any number in {@code [0, +infinity]}: {@code +infinity} is temperature 0
 * (Gibbs is then the deterministic rule except that a tie is a fair coin; Metropolis accepts no
 * increase) and 0 is infinite temperature (every Gibbs update is a fair coin; Metropolis accepts
 * every flip). No probability is ever NaN. A negative or NaN {@code beta} is refused with {@link
 * IllegalArgumentException}.
 *
 * <h2>Clamping</h2>
 *
 * <p>A clamped neuron holds its value under every update, deterministic or stochastic: {@link
 * #update} leaves it and returns {@code false}, so {@link #isStable()} considers only the free
 * neurons. {@link #setState} and {@link #setNeuron} refuse to change a clamped neuron's value.
 *
 * <p>The per-update and per-sweep methods allocate nothing. They run on floating-point networks
 * too; only there {@code d}, and so a tie, is subject to rounding.
 */
public interface StochasticNetwork extends HopfieldNetwork {

  /**
   * Resamples one neuron from its conditional distribution at {@code beta} (the formalization's
   * {@code gibbsUpdate}).
   *
   * @return whether the neuron changed its value
   */
  boolean gibbsUpdate(int neuron, double beta, SplittableRandom random);

  /**
   * Gibbs updates of every neuron once, in index order.
   *
   * @return how many updates changed a neuron
   */
  int gibbsSweep(double beta, SplittableRandom random);

  /**
   * Gibbs updates in the given order, head first.
   *
   * @param order neuron indices; may repeat or omit neurons; checked before any update
   * @return how many updates changed a neuron
   */
  int gibbsSweep(int[] order, double beta, SplittableRandom random);

  /**
   * {@code steps} random-scan steps: pick a neuron uniformly, then resample it.
   *
   * @return how many steps changed a neuron
   */
  long gibbsRandomScan(long steps, double beta, SplittableRandom random);

  /**
   * Proposes to flip one neuron and accepts with the Metropolis probability {@code min(1, exp(-beta
   * * deltaE))}.
   *
   * @return whether the neuron flipped
   */
  boolean metropolisUpdate(int neuron, double beta, SplittableRandom random);

  /**
   * Metropolis updates of every neuron once, in index order.
   *
   * @return how many flips were accepted
   */
  int metropolisSweep(double beta, SplittableRandom random);

  /**
   * {@code steps} Metropolis updates of neurons picked uniformly at random.
   *
   * @return how many flips were accepted
   */
  long metropolisRandomScan(long steps, double beta, SplittableRandom random);

  /**
   * The probability that a Gibbs update at {@code beta} leaves {@code neuron} on, given the other
   * neurons: the {@code p} of the contract above, or 1 or 0 for a neuron clamped on or off. Draws
   * nothing.
   */
  double probabilityOn(int neuron, double beta);

  /**
   * Sets {@code neuron} to {@code value} and holds it there until {@link #unclamp}.
   *
   * @throws IllegalArgumentException if {@code value} is not a value of {@link #activation()}
   */
  void clamp(int neuron, int value);

  /** Releases {@code neuron}; its value stays what it was. */
  void unclamp(int neuron);

  /** Releases every neuron. */
  void unclampAll();

  /** Whether {@code neuron} is clamped. */
  boolean isClamped(int neuron);
}
