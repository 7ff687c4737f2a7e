package org.hnet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hnet.lang.model.Network;
import org.hnet.runtime.dynamics.RunResult;
import org.hnet.runtime.recall.RecallTrial;

/** Prints runs as tables and, for grid networks, pictures. */
final class RunText {
  private static final String TRIAL_HEADER =
      String.format(
          Locale.ROOT,
          "  %-8s %7s %8s %6s %6s %14s %14s %8s  %s",
          "start",
          "flipped",
          "updates",
          "flips",
          "sweeps",
          "energy before",
          "energy after",
          "overlap",
          "reached");
  private static final int PICTURES_PER_ROW = 3;

  private final PrintWriter out;
  private final int probePictures;

  RunText(PrintWriter out, int probePictures) {
    this.out = out;
    this.probePictures = probePictures;
  }

  void heading(String model, boolean interpreted, long seed) {
    out.println(
        "hnet run "
            + model
            + " ("
            + (interpreted ? "reference implementation" : "generated code, compiled in memory")
            + ", seed "
            + seed
            + ")");
  }

  void network(RunReport report) {
    Network network = report.plan().network();
    out.println();
    out.println("network " + network.name());
    Descriptions.describe(report.plan()).forEach(line -> out.println("  " + line));
    storedPatterns(report);
    if (report.probesFile() != null) {
      probes(report);
    }
  }

  private void storedPatterns(RunReport report) {
    Network network = report.plan().network();
    out.println();
    if (report.stored().isEmpty()) {
      out.println("  No stored patterns to recall.");
      return;
    }
    int flipped = report.noise().flipCount(network.size());
    out.printf(
        Locale.ROOT,
        "  Recall of the %s, each with %s of %d neurons flipped:%n",
        Descriptions.plural(network.patterns().size(), "stored pattern"),
        flipped,
        network.size());
    out.println(TRIAL_HEADER);
    report.stored().forEach(trial -> out.println(row(report, trial)));
    var totals = report.totals("stored patterns", report.stored(), false);
    out.printf(
        Locale.ROOT,
        "  %d of %d runs ended in the pattern they started from.%n",
        totals.correct(),
        totals.count());
    if (network.isGrid()) {
      pictures(report, report.stored(), report.stored().size());
    }
  }

  private void probes(RunReport report) {
    var totals = report.totals(report.probesFile().toString(), report.probes(), false);
    out.println();
    out.printf(
        Locale.ROOT,
        "  Runs from the %d probes of %s (no noise added):%n",
        totals.count(),
        report.probesFile());
    if (!totals.byLabel().isEmpty()) {
      out.printf(Locale.ROOT, "  %-8s %7s %8s%n", "label", "probes", "correct");
      for (var label : totals.byLabel()) {
        out.printf(Locale.ROOT, "  %-8s %7d %8d%n", label.label(), label.count(), label.correct());
      }
      out.printf(
          Locale.ROOT,
          "  %d of %d probes (%.1f%%) ended in the stored pattern of their label.%n",
          totals.correct(),
          totals.count(),
          100.0 * totals.correct() / Math.max(1, totals.count()));
    }
    out.printf(
        Locale.ROOT,
        "  Final states: %d stored patterns, %d negations, %d spurious fixed points, %d without"
            + " a fixed point.%n",
        totals.retrieved(),
        totals.negations(),
        totals.spurious(),
        totals.unfinished());
    if (report.plan().network().isGrid() && probePictures > 0) {
      pictures(report, report.probes(), probePictures);
    }
  }

  private String row(RunReport report, RecallTrial trial) {
    RunResult run = trial.run();
    return String.format(
        Locale.ROOT,
        "  %-8s %7d %8d %6d %6d %14s %14s %8s  %s",
        trial.label().orElse("-"),
        trial.flipped(),
        run.updates(),
        run.flips(),
        run.sweeps(),
        number(run.energyBefore()),
        number(run.energyAfter()),
        Double.isNaN(trial.overlapAfter())
            ? "-"
            : String.format(Locale.ROOT, "%.3f", trial.overlapAfter()),
        report.reached(trial));
  }

  private void pictures(RunReport report, List<RecallTrial> trials, int limit) {
    Network network = report.plan().network();
    out.println();
    out.println("  start -> end (# on, . off); target beside it when there is one:");
    int shown = Math.min(limit, trials.size());
    for (int first = 0; first < shown; first += PICTURES_PER_ROW) {
      List<String> titles = new ArrayList<>();
      List<int[]> states = new ArrayList<>();
      for (int k = first; k < Math.min(shown, first + PICTURES_PER_ROW); k++) {
        addTrial(report, trials.get(k), titles, states);
      }
      out.println();
      Pictures.sideBySide(network.rows(), network.columns(), network.activation(), titles, states)
          .forEach(line -> out.println("  " + line));
    }
  }

  private static void addTrial(
      RunReport report, RecallTrial trial, List<String> titles, List<int[]> states) {
    String label = trial.label().orElse("?");
    titles.add(label + " start");
    states.add(trial.start());
    titles.add(trial.correct() ? "end ok" : "end");
    states.add(trial.finalState());
    if (trial.target() >= 0) {
      titles.add("target");
      states.add(report.patterns().pattern(trial.target()));
    }
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
