package org.hnet.runtime.learning;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Exact rational weights over one common denominator: the weight into {@code u} from {@code v} is
 * {@code numerators[u * size + v] / denominator}. Instances made by {@link #of} are in lowest
 * terms: no integer greater than 1 divides the denominator and every numerator.
 *
 * @param size the number of neurons
 * @param denominator the common denominator, positive
 * @param numerators {@code size * size} numerators, row = receiver
 */
public record RationalWeights(int size, BigInteger denominator, BigInteger[] numerators) {

  /** Copies the numerators and checks the shape and the sign of the denominator. */
  public RationalWeights {
    if (size < 1) {
      throw new IllegalArgumentException("a network needs at least one neuron, got " + size);
    }
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive, got " + denominator);
    }
    if (numerators.length != (long) size * size) {
      throw new IllegalArgumentException(
          "expected " + (long) size * size + " numerators, got " + numerators.length);
    }
    numerators = numerators.clone();
  }

  /** The same weights in lowest terms: numerators and denominator divided by their gcd. */
  public static RationalWeights of(int size, BigInteger denominator, BigInteger[] numerators) {
    BigInteger gcd = denominator;
    for (BigInteger x : numerators) {
      gcd = gcd.gcd(x);
    }
    BigInteger[] reduced = new BigInteger[numerators.length];
    for (int k = 0; k < numerators.length; k++) {
      reduced[k] = numerators[k].divide(gcd);
    }
    return new RationalWeights(size, denominator.divide(gcd), reduced);
  }

  /** A copy of the numerators. */
  @Override
  public BigInteger[] numerators() {
    return numerators.clone();
  }

  /** The numerator of the weight into {@code receiver} from {@code sender}. */
  public BigInteger numerator(int receiver, int sender) {
    return numerators[receiver * size + sender];
  }

  /** The weight into {@code receiver} from {@code sender}, rounded to a double. */
  public double weight(int receiver, int sender) {
    return toDouble(numerator(receiver, sender));
  }

  /** Every weight rounded to a double, flat and row-major. */
  public double[] toDoubles() {
    double[] values = new double[numerators.length];
    for (int k = 0; k < values.length; k++) {
      values[k] = toDouble(numerators[k]);
    }
    return values;
  }

  private double toDouble(BigInteger numerator) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RationalWeights that
        && size == that.size
        && denominator.equals(that.denominator)
        && Arrays.equals(numerators, that.numerators);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(numerators) * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return "RationalWeights[size=" + size + ", denominator=" + denominator + "]";
  }
}
