package org.hnet.runtime.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HebbianRuleTest {

  /** Random cases of the outer-product property; case {@code c} uses seed {@code SEED + c}. */
  private static final int CASES = 200;

  private static final long SEED = 5_381;

  @Test
  void singlePatternGivesTheFormalizationsW1() {
    HebbianRule rule = HebbianRule.of(4);

    rule.train(new int[] {1, 1, -1, -1});

    assertThat(rule.weights()).containsExactly(LearningFixtures.leanHebbianWeights("W1"));
    assertThat(rule.patternCount()).isEqualTo(1);
  }

  @Test
  void twoPatternsGiveTheFormalizationsHebbianPs() {
    HebbianRule rule = HebbianRule.of(4);

    rule.train(new int[] {1, 1, -1, -1});
    rule.train(new int[] {-1, 1, -1, 1});

    assertThat(rule.weights()).containsExactly(LearningFixtures.leanHebbianWeights("Hebbian_ps"));
  }

  @Test
  void weightsOfGivesTheFormalizationsHebbianPsWithoutARule() {
    long[] weights =
        HebbianRule.weightsOf(4, List.of(new int[] {1, 1, -1, -1}, new int[] {-1, 1, -1, 1}));

    assertThat(weights).containsExactly(LearningFixtures.leanHebbianWeights("Hebbian_ps"));
  }

  @Test
  void patternsTrainedInSeparateCallsAreBothRemembered() {
    int[] first = {1, 1, -1, -1};
    int[] second = {-1, 1, -1, 1};
    HebbianRule rule = HebbianRule.of(4);

    rule.train(first);
    rule.train(second);

    // orthogonal patterns with m = 2 < n = 4: W p = (n - m) p = 2 p, so both are fixed points
    assertThat(LearningFixtures.isStable(rule.weights(), first)).isTrue();
    assertThat(LearningFixtures.isStable(rule.weights(), second)).isTrue();
  }

  @Test
  void weightsAreTheSumOfOuterProductsMinusMTimesTheIdentity() {
    for (int c = 0; c < CASES; c++) {
      long seed = SEED + c;
      List<int[]> patterns = randomPatterns(new SplittableRandom(seed));
      HebbianRule rule = HebbianRule.of(5);
      long[] expected = new long[25];

      // W = sum over patterns of p p^T - m I: every product off the diagonal, zero on it
      for (int[] p : patterns) {
        rule.train(p);
        for (int i = 0; i < 5; i++) {
          for (int j = 0; j < 5; j++) {
            expected[i * 5 + j] += i == j ? 0 : p[i] * p[j];
          }
        }
      }

      assertThat(rule.weights())
          .as("case %d (seed %d), patterns %s", c, seed, describe(patterns))
          .containsExactly(expected);
    }
  }

  /** One to six bipolar patterns of five values, repeats allowed (32 patterns exist). */
  private static List<int[]> randomPatterns(SplittableRandom random) {
    List<int[]> patterns = new ArrayList<>();
    int count = random.nextInt(1, 7);
    for (int k = 0; k < count; k++) {
      int[] p = new int[5];
      for (int i = 0; i < 5; i++) {
        p[i] = random.nextBoolean() ? 1 : -1;
      }
      patterns.add(p);
    }
    return patterns;
  }

  private static String describe(List<int[]> patterns) {
    return patterns.stream().map(Arrays::toString).toList().toString();
  }

  @Test
  void aPatternOfTheWrongLengthIsRefused() {
    HebbianRule rule = HebbianRule.of(4);

    assertThatThrownBy(() -> rule.train(new int[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pattern has 2 values, expected 4");
  }

  @Test
  void aBinaryValueIsRefusedAndQuoted() {
    HebbianRule rule = HebbianRule.of(3);

    assertThatThrownBy(() -> rule.train(new int[] {1, 0, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pattern value at index 1 is 0, expected -1 or +1");
  }

  @Test
  void aSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> HebbianRule.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }

  @Test
  void theWeightsAreACopy() {
    HebbianRule rule = HebbianRule.of(2);
    rule.train(new int[] {1, 1});

    rule.weights()[1] = 99;

    assertThat(rule.weights()).containsExactly(0, 1, 1, 0);
  }
}
