package org.hnet.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.OptionalLong;
import org.hipparchus.fraction.BigFraction;

/** Exact numbers as people and JSON read them: {@code 3}, {@code -1/3}, {@code -17.3047}. */
final class Exact {
  /** The largest denominator a table shows as a fraction. */
  static final int LARGEST_SHOWN_DENOMINATOR = 1000;

  /** Decimals show at least this many significant digits ... */
  private static final int SIGNIFICANT_DIGITS = 6;

  /** ... and at least this many places after the point. */
  private static final int DECIMAL_PLACES = 4;

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
    return format(fraction(scaled.getAsLong(), scale));
  }

  /**
   * A value for a table, never in scientific notation: when {@code scaled / scale} is known, an
   * integer as an integer and a fraction with a denominator up to {@value
   * #LARGEST_SHOWN_DENOMINATOR} as a fraction; otherwise a decimal rounded to at least {@value
   * #SIGNIFICANT_DIGITS} significant digits and {@value #DECIMAL_PLACES} places ({@code
   * approximate} itself when it is a whole number).
   */
  static String readable(OptionalLong scaled, long scale, double approximate) {
    if (scaled.isPresent()) {
      return readable(fraction(scaled.getAsLong(), scale));
    }
    if (!Double.isFinite(approximate)) {
      return Double.toString(approximate);
    }
    BigDecimal value = new BigDecimal(approximate);
    return isWhole(value) ? value.toBigInteger().toString() : decimal(value);
  }

  /** An exact value for a table, as {@link #readable(OptionalLong, long, double)} shows it. */
  static String readable(BigFraction value) {
    BigFraction reduced = value.reduce();
    BigInteger denominator = reduced.getDenominator();
    if (denominator.compareTo(BigInteger.valueOf(LARGEST_SHOWN_DENOMINATOR)) <= 0) {
      return format(reduced);
    }
    int places = places(new BigDecimal(reduced.getNumerator()).abs(), new BigDecimal(denominator));
    return new BigDecimal(reduced.getNumerator())
        .divide(new BigDecimal(denominator), places, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String decimal(BigDecimal value) {
    return value
        .setScale(places(value.abs(), BigDecimal.ONE), RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** Places after the point that give {@code numerator / denominator} enough digits. */
  private static int places(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal magnitude = numerator.divide(denominator, 2, RoundingMode.DOWN);
    int integerDigits = magnitude.signum() == 0 ? 0 : magnitude.precision() - magnitude.scale();
    if (integerDigits <= 0) {
      // below 1: count the zeros after the point too, so that 0.0000123 keeps its digits
      BigDecimal exact = numerator.divide(denominator, SIGNIFICANT_DIGITS, RoundingMode.DOWN);
      integerDigits = exact.signum() == 0 ? 0 : exact.precision() - exact.scale();
    }
    return Math.max(DECIMAL_PLACES, SIGNIFICANT_DIGITS - integerDigits);
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static BigFraction fraction(long scaled, long scale) {
    return new BigFraction(BigInteger.valueOf(scaled), BigInteger.valueOf(scale));
  }
}
