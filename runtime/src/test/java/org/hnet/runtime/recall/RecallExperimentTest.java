package org.hnet.runtime.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.LeanVectors;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.dynamics.Relaxation;
import org.hnet.runtime.dynamics.Schedule;
import org.hnet.runtime.recall.Classification.Kind;
import org.junit.jupiter.api.Test;

/**
 * Recall on the formalization's Hebbian_ps network, W = [[0,0,0,-2],[0,0,-2,0],[0,-2,0,0],
 * [-2,0,0,0]]: net(0) = -2 s(3), net(1) = -2 s(2), net(2) = -2 s(1), net(3) = -2 s(0).
 */
class RecallExperimentTest {

  private static final PatternSet PS =
      new PatternSet(
          Activation.BIPOLAR,
          4,
          List.of(new int[] {1, 1, -1, -1}, new int[] {-1, 1, -1, 1}),
          List.of("p0", "p1"));

  private static final Relaxation INDEX_ORDER = Relaxation.of(new Schedule.IndexOrder());

  private static ReferenceNetwork hebbianPs() {
    return ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("Hebbian_ps")));
  }

  private static RecallTrial probe(PatternSet patterns, int[] probe, String label) {
    return RecallExperiment.of(INDEX_ORDER, Noise.none())
        .probe(hebbianPs(), patterns, probe, Optional.ofNullable(label), new SplittableRandom(1));
  }

  @Test
  void aLabelledProbeThatReachesItsPatternIsCorrect() {
    // (-1, 1, -1, -1): update 0 sees net 2 and turns on, giving pattern 0 after 1 update
    RecallTrial trial = probe(PS, new int[] {-1, 1, -1, -1}, "p0");

    assertThat(trial.correct()).isTrue();
    assertThat(trial.target()).isZero();
    assertThat(trial.flipped()).isZero();
    assertThat(trial.run().updates()).isEqualTo(1);
    assertThat(trial.finalState()).containsExactly(1, 1, -1, -1);
    assertThat(trial.classification().kind()).isEqualTo(Kind.RETRIEVED);
    // one neuron of four differs: 1 - 2/4
    assertThat(trial.overlapBefore()).isEqualTo(0.5);
    assertThat(trial.overlapAfter()).isEqualTo(1.0);
  }

  @Test
  void aLabelledProbeThatFallsIntoANegationIsNotCorrect() {
    // (1, 1, 1, -1): update 1 sees net -2 and turns off, giving (1, -1, 1, -1) = -pattern 1
    RecallTrial trial = probe(PS, new int[] {1, 1, 1, -1}, "p0");

    assertThat(trial.correct()).isFalse();
    assertThat(trial.run().updates()).isEqualTo(2);
    assertThat(trial.classification()).isEqualTo(new Classification(Kind.NEGATION, 1, 1, -1.0));
    // with pattern 0: before 1 + 1 - 1 + 1 = 2 of 4; after 1 - 1 - 1 + 1 = 0
    assertThat(trial.overlapBefore()).isEqualTo(0.5);
    assertThat(trial.overlapAfter()).isZero();
  }

  @Test
  void anUnlabelledProbeIsMeasuredAgainstThePatternClosestToItsEnd() {
    // ends in -pattern 1 as above; with pattern 1 the probe agrees in -1 + 1 - 1 - 1 = -2 of 4
    RecallTrial trial = probe(PS, new int[] {1, 1, 1, -1}, null);

    assertThat(trial.label()).isEmpty();
    assertThat(trial.target()).isEqualTo(-1);
    assertThat(trial.correct()).isFalse();
    assertThat(trial.overlapBefore()).isEqualTo(-0.5);
    assertThat(trial.overlapAfter()).isEqualTo(-1.0);
  }

  @Test
  void aProbeIsCorrectForAnyPatternWithItsLabel() {
    // both patterns labelled "x"; (1, 1, -1, 1): update 0 sees net -2 and turns off: pattern 1
    PatternSet twins = new PatternSet(Activation.BIPOLAR, 4, PS.rows(), List.of("x", "x"));

    RecallTrial trial = probe(twins, new int[] {1, 1, -1, 1}, "x");

    assertThat(trial.correct()).isTrue();
    assertThat(trial.target()).isZero();
    assertThat(trial.classification().pattern()).isEqualTo(1);
  }

  @Test
  void storedPatternTrialsCorruptEachPatternInTurn() {
    // patterns given in binary coding are converted to the bipolar network's coding
    RecallExperiment experiment = RecallExperiment.of(INDEX_ORDER, Noise.of(0.25));

    List<RecallTrial> trials =
        experiment.storedPatterns(
            hebbianPs(), PS.in(Activation.BINARY), 3, new SplittableRandom(9));

    assertThat(trials).hasSize(6);
    for (int t = 0; t < trials.size(); t++) {
      RecallTrial trial = trials.get(t);
      int k = t / 3;
      assertThat(trial.target()).isEqualTo(k);
      assertThat(trial.label()).contains("p" + k);
      // round(0.25 * 4) = 1 neuron flipped: overlap 1 - 2/4
      assertThat(trial.flipped()).isEqualTo(1);
      assertThat(trial.overlapBefore()).isEqualTo(0.5);
      assertThat(trial.run().converged()).isTrue();
      assertThat(trial.correct()).isEqualTo(Arrays.equals(trial.finalState(), PS.pattern(k)));
    }
  }

  @Test
  void withoutNoiseEveryStoredPatternIsRecalledAtOnce() {
    List<RecallTrial> trials =
        RecallExperiment.of(INDEX_ORDER, Noise.none())
            .storedPatterns(hebbianPs(), PS, 1, new SplittableRandom(2));

    assertThat(trials).allSatisfy(t -> assertThat(t.correct()).isTrue());
    assertThat(trials).allSatisfy(t -> assertThat(t.run().updates()).isZero());
  }

  @Test
  void patternsOfAnotherLengthAreRefused() {
    RecallExperiment experiment = RecallExperiment.of(INDEX_ORDER, Noise.none());
    PatternSet three = PatternSet.empty(Activation.BIPOLAR, 3);

    assertThatThrownBy(
            () -> experiment.storedPatterns(hebbianPs(), three, 1, new SplittableRandom(1)))
        .hasMessageContaining("3 values");
  }
}
