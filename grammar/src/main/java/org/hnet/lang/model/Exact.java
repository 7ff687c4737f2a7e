package org.hnet.lang.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.hipparchus.fraction.BigFraction;

/** Conversions of exact rationals that the model records share. */
final class Exact {

  /** Enough decimal digits that rounding the quotient to a double is rounding the rational. */
  private static final MathContext DIGITS = new MathContext(40);

  private Exact() {}

  /**
   * The double nearest to {@code value}: the quotient is taken to 40 significant digits, far more
   * than the 17 a double holds, then rounded once more to a double.
   */
  static double nearestDouble(BigFraction value) {
    BigDecimal numerator = new BigDecimal(value.getNumerator());
    BigDecimal denominator = new BigDecimal(value.getDenominator());
    return numerator.divide(denominator, DIGITS).doubleValue();
  }

  /** The fraction as written back: {@code 3}, {@code -1/2}. */
  static String format(BigFraction value) {
    return value.getDenominator().equals(BigInteger.ONE)
        ? value.getNumerator().toString()
        : value.getNumerator() + "/" + value.getDenominator();
  }
}
