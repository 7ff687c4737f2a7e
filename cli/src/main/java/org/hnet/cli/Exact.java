package org.hnet.cli;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.hipparchus.fraction.BigFraction;

/** Exact numbers as people and JSON read them: {@code 3}, {@code -1/3}. */
final class Exact {
  private Exact() {}

  /** {@code numerator/denominator} in lowest terms, or the integer alone. */
  static String format(BigFraction value) {
    BigFraction reduced = value.reduce();
    if (reduced.getDenominator().equals(BigInteger.ONE)) {
      return reduced.getNumerator().toString();
    }
    return reduced.getNumerator() + "/" + reduced.getDenominator();
  }

  /** {@code scaled / scale} exactly, or null when the scaled value is unknown. */
  static String ratio(OptionalLong scaled, long scale) {
    if (scaled.isEmpty()) {
      return null;
    }
    return format(
        new BigFraction(BigInteger.valueOf(scaled.getAsLong()), BigInteger.valueOf(scale)));
  }
}
