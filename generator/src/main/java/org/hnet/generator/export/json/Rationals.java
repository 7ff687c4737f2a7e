package org.hnet.generator.export.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact rationals as the spec writes them: {@code "3"}, {@code "-1/3"}, lowest terms, a positive
 * denominator, no {@code /1}. Doubles are written as the exact rational they hold, so that reading
 * the text gives back the same double.
 */
public final class Rationals {

  /** The longest numerator or denominator read, in digits, as in the language (HN081). */
  static final int MAX_DIGITS = 1000;

  private static final Pattern RATIONAL = Pattern.compile("(-?[0-9]+)(?:/([0-9]+))?");

  private Rationals() {}

  /** The text of {@code value}: {@code "p"} or {@code "p/q"} in lowest terms. */
  public static String text(BigFraction value) {
    BigFraction reduced = new BigFraction(value.getNumerator(), value.getDenominator());
    if (reduced.getDenominator().equals(BigInteger.ONE)) {
      return reduced.getNumerator().toString();
    }
    return reduced.getNumerator() + "/" + reduced.getDenominator();
  }

  /** The text of the exact value of {@code value}, which must be finite. */
  public static String text(double value) {
    return text(exact(value));
  }

  /** The exact rational a finite double holds. */
  public static BigFraction exact(double value) {
    BigDecimal decimal = new BigDecimal(value);
    BigInteger unscaled = decimal.unscaledValue();
    int scale = decimal.scale();
    if (scale <= 0) {
      return new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }
    return new BigFraction(unscaled, BigInteger.TEN.pow(scale));
  }

  /** The double whose exact value is {@code value}, if there is one. */
  public static OptionalDouble asDouble(BigFraction value) {
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value.getNumerator()).divide(new BigDecimal(value.getDenominator()));
    } catch (ArithmeticException notTerminating) {
      return OptionalDouble.empty();
    }
    double x = decimal.doubleValue();
    boolean exact = Double.isFinite(x) && exact(x).equals(value);
    return exact ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  /**
   * The rational {@code text} stands for, if it is written as this class writes rationals (a
   * denominator of 0, a sign on the denominator, a decimal point or more than {@value MAX_DIGITS}
   * digits are refused; lowest terms are not required).
   */
  public static Optional<BigFraction> parse(String text) {
    Matcher matcher = RATIONAL.matcher(text);
    if (!matcher.matches() || text.length() > 2 * MAX_DIGITS + 2) {
      return Optional.empty();
    }
    BigInteger numerator = new BigInteger(matcher.group(1));
    BigInteger denominator =
        matcher.group(2) == null ? BigInteger.ONE : new BigInteger(matcher.group(2));
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigFraction(numerator, denominator));
  }
}
