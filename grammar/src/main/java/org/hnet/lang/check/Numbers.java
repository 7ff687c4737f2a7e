package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalInt;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;

/**
 * Evaluates number literals exactly: {@code 3}, {@code -0.25}, {@code 1e-3}, {@code 1/3}, {@code
 * 2.5/3}. Numbers with more than {@value #MAX_DIGITS} digits or an exponent beyond +-{@value
 * #MAX_EXPONENT} are refused (HN081): no model means them, and they would cost time and memory.
 */
final class Numbers {
  /** The most digits a number may have. */
  static final int MAX_DIGITS = 1000;

  /** The largest exponent, in absolute value, that a number may have. */
  static final int MAX_EXPONENT = 1000;

  private final Diagnostics diagnostics;

  Numbers(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The exact value, or empty after reporting why there is none. */
  Optional<BigFraction> value(NumberLiteral number) {
    Optional<BigFraction> numerator = unsigned(number.numerator(), number);
    if (number.denominator().isEmpty() || numerator.isEmpty()) {
      return numerator.map(v -> number.negative() ? v.negate() : v);
    }
    Optional<BigFraction> denominator = unsigned(number.denominator().get(), number);
    if (denominator.isEmpty()) {
      return Optional.empty();
    }
    if (denominator.get().signum() == 0) {
      diagnostics.report(
          DiagnosticCode.DIVISION_BY_ZERO,
          number.span(),
          "division by zero in " + number.text(),
          "a fraction needs a denominator other than 0");
      return Optional.empty();
    }
    BigFraction quotient = numerator.get().divide(denominator.get());
    return Optional.of(number.negative() ? quotient.negate() : quotient);
  }

  /**
   * The value as a whole number, or empty after reporting why there is none.
   *
   * @param what what the number is, for the message: "a neuron count", "an index"
   */
  Optional<BigInteger> whole(NumberLiteral number, String what) {
    Optional<BigFraction> value = value(number);
    if (value.isPresent() && !value.get().isInteger()) {
      diagnostics.report(
          DiagnosticCode.NOT_AN_INTEGER,
          number.span(),
          what + " must be a whole number, got " + number.text(),
          "");
      return Optional.empty();
    }
    return value.map(BigFraction::getNumerator);
  }

  /** The value as an {@code int}; a whole number beyond the {@code int} range is reported. */
  OptionalInt smallWhole(NumberLiteral number, String what) {
    Optional<BigInteger> value = whole(number, what);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    if (value.get().bitLength() > 31) {
      diagnostics.report(
          DiagnosticCode.NUMBER_TOO_LARGE,
          number.span(),
          what + " " + number.text() + " is too large",
          "indices and counts must lie between -2147483648 and 2147483647");
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.get().intValueExact());
  }

  private Optional<BigFraction> unsigned(String text, NumberLiteral number) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String mantissa = e < 0 ? text : text.substring(0, e);
    String digits = mantissa.replace(".", "");
    Optional<Integer> exponent = e < 0 ? Optional.of(0) : exponent(text.substring(e + 1));
    if (digits.length() > MAX_DIGITS || exponent.isEmpty()) {
      tooLarge(
          number,
          exponent.isEmpty()
              ? "an exponent outside -" + MAX_EXPONENT + ".." + MAX_EXPONENT
              : "more than " + MAX_DIGITS + " digits");
      return Optional.empty();
    }

    // digits d_1 .. d_k with f of them after the point, times 10^exponent
    int fraction = mantissa.indexOf('.') < 0 ? 0 : mantissa.length() - mantissa.indexOf('.') - 1;
    int power = exponent.get() - fraction;
    BigInteger unscaled = new BigInteger(digits);
    BigInteger scale = BigInteger.TEN.pow(Math.abs(power));
    return Optional.of(
        power >= 0 ? new BigFraction(unscaled.multiply(scale)) : new BigFraction(unscaled, scale));
  }

  private static Optional<Integer> exponent(String text) {
    String digits = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 4 || Integer.parseInt(trimmed) > MAX_EXPONENT) {
      return Optional.empty();
    }
    int magnitude = Integer.parseInt(trimmed);
    return Optional.of(text.startsWith("-") ? -magnitude : magnitude);
  }

  private void tooLarge(NumberLiteral number, String what) {
    String text = number.text();
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    diagnostics.report(
        DiagnosticCode.NUMBER_TOO_LARGE,
        number.span(),
        "number " + shown + " has " + what + ", too large to be meant",
        "numbers may have at most "
            + MAX_DIGITS
            + " digits and an exponent between -"
            + MAX_EXPONENT
            + " and "
            + MAX_EXPONENT);
  }
}
