package org.hnet.runtime.recall;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.hnet.runtime.dynamics.RunResult;

/**
 * One recall trial: a start state (a corrupted stored pattern or a given probe), the run from it,
 * and what the final state turned out to be. States are in the network's coding.
 *
 * @param label the label of the corrupted pattern, or the probe's label if it has one
 * @param target the pattern the trial aims at (the corrupted pattern, or the first pattern with the
 *     probe's label); -1 if there is none
 * @param flipped the number of neurons the noise flipped
 * @param start the state the run started from
 * @param finalState the state the run ended in
 * @param run what the run did
 * @param overlapBefore the overlap of the start state with the target, or, without a target, with
 *     the pattern closest to the final state; NaN when there are no patterns
 * @param overlapAfter the overlap of the final state with the same pattern
 * @param classification what the final state is among the stored patterns
 * @param correct whether the run reached a fixed point that equals the target, or for a labelled
 *     probe any stored pattern with the probe's label; false without a target
 */
public record RecallTrial(
    Optional<String> label,
    int target,
    int flipped,
    int[] start,
    int[] finalState,
    RunResult run,
    double overlapBefore,
    double overlapAfter,
    Classification classification,
    boolean correct) {

  /** Copies the states. */
  public RecallTrial {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(classification, "classification");
    start = start.clone();
    finalState = finalState.clone();
  }

  @Override
  public int[] start() {
    return start.clone();
  }

  @Override
  public int[] finalState() {
    return finalState.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecallTrial that
        && label.equals(that.label)
        && target == that.target
        && flipped == that.flipped
        && Arrays.equals(start, that.start)
        && Arrays.equals(finalState, that.finalState)
        && run.equals(that.run)
        && Double.compare(overlapBefore, that.overlapBefore) == 0
        && Double.compare(overlapAfter, that.overlapAfter) == 0
        && classification.equals(that.classification)
        && correct == that.correct;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, target, flipped, run, classification, correct)
        + 31 * Arrays.hashCode(finalState);
  }

  @Override
  public String toString() {
    return "RecallTrial["
        + label.orElse("unlabelled")
        + ", target="
        + target
        + ", flipped="
        + flipped
        + ", "
        + run.outcome()
        + ", overlap "
        + overlapBefore
        + " -> "
        + overlapAfter
        + ", "
        + classification.kind()
        + (correct ? ", correct" : ", not correct")
        + "]";
  }
}
