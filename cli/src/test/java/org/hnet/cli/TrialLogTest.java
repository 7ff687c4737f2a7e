package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.hnet.runtime.dynamics.Outcome;
import org.hnet.runtime.dynamics.RunResult;
import org.hnet.runtime.dynamics.Schedule;
import org.hnet.runtime.recall.Classification;
import org.hnet.runtime.recall.RecallTrial;
import org.junit.jupiter.api.Test;

class TrialLogTest {

  @Test
  void aLogCountsEveryTrialButKeepsOnlyTheFirstFew() {
    TrialLog log = TrialLog.keepingFirst(3, false);

    for (int k = 0; k < 1000; k++) {
      log.add(trial("a", k % 4 == 0 ? Outcome.CYCLE : Outcome.FIXED_POINT, k % 2 == 1));
    }

    // k = 0, 4, 8, ... (250 trials) cycle; the odd k (500) are correct retrievals
    assertThat(log.count()).isEqualTo(1000);
    assertThat(log.unfinished()).isEqualTo(250);
    assertThat(log.correct()).isEqualTo(500);
    assertThat(log.retrieved()).isEqualTo(750);
    assertThat(log.trials()).hasSize(3);
    assertThat(log.complete()).isFalse();
    assertThat(log.byLabel()).isEmpty();
  }

  @Test
  void aLabelledLogCountsPerLabelInOrderOfFirstAppearance() {
    TrialLog log = TrialLog.keepingAll(true);

    log.add(trial("7", Outcome.FIXED_POINT, true));
    log.add(trial("1", Outcome.FIXED_POINT, false));
    log.add(trial("7", Outcome.FIXED_POINT, false));

    assertThat(log.byLabel())
        .containsExactly(
            new RunDocument.LabelTotals("7", 2, 1), new RunDocument.LabelTotals("1", 1, 0));
    assertThat(log.complete()).isTrue();
  }

  private static RecallTrial trial(String label, Outcome outcome, boolean correct) {
    RunResult run =
        new RunResult(
            new Schedule.IndexOrder(),
            outcome,
            outcome == Outcome.FIXED_POINT,
            4,
            1,
            2,
            outcome == Outcome.CYCLE ? 2 : 0,
            64,
            0,
            -1,
            OptionalLong.of(0),
            OptionalLong.of(-1),
            new double[0]);
    return new RecallTrial(
        Optional.of(label),
        0,
        0,
        new int[] {1, -1},
        new int[] {1, 1},
        run,
        0,
        1,
        new Classification(Classification.Kind.RETRIEVED, 0, 0, 1),
        correct);
  }
}
