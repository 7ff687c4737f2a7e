package org.hnet.runtime.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PseudoinverseRuleTest {

  @Test
  void onePatternGivesItsOuterProductOverN() {
    PseudoinverseRule rule = PseudoinverseRule.of(3);

    // X = p, X^T X = 3, so W = p p^T / 3 with the diagonal cleared
    rule.train(new int[] {1, 1, -1});

    assertThat(rule.exactWeights())
        .isEqualTo(
            new RationalWeights(3, BigInteger.valueOf(3), ints(0, 1, -1, 1, 0, -1, -1, -1, 0)));
  }

  @Test
  void orthogonalPatternsGiveTheHebbianWeightsOverN() {
    PseudoinverseRule rule = PseudoinverseRule.of(4);

    // X^T X = 4 I, so W = (p p^T + q q^T) / 4; off the diagonal that is Hebbian_ps / 4
    rule.train(new int[] {1, 1, -1, -1});
    rule.train(new int[] {-1, 1, -1, 1});

    assertThat(rule.exactWeights())
        .isEqualTo(
            new RationalWeights(
                4, BigInteger.TWO, ints(0, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, 0)));
  }

  @Test
  void digitPrototypesHaveTheIndependentlyComputedDenominator() {
    PseudoinverseRule rule = PseudoinverseRule.of(64);

    LearningFixtures.digitPrototypes().forEach(rule::train);

    // computed independently with Python's fractions module
    assertThat(rule.exactWeights().denominator()).isEqualTo(BigInteger.valueOf(2_960_947_479L));
  }

  @Test
  void everyDigitPrototypeIsAFixedPoint() {
    PseudoinverseRule rule = PseudoinverseRule.of(64);
    List<int[]> digits = LearningFixtures.digitPrototypes();
    digits.forEach(rule::train);

    RationalWeights w = rule.exactWeights();

    assertThat(digits).allSatisfy(p -> assertThat(LearningFixtures.isStableExact(w, p)).isTrue());
  }

  @Test
  void floatingModeAgreesWithExactMode() {
    PseudoinverseRule rule = PseudoinverseRule.of(64);
    LearningFixtures.digitPrototypes().forEach(rule::train);

    double[] expected = rule.exactWeights().toDoubles();
    double[] actual = rule.floatingWeights();

    for (int k = 0; k < expected.length; k++) {
      assertThat(actual[k]).isCloseTo(expected[k], within(1e-12));
    }
  }

  @Test
  void aRepeatedPatternIsSingularInExactMode() {
    PseudoinverseRule rule = PseudoinverseRule.of(4);
    rule.train(new int[] {1, 1, -1, -1});
    rule.train(new int[] {-1, 1, -1, 1});
    rule.train(new int[] {1, 1, -1, -1});

    assertThatThrownBy(rule::exactWeights)
        .isInstanceOf(SingularPatternsException.class)
        .hasMessageContaining("pattern 2 is a linear combination")
        .satisfies(
            e -> assertThat(((SingularPatternsException) e).dependentPattern()).isEqualTo(2));
  }

  @Test
  void aDependentPatternIsSingularInFloatingMode() {
    PseudoinverseRule rule = PseudoinverseRule.of(4);
    rule.train(new int[] {1, 1, -1, -1});
    rule.train(new int[] {-1, 1, -1, 1});

    // the negation of the first pattern lies in the span of the first
    rule.train(new int[] {-1, -1, 1, 1});

    assertThatThrownBy(rule::floatingWeights)
        .isInstanceOfSatisfying(
            SingularPatternsException.class, e -> assertThat(e.dependentPattern()).isEqualTo(2));
  }

  @Test
  void moreIndependentPatternsThanThreeDimensionsCannotExist() {
    PseudoinverseRule rule = PseudoinverseRule.of(2);
    rule.train(new int[] {1, 1});
    rule.train(new int[] {1, -1});
    rule.train(new int[] {-1, 1});

    assertThatThrownBy(rule::exactWeights).isInstanceOf(SingularPatternsException.class);
  }

  @Test
  void longWeightsAreTheExactWeightsForTheDigitsAndForOrthogonalPatterns() {
    PseudoinverseRule digits = PseudoinverseRule.of(64);
    LearningFixtures.digitPrototypes().forEach(digits::train);
    PseudoinverseRule orthogonal = PseudoinverseRule.of(4);
    orthogonal.train(new int[] {1, 1, -1, -1});
    orthogonal.train(new int[] {-1, 1, -1, 1});

    // 2960947479 as computed with Python's fractions module; 2 as in the test above
    assertSameWeights(digits.exactLongWeights().orElseThrow(), digits.exactWeights());
    assertThat(digits.exactLongWeights().orElseThrow().denominator()).isEqualTo(2_960_947_479L);
    assertThat(orthogonal.exactLongWeights().orElseThrow().denominator()).isEqualTo(2);
  }

  @Test
  void longWeightsAgreeWithBigIntegerWeightsOnRandomIndependentPatterns() {
    for (int c = 0; c < 40; c++) {
      long seed = 9_100 + c;
      SplittableRandom random = new SplittableRandom(seed);
      int n = random.nextInt(2, 12);
      PseudoinverseRule rule = PseudoinverseRule.of(n);
      for (int k = random.nextInt(1, n); k > 0; k--) {
        rule.train(randomPattern(random, n));
      }
      try {
        RationalWeights exact = rule.exactWeights();
        assertSameWeights(rule.exactLongWeights().orElseThrow(), exact);
        assertThat(rule.denominatorBound().mod(exact.denominator()))
            .as("seed " + seed + ": the bound is a multiple of the denominator")
            .isEqualTo(BigInteger.ZERO);
      } catch (SingularPatternsException dependent) {
        assertThatThrownBy(rule::exactLongWeights).isInstanceOf(SingularPatternsException.class);
      }
    }
  }

  @Test
  void theDenominatorBoundOfOrthogonalPatternsIsSmallThoughTheirGramDeterminantIsNot() {
    // 16 rows of the 64 x 64 Sylvester-Hadamard matrix: G = 64 I, det G = 64^16 = 2^96, but
    // W = X X^T / 64, so the bound divides 64
    PseudoinverseRule rule = PseudoinverseRule.of(64);
    for (int a = 0; a < 16; a++) {
      int[] row = new int[64];
      for (int j = 0; j < 64; j++) {
        row[j] = Integer.bitCount(a & j) % 2 == 0 ? 1 : -1;
      }
      rule.train(row);
    }

    assertThat(BigInteger.valueOf(64).mod(rule.denominatorBound())).isEqualTo(BigInteger.ZERO);
  }

  private static int[] randomPattern(SplittableRandom random, int n) {
    int[] p = new int[n];
    for (int k = 0; k < n; k++) {
      p[k] = random.nextBoolean() ? 1 : -1;
    }
    return p;
  }

  static void assertSameWeights(LongRationalWeights actual, RationalWeights expected) {
    assertThat(BigInteger.valueOf(actual.denominator())).isEqualTo(expected.denominator());
    for (int k = 0; k < actual.numerators().length; k++) {
      assertThat(BigInteger.valueOf(actual.numerators()[k]))
          .isEqualTo(expected.numerator(k / actual.size(), k % actual.size()));
    }
  }

  @Test
  void noPatternsGiveZeroWeights() {
    PseudoinverseRule rule = PseudoinverseRule.of(2);

    assertThat(rule.exactWeights().numerators()).containsOnly(BigInteger.ZERO);
    assertThat(rule.floatingWeights()).containsOnly(0.0);
  }

  private static BigInteger[] ints(long... values) {
    BigInteger[] out = new BigInteger[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = BigInteger.valueOf(values[k]);
    }
    return out;
  }
}
