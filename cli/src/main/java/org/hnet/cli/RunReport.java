package org.hnet.cli;

import java.nio.file.Path;
import java.util.List;
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
 * @param trialsPerPattern the runs from each stored pattern ({@code --trials})
 * @param stored the trials from stored patterns
 * @param probes the trials from the probes file, or null without one
 * @param probesFile the probes file, or null
 */
record RunReport(
    NetworkPlan plan,
    HopfieldNetwork network,
    Noise noise,
    int trialsPerPattern,
    TrialLog stored,
    TrialLog probes,
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

  /** The totals of a log, with its trials when every one was kept. */
  RunDocument.TrialSet totals(String source, TrialLog log) {
    List<RunDocument.Trial> details =
        log.complete() ? log.trials().stream().map(this::toDocument).toList() : null;
    return new RunDocument.TrialSet(
        source,
        log.count(),
        log.correct(),
        log.retrieved(),
        log.negations(),
        log.spurious(),
        log.unfinished(),
        log.labelled() ? log.byLabel() : null,
        details);
  }

  /**
   * What a trial's final state is, in words: "pattern 3", "negation of 3", "spurious", or "fixed
   * point" when the network stores no pattern to compare it with.
   */
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
      case SPURIOUS -> patterns().size() == 0 ? "fixed point" : "spurious";
    };
  }

  private RunDocument.NetworkRun toDocument() {
    RunDocument.TrialSet storedSet = totals("stored patterns", stored);
    RunDocument.TrialSet probeSet = probes == null ? null : totals(probesFile.toString(), probes);
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
        reachedKind(trial),
        run.converged() && c.pattern() >= 0 ? patterns().labels().get(c.pattern()) : null,
        trial.correct(),
        trial.start(),
        trial.finalState());
  }

  /** {@code pattern}, {@code negation} or {@code spurious} for a fixed point, else {@code none}. */
  private static String reachedKind(RecallTrial trial) {
    if (!trial.run().converged()) {
      return "none";
    }
    return switch (trial.classification().kind()) {
      case RETRIEVED -> "pattern";
      case NEGATION -> "negation";
      case SPURIOUS -> "spurious";
    };
  }

  private static Double finite(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
