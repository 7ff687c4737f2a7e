package org.hnet.runtime.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.recall.Classification.Kind;
import org.junit.jupiter.api.Test;

class ClassificationTest {

  /** The two orthogonal patterns of the formalization's Hebbian_ps. */
  private static final PatternSet PS =
      new PatternSet(
          Activation.BIPOLAR,
          4,
          List.of(new int[] {1, 1, -1, -1}, new int[] {-1, 1, -1, 1}),
          List.of("p0", "p1"));

  @Test
  void overlapUsesTheBipolarForms() {
    // equal: 1; pattern 0 against (1, -1, 1, -1): 1 - 1 - 1 + 1 = 0
    assertThat(Overlap.of(new int[] {1, 1, -1, -1}, PS.pattern(0), Activation.BIPOLAR))
        .isEqualTo(1);
    assertThat(Overlap.of(new int[] {1, -1, 1, -1}, PS.pattern(0), Activation.BIPOLAR)).isZero();
    // binary (1, 0, 0, 0) is bipolar (1, -1, -1, -1): against pattern 0, 1 - 1 + 1 + 1 = 2, so 2/4
    assertThat(
            Overlap.of(
                new int[] {1, 0, 0, 0}, Activation.BINARY, PS.pattern(0), Activation.BIPOLAR))
        .isEqualTo(0.5);
    assertThat(
            Overlap.agreement(
                new int[] {0, 0, 1, 1}, Activation.BINARY, PS.pattern(0), Activation.BIPOLAR))
        .isEqualTo(-4);
  }

  @Test
  void aStoredPatternIsRetrieved() {
    Classification c = Classification.of(new int[] {-1, 1, -1, 1}, Activation.BIPOLAR, PS);

    assertThat(c).isEqualTo(new Classification(Kind.RETRIEVED, 1, 1, 1.0));
  }

  @Test
  void aComplementIsANegationInEitherCoding() {
    // binary (1, 0, 1, 0) is bipolar (1, -1, 1, -1) = -pattern 1
    Classification c = Classification.of(new int[] {1, 0, 1, 0}, Activation.BINARY, PS);

    assertThat(c).isEqualTo(new Classification(Kind.NEGATION, 1, 1, -1.0));
  }

  @Test
  void anythingElseIsSpuriousWithTheClosestPattern() {
    // A = all on, B = alternating; s = (-1, 1, -1, 1, -1, -1):
    // agreement with A = -1 + 1 - 1 + 1 - 1 - 1 = -2, with B = -1 - 1 - 1 - 1 - 1 + 1 = -4
    PatternSet ab =
        new PatternSet(
            Activation.BIPOLAR,
            6,
            List.of(new int[] {1, 1, 1, 1, 1, 1}, new int[] {1, -1, 1, -1, 1, -1}),
            List.of("A", "B"));

    Classification c = Classification.of(new int[] {-1, 1, -1, 1, -1, -1}, Activation.BIPOLAR, ab);

    assertThat(c.kind()).isEqualTo(Kind.SPURIOUS);
    assertThat(c.pattern()).isEqualTo(-1);
    assertThat(c.closestPattern()).isEqualTo(1);
    assertThat(c.closestOverlap()).isEqualTo(-4.0 / 6);
  }

  @Test
  void withoutPatternsEveryStateIsSpurious() {
    Classification c =
        Classification.of(
            new int[] {1, 1}, Activation.BIPOLAR, PatternSet.empty(Activation.BIPOLAR, 2));

    assertThat(c.kind()).isEqualTo(Kind.SPURIOUS);
    assertThat(c.closestPattern()).isEqualTo(-1);
    assertThat(c.closestOverlap()).isNaN();
  }

  @Test
  void aStateOfAnotherLengthIsRefused() {
    assertThatThrownBy(() -> Classification.of(new int[] {1, 1}, Activation.BIPOLAR, PS))
        .hasMessageContaining("2 values");
  }
}
