package org.hnet.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;
import org.junit.jupiter.api.Test;

class NumbersTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final Numbers numbers = new Numbers(diagnostics);

  @Test
  void decimalsAreExact() {
    assertThat(value(false, "0.1", null)).isEqualTo(new BigFraction(1, 10));
    assertThat(value(true, ".25", null)).isEqualTo(new BigFraction(-1, 4));
  }

  @Test
  void exponentsScaleByPowersOfTen() {
    assertThat(value(false, "1e-3", null)).isEqualTo(new BigFraction(1, 1000));
    assertThat(value(false, "2.5E2", null)).isEqualTo(new BigFraction(250));
    assertThat(value(false, "7e+0", null)).isEqualTo(new BigFraction(7));
  }

  @Test
  void fractionsAreReduced() {
    assertThat(value(true, "2.5", "3")).isEqualTo(new BigFraction(-5, 6));
    assertThat(value(false, "14", "21")).isEqualTo(new BigFraction(2, 3));
  }

  @Test
  void aZeroDenominatorIsReported() {
    assertThat(numbers.value(literal(false, "1", "0.0"))).isEmpty();
    assertThat(codes()).containsExactly(DiagnosticCode.DIVISION_BY_ZERO);
  }

  @Test
  void hugeExponentsAndDigitCountsAreReported() {
    assertThat(numbers.value(literal(false, "1e1001", null))).isEmpty();
    assertThat(numbers.value(literal(false, "1e99999999999999999999", null))).isEmpty();
    assertThat(numbers.value(literal(false, "1".repeat(1001), null))).isEmpty();

    assertThat(codes()).containsOnly(DiagnosticCode.NUMBER_TOO_LARGE).hasSize(3);
  }

  @Test
  void theLargestAllowedNumbersAreAccepted() {
    assertThat(numbers.value(literal(false, "1e1000", null)))
        .contains(new BigFraction(BigInteger.TEN.pow(1000)));
    assertThat(numbers.value(literal(false, "9".repeat(1000), null))).isPresent();
    assertThat(codes()).isEmpty();
  }

  @Test
  void wholeNumbersMayBeWrittenAsDecimalsOrFractions() {
    assertThat(numbers.whole(literal(false, "4", "2"), "a count")).contains(BigInteger.TWO);
    assertThat(numbers.whole(literal(false, "1.0e1", null), "a count")).contains(BigInteger.TEN);
    assertThat(numbers.whole(literal(false, "2.5", null), "a count")).isEmpty();
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d -> assertThat(d.message()).isEqualTo("a count must be a whole number, got 2.5"));
  }

  private BigFraction value(boolean negative, String numerator, String denominator) {
    return numbers.value(literal(negative, numerator, denominator)).orElseThrow();
  }

  private static NumberLiteral literal(boolean negative, String numerator, String denominator) {
    return new NumberLiteral(
        negative, numerator, Optional.ofNullable(denominator), SourceSpan.startOf("m"));
  }

  private List<DiagnosticCode> codes() {
    return diagnostics.sorted().stream().map(Diagnostic::code).toList();
  }
}
