package org.hnet.runtime;

/**
 * The exact floating-point expressions of the stochastic updates of {@link StochasticNetwork}. A
 * generated network evaluates the same expressions in the same order (or looks their values up in a
 * table filled by these methods), so that both draw the same trajectory from the same random
 * stream.
 *
 * <p>Throughout, {@code d} is the local field times the scale, {@code d = scale * (net(u) -
 * threshold(u))}: an exact {@code long} for exact parameters, converted to {@code double} by a
 * cast, and a {@code double} for floating parameters (whose scale is 1).
 *
 * <p>Inverse temperature. {@code beta = 1 / T} with {@code k_B = 1}. {@code beta = +infinity} is
 * temperature {@code T = 0}: a Gibbs update is then the deterministic rule, except on a tie, which
 * it decides with probability 1/2 (the formalization's {@code zeroTempLimitPMF}; the deterministic
 * {@link HopfieldNetwork#update} sends a tie to on). {@code beta = 0} is infinite temperature:
 * every Gibbs update is a fair coin. (The formalization's {@code Temperature} 0 is {@code beta =
 * 0}, since Lean's {@code 1 / 0 = 0}; hnet's {@code T = 0} is {@code beta = +infinity}.)
 */
public final class StochasticRule {

  private StochasticRule() {}

  /**
   * Checks an inverse temperature: a number in {@code [0, +infinity]}.
   *
   * @return {@code beta}
   * @throws IllegalArgumentException if {@code beta} is negative or NaN
   */
  public static double checkBeta(double beta) {
    if (!(beta >= 0)) {
      throw new IllegalArgumentException("beta must be a number >= 0 or +infinity, got " + beta);
    }
    return beta;
  }

  /**
   * The gap between the two values of a neuron, {@code high - low}: 2 for bipolar neurons and 1 for
   * binary ones (the formalization's {@code scale}, {@code scale_binary} and {@code
   * scale_zeroOne}).
   */
  public static double gap(Activation activation) {
    return activation.high() - activation.low();
  }

  /** The Gibbs factor {@code gap * beta / scale}, evaluated left to right in {@code double}. */
  public static double gibbsFactor(Activation activation, double beta, long scale) {
    return gap(activation) * beta / scale;
  }

  /**
   * The probability that a Gibbs update turns a neuron on: {@code x = 0.0} if {@code d == 0}, else
   * {@code x = factor * d}; then {@code Logistic.of(x)}. This is the formalization's {@code probPos
   * = logisticProb(scale * (net - threshold) * beta)}. Setting {@code x = 0} on a tie avoids {@code
   * +infinity * 0} at {@code beta = +infinity}, so the result is never NaN.
   *
   * @param d the scaled local field
   * @param factor {@link #gibbsFactor}
   */
  public static double probabilityOn(double d, double factor) {
    double x = d == 0 ? 0.0 : factor * d;
    return Logistic.of(x);
  }

  /** The Metropolis factor {@code beta / scale}, in {@code double}. */
  public static double metropolisFactor(double beta, long scale) {
    return beta / scale;
  }

  /**
   * The scaled energy change of flipping a neuron from {@code from} to the other value, by the
   * formalization's {@code E_final_Form}: {@code scale * (E(after) - E(before)) = (from - to) * d},
   * evaluated as {@code (from - to) * d} with the integer difference converted to {@code double}
   * (exact: it is 1 or 2 in absolute value).
   */
  public static double flipIncrease(Activation activation, int from, double d) {
    int to = from == activation.high() ? activation.low() : activation.high();
    return (from - to) * d;
  }

  /**
   * The probability of accepting a flip that raises the scaled energy by {@code increase > 0}:
   * {@code StrictMath.exp(-(factor * increase))}. A flip with {@code increase <= 0} is accepted
   * without drawing a number and never calls this method.
   *
   * @param factor {@link #metropolisFactor}
   */
  public static double acceptance(double increase, double factor) {
    return StrictMath.exp(-(factor * increase));
  }
}
