package org.hnet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hnet.runtime.recall.Classification;
import org.hnet.runtime.recall.RecallTrial;

/**
 * The totals of a set of trials, counted as the trials run, and the trials themselves: all of them
 * when the JSON document lists them, else only the first few that tables and pictures show, so that
 * memory does not grow with {@code --trials}.
 */
final class TrialLog {
  private final int kept;
  private final boolean labelled;
  private final List<RecallTrial> trials = new ArrayList<>();
  private final Map<String, int[]> byLabel = new LinkedHashMap<>();
  private int count;
  private int correct;
  private int retrieved;
  private int negations;
  private int spurious;
  private int unfinished;

  private TrialLog(int kept, boolean labelled) {
    this.kept = kept;
    this.labelled = labelled;
  }

  /**
   * A log keeping the first {@code kept} trials.
   *
   * @param labelled whether the totals per label mean something (probes with explicit labels)
   */
  static TrialLog keepingFirst(int kept, boolean labelled) {
    return new TrialLog(kept, labelled);
  }

  /** A log keeping every trial. */
  static TrialLog keepingAll(boolean labelled) {
    return new TrialLog(Integer.MAX_VALUE, labelled);
  }

  /** Counts {@code trial}, and keeps it while fewer than the limit are kept. */
  void add(RecallTrial trial) {
    count++;
    correct += trial.correct() ? 1 : 0;
    if (!trial.run().converged()) {
      unfinished++;
    } else if (trial.classification().kind() == Classification.Kind.RETRIEVED) {
      retrieved++;
    } else if (trial.classification().kind() == Classification.Kind.NEGATION) {
      negations++;
    } else {
      spurious++;
    }
    if (labelled && trial.label().isPresent()) {
      int[] counts = byLabel.computeIfAbsent(trial.label().get(), label -> new int[2]);
      counts[0]++;
      counts[1] += trial.correct() ? 1 : 0;
    }
    if (trials.size() < kept) {
      trials.add(trial);
    }
  }

  /** The trials kept, in the order they ran. */
  List<RecallTrial> trials() {
    return List.copyOf(trials);
  }

  /** Whether every trial was kept. */
  boolean complete() {
    return trials.size() == count;
  }

  /** Whether the trials have explicit labels, so that per-label totals mean something. */
  boolean labelled() {
    return labelled;
  }

  /** The totals per label, in order of first appearance; empty for unlabelled trials. */
  List<RunDocument.LabelTotals> byLabel() {
    List<RunDocument.LabelTotals> totals = new ArrayList<>();
    byLabel.forEach((label, c) -> totals.add(new RunDocument.LabelTotals(label, c[0], c[1])));
    return totals;
  }

  int count() {
    return count;
  }

  int correct() {
    return correct;
  }

  int retrieved() {
    return retrieved;
  }

  int negations() {
    return negations;
  }

  int spurious() {
    return spurious;
  }

  int unfinished() {
    return unfinished;
  }
}
