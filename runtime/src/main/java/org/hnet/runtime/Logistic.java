package org.hnet.runtime;

/**
 * The logistic function {@code sigma(x) = 1 / (1 + exp(-x))}, evaluated without overflow and
 * identically on every platform, so that a generated network and the reference network draw the
 * same Gibbs trajectories bit for bit.
 *
 * <p>For {@code x >= 0} it returns {@code 1.0 / (1.0 + StrictMath.exp(-x))}; for {@code x < 0} it
 * returns {@code e / (1.0 + e)} with {@code e = StrictMath.exp(x)}. Neither branch overflows, so
 * {@code sigma(+infinity) = 1}, {@code sigma(-infinity) = 0} and {@code sigma(0) = sigma(-0) = 0.5}
 * exactly. {@link StrictMath} rather than {@link Math} makes the result independent of the JVM and
 * of just-in-time compilation.
 */
public final class Logistic {

  private Logistic() {}

  /**
   * The logistic function of {@code x}: the formalization's {@code logisticProb}.
   *
   * @throws IllegalArgumentException if {@code x} is NaN
   */
  public static double of(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + StrictMath.exp(-x));
    }
    if (x < 0) {
      double e = StrictMath.exp(x);
      return e / (1.0 + e);
    }
    throw new IllegalArgumentException("the logistic function of NaN is undefined");
  }
}
