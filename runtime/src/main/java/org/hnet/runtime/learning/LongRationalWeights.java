package org.hnet.runtime.learning;

/**
 * Exact rational weights whose common denominator and numerators all fit a {@code long}: the weight
 * into {@code u} from {@code v} is {@code numerators[u * size + v] / denominator}, in lowest terms.
 * The learning rules compute them in 64-bit arithmetic when the exact numbers allow it, which takes
 * 8 bytes per weight instead of a {@link java.math.BigInteger} each.
 *
 * <p>The array is not copied: at {@code size^2} numbers it may be most of the memory there is, so
 * the weights hand it on to their one owner, who may change it.
 *
 * @param size the number of neurons
 * @param denominator the common denominator, positive
 * @param numerators {@code size * size} numerators, row = receiver
 */
public record LongRationalWeights(int size, long denominator, long[] numerators) {

  /** Checks the shape and the sign of the denominator. */
  public LongRationalWeights {
    if (denominator < 1) {
      throw new IllegalArgumentException("denominator must be positive, got " + denominator);
    }
    if (numerators.length != (long) size * size) {
      throw new IllegalArgumentException(
          "expected " + (long) size * size + " numerators, got " + numerators.length);
    }
  }

  /**
   * The same weights in lowest terms, dividing numerators and denominator by their gcd in place.
   */
  static LongRationalWeights reduced(int size, long denominator, long[] numerators) {
    long gcd = denominator;
    for (long x : numerators) {
      gcd = gcd(gcd, x);
    }
    for (int k = 0; k < numerators.length; k++) {
      numerators[k] /= gcd;
    }
    return new LongRationalWeights(size, denominator / gcd, numerators);
  }

  /**
   * The greatest common divisor of {@code a} and {@code b}, not both zero, one of them positive.
   */
  static long gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long r = x % y;
      x = y;
      y = r;
    }
    return x;
  }
}
