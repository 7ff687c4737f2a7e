package org.hnet.runtime.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StorkeyRuleTest {

  @Test
  void firstPatternGivesTheOuterProductOverN() {
    StorkeyRule rule = StorkeyRule.exact(3);

    // all fields h are 0 before the first pattern, so w(i, j) = p_i p_j / 3
    rule.train(new int[] {1, 1, -1});

    assertThat(rule.exactWeights())
        .isEqualTo(
            new RationalWeights(3, BigInteger.valueOf(3), ints(0, 1, -1, 1, 0, -1, -1, -1, 0)));
  }

  @Test
  void secondPatternMatchesAHandComputation() {
    StorkeyRule rule = StorkeyRule.exact(3);

    // after p = [1, 1, -1]: w01 = 1/3, w02 = -1/3, w12 = -1/3. For q = [1, -1, 1], n = 3, each
    // h(i, j) has the single term k = the third index:
    //   h01 = w02 q2 = -1/3   h10 = w12 q2 = -1/3   h02 = w01 q1 = -1/3
    //   h20 = w21 q1 = 1/3    h12 = w10 q0 = 1/3    h21 = w20 q0 = -1/3
    // dw01 = (q0 q1 - q0 h10 - h01 q1) / 3 = (-1 + 1/3 - 1/3) / 3 = -1/3  -> w01 = 0
    // dw02 = (q0 q2 - q0 h20 - h02 q2) / 3 = (1 - 1/3 + 1/3) / 3 = 1/3    -> w02 = 0
    // dw12 = (q1 q2 - q1 h21 - h12 q2) / 3 = (-1 - 1/3 - 1/3) / 3 = -5/9 -> w12 = -8/9
    // and the same for the transposed entries, so the denominator reduces to 9.
    rule.train(new int[] {1, 1, -1});
    rule.train(new int[] {1, -1, 1});

    assertThat(rule.exactWeights())
        .isEqualTo(
            new RationalWeights(3, BigInteger.valueOf(9), ints(0, 0, 0, 0, 0, -8, 0, -8, 0)));
    assertThat(rule.patternCount()).isEqualTo(2);
  }

  @Test
  void digitsHaveAnExactDenominatorOfAtMostFiftyBits() {
    StorkeyRule rule = StorkeyRule.exact(64);

    LearningFixtures.digitPrototypes().forEach(rule::train);

    // ten patterns multiply the denominator by at most 64 each; reduction leaves 2^49
    RationalWeights w = rule.exactWeights();
    assertThat(w.denominator().bitLength()).isLessThanOrEqualTo(50);
    assertSymmetricWithZeroDiagonal(w);
  }

  @Test
  void longWeightsAreTheExactWeightsOfTheDigits() {
    StorkeyRule rule = StorkeyRule.exact(64);
    LearningFixtures.digitPrototypes().forEach(rule::train);

    LongRationalWeights fast =
        StorkeyRule.exactLongWeights(64, LearningFixtures.digitPrototypes()).orElseThrow();

    PseudoinverseRuleTest.assertSameWeights(fast, rule.exactWeights());
  }

  @Test
  void longWeightsAgreeWithBigIntegerWeightsOnRandomPatterns() {
    for (int c = 0; c < 60; c++) {
      long seed = 9_300 + c;
      SplittableRandom random = new SplittableRandom(seed);
      int n = random.nextInt(1, 10);
      List<int[]> patterns = new ArrayList<>();
      for (int k = random.nextInt(1, 6); k > 0; k--) {
        int[] p = new int[n];
        for (int u = 0; u < n; u++) {
          p[u] = random.nextBoolean() ? 1 : -1;
        }
        patterns.add(p);
      }
      StorkeyRule exact = StorkeyRule.exact(n);
      patterns.forEach(exact::train);

      PseudoinverseRuleTest.assertSameWeights(
          StorkeyRule.exactLongWeights(n, patterns).orElseThrow(), exact.exactWeights());
    }
  }

  @Test
  void longWeightsGiveUpWhenTheDenominatorOutgrowsSixtyFourBits() {
    // 65 is odd, so each pattern multiplies the denominator by 65 and no factor cancels: 11
    // patterns need 65^11 > 2^66
    SplittableRandom random = new SplittableRandom(9_500);
    List<int[]> patterns = new ArrayList<>();
    for (int k = 0; k < 11; k++) {
      int[] p = new int[65];
      for (int u = 0; u < 65; u++) {
        p[u] = random.nextBoolean() ? 1 : -1;
      }
      patterns.add(p);
    }

    assertThat(StorkeyRule.exactLongWeights(65, patterns)).isEmpty();
  }

  @Test
  void floatingModeAgreesWithExactMode() {
    List<int[]> digits = LearningFixtures.digitPrototypes();
    StorkeyRule exact = StorkeyRule.exact(64);
    StorkeyRule floating = StorkeyRule.floating(64);

    digits.forEach(exact::train);
    digits.forEach(floating::train);

    double[] expected = exact.weights();
    double[] actual = floating.weights();
    for (int k = 0; k < expected.length; k++) {
      assertThat(actual[k]).isCloseTo(expected[k], within(1e-12));
    }
    assertThat(floating.isExact()).isFalse();
  }

  @Test
  void floatingWeightsOfIsTheFloatingRulesWeights() {
    // the first pattern gives p p^T / 3 off the diagonal, as in the exact test above
    double[] weights = StorkeyRule.floatingWeightsOf(3, List.of(new int[] {1, 1, -1}));

    double third = 1.0 / 3;
    assertThat(weights)
        .containsExactly(
            new double[] {0, third, -third, third, 0, -third, -third, -third, 0}, within(1e-15));
  }

  @Test
  void aFloatingRuleHasNoExactWeights() {
    StorkeyRule rule = StorkeyRule.floating(2);

    assertThatThrownBy(rule::exactWeights).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPatternValueOutsideMinusOneAndOneIsRefused() {
    StorkeyRule rule = StorkeyRule.exact(2);

    assertThatThrownBy(() -> rule.train(new int[] {2, 1}))
        .hasMessage("pattern value at index 0 is 2, expected -1 or +1");
  }

  private static void assertSymmetricWithZeroDiagonal(RationalWeights w) {
    for (int i = 0; i < w.size(); i++) {
      assertThat(w.numerator(i, i)).isZero();
      for (int j = 0; j < i; j++) {
        assertThat(w.numerator(i, j)).isEqualTo(w.numerator(j, i));
      }
    }
  }

  private static BigInteger[] ints(long... values) {
    BigInteger[] out = new BigInteger[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = BigInteger.valueOf(values[k]);
    }
    return out;
  }
}
