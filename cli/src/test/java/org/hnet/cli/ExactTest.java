package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactTest {

  @Test
  void integersPrintAsIntegers() {
    assertThat(Exact.readable(OptionalLong.of(-54), 2, -27.0)).isEqualTo("-27");
    assertThat(Exact.readable(OptionalLong.empty(), 1, -4495540.0)).isEqualTo("-4495540");
    assertThat(Exact.readable(OptionalLong.empty(), 1, 1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void shortFractionsPrintAsFractions() {
    assertThat(Exact.readable(OptionalLong.of(-1363), 4, -340.75)).isEqualTo("-1363/4");
    assertThat(Exact.readable(new BigFraction(-2, 6))).isEqualTo("-1/3");
    assertThat(Exact.readable(new BigFraction(7, 1000))).isEqualTo("7/1000");
  }

  @Test
  void otherValuesPrintAsDecimalsWithEnoughDigits() {
    // -51237/2960 = -17.30979...: six significant digits, at least four places
    assertThat(Exact.readable(new BigFraction(-51237, 2960))).isEqualTo("-17.3098");
    // 1/3001 = 0.000333222...: six significant digits after the zeros
    assertThat(Exact.readable(new BigFraction(1, 3001))).isEqualTo("0.000333222");
    // large values keep four places and never switch to an exponent
    assertThat(Exact.readable(OptionalLong.empty(), 1, -4495540.25)).isEqualTo("-4495540.2500");
    assertThat(Exact.readable(new BigFraction(-44955401, 1001))).isEqualTo("-44910.4905");
  }
}
