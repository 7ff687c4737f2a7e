package org.hnet.runtime.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalWeightsTest {

  @Test
  void ofReducesToLowestTerms() {
    BigInteger[] numerators = {big(0), big(6), big(-9), big(0)};

    RationalWeights w = RationalWeights.of(2, big(12), numerators);

    // gcd(12, 6, 9) = 3
    assertThat(w.denominator()).isEqualTo(big(4));
    assertThat(w.numerators()).containsExactly(big(0), big(2), big(-3), big(0));
  }

  @Test
  void weightsRoundToTheNearestDouble() {
    RationalWeights w = new RationalWeights(1, big(3), new BigInteger[] {big(1)});

    assertThat(w.weight(0, 0)).isEqualTo(1.0 / 3.0);
  }

  @Test
  void aNonPositiveDenominatorIsRefused() {
    assertThatThrownBy(() -> new RationalWeights(1, big(0), new BigInteger[] {big(1)}))
        .hasMessage("denominator must be positive, got 0");
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
