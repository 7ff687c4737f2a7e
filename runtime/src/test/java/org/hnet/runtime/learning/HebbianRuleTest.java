package org.hnet.runtime.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HebbianRuleTest {

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

  @Property(tries = 50)
  void weightsAreTheSumOfOuterProductsMinusMTimesTheIdentity(
      @ForAll @Size(min = 1, max = 6)
          List<@Size(5) List<@IntRange(min = 0, max = 1) Integer>> bits) {
    HebbianRule rule = HebbianRule.of(5);
    long[] expected = new long[25];
    for (var row : bits) {
      int[] p = row.stream().mapToInt(b -> 2 * b - 1).toArray();
      rule.train(p);
      for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) {
          expected[i * 5 + j] += i == j ? 0 : p[i] * p[j];
        }
      }
    }

    assertThat(rule.weights()).containsExactly(expected);
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
