package org.hnet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Outcome;
import org.hnet.runtime.dynamics.RunResult;
import org.hnet.runtime.recall.Classification;
import org.hnet.runtime.recall.Noise;
import org.hnet.runtime.recall.RecallTrial;

/**
 * The runs of one network, with the totals both the tables and the JSON document show.
 *
 * @param plan the network and its generated class
 * @param network the instance that ran
 * @param noise the noise applied to stored patterns
 * @param stored the trials from stored patterns
 * @param probes the trials from the probes file, empty without one
 * @param probesFile the probes file, or null
 */
record RunReport(
    NetworkPlan plan,
    HopfieldNetwork network,
    Noise noise,
    List<RecallTrial> stored,
    List<RecallTrial> probes,
    Path probesFile) {

  /** The JSON document of several reports. */
  static RunDocument document(
      List<RunReport> reports, String model, String implementation, long seed, double noise) {
    List<RunDocument.NetworkRun> runs = reports.stream().map(RunReport::toDocument).toList();
    return new RunDocument(
        "hnet-run", 1, HnetCommand.Version.version(), model, implementation, seed, noise, runs);
  }

  /** The stored patterns, in the network's coding. */
  PatternSet patterns() {
    return plan.network().patterns();
  }

  /** The totals of a list of trials. */
  RunDocument.TrialSet totals(String source, List<RecallTrial> trials, boolean withTrials) {
    int correct = 0;
    int retrieved = 0;
    int negations = 0;
    int spurious = 0;
    int unfinished = 0;
    for (RecallTrial trial : trials) {
      correct += trial.correct() ? 1 : 0;
      if (trial.run().outcome() != Outcome.FIXED_POINT) {
        unfinished++;
      } else if (trial.classification().kind() == Classification.Kind.RETRIEVED) {
        retrieved++;
      } else if (trial.classification().kind() == Classification.Kind.NEGATION) {
        negations++;
      } else {
        spurious++;
      }
    }
    List<RunDocument.Trial> details =
        withTrials ? trials.stream().map(this::toDocument).toList() : null;
    List<RunDocument.LabelTotals> labels =
        source.equals("stored patterns") ? null : byLabel(trials);
    return new RunDocument.TrialSet(
        source,
        trials.size(),
        correct,
        retrieved,
        negations,
        spurious,
        unfinished,
        labels,
        details);
  }

  /** Totals per label, in order of first appearance; empty when no trial has a label. */
  static List<RunDocument.LabelTotals> byLabel(List<RecallTrial> trials) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (RecallTrial trial : trials) {
      trial
          .label()
          .ifPresent(
              label -> {
                int[] count = counts.computeIfAbsent(label, l -> new int[2]);
                count[0]++;
                count[1] += trial.correct() ? 1 : 0;
              });
    }
    List<RunDocument.LabelTotals> totals = new ArrayList<>();
    counts.forEach((label, c) -> totals.add(new RunDocument.LabelTotals(label, c[0], c[1])));
    return totals;
  }

  /** What a trial's final state is, in words: "pattern 3", "negation of 3", "spurious". */
  String reached(RecallTrial trial) {
    RunResult run = trial.run();
    if (run.outcome() == Outcome.CYCLE) {
      return "cycle of period " + run.period();
    }
    if (run.outcome() == Outcome.LIMIT) {
      return "limit (not stable)";
    }
    Classification c = trial.classification();
    return switch (c.kind()) {
      case RETRIEVED -> "pattern " + patterns().labels().get(c.pattern());
      case NEGATION -> "negation of " + patterns().labels().get(c.pattern());
      case SPURIOUS -> "spurious";
    };
  }

  private RunDocument.NetworkRun toDocument() {
    RunDocument.TrialSet storedSet = totals("stored patterns", stored, true);
    RunDocument.TrialSet probeSet =
        probesFile == null ? null : totals(probesFile.toString(), probes, true);
    return new RunDocument.NetworkRun(
        plan.network().name(),
        plan.network().size(),
        plan.network().activation().describe(),
        plan.network().schedule().describe(),
        network.info().representation(),
        plan.network().rows(),
        plan.network().columns(),
        storedSet,
        probeSet);
  }

  private RunDocument.Trial toDocument(RecallTrial trial) {
    RunResult run = trial.run();
    Classification c = trial.classification();
    long scale = network.scale();
    return new RunDocument.Trial(
        trial.label().orElse(null),
        trial.flipped(),
        run.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        run.updates(),
        run.flips(),
        run.sweeps(),
        run.period(),
        run.withinConvergenceBound(),
        run.energyBefore(),
        run.energyAfter(),
        Exact.ratio(run.scaledEnergyBefore(), scale),
        Exact.ratio(run.scaledEnergyAfter(), scale),
        finite(trial.overlapBefore()),
        finite(trial.overlapAfter()),
        c.kind() == Classification.Kind.SPURIOUS
            ? "spurious"
            : c.kind() == Classification.Kind.RETRIEVED ? "pattern" : "negation",
        c.pattern() < 0 ? null : patterns().labels().get(c.pattern()),
        trial.correct(),
        trial.start(),
        trial.finalState());
  }

  private static Double finite(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
