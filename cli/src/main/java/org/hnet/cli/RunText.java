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
  private static final String TRIAL_FORMAT = "  %-8s %7s %8s %6s %6s %16s %16s %8s  %s";
  private static final String TRIAL_HEADER =
      String.format(
          Locale.ROOT,
          TRIAL_FORMAT,
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
  private final int shown;
  private final int pictures;

  /**
   * Prints to {@code out}.
   *
   * @param shown the runs listed in the table of each set of runs
   * @param pictures the runs drawn as pictures in each set, for grid networks
   */
  RunText(PrintWriter out, int shown, int pictures) {
    this.out = out;
    this.shown = shown;
    this.pictures = pictures;
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

  void network(RunReport report, boolean interpreted) {
    Network network = report.plan().network();
    out.println();
    out.println("network " + network.name());
    Descriptions.describe(report.plan(), interpreted).forEach(line -> out.println("  " + line));
    storedPatterns(report);
    if (report.probes() != null) {
      probes(report);
    }
  }

  private void storedPatterns(RunReport report) {
    Network network = report.plan().network();
    out.println();
    if (network.patterns().size() == 0) {
      out.println("  No stored patterns to recall: network " + network.name() + " stores none.");
      return;
    }
    if (report.trialsPerPattern() == 0) {
      out.println("  No runs from the stored patterns: --trials 0 asks for none.");
      return;
    }
    storedHeading(report);
    TrialLog log = report.stored();
    table(report, log, false);
    out.printf(
        Locale.ROOT,
        "  %d of %s ended in the pattern %s started from.%n",
        log.correct(),
        Descriptions.plural(log.count(), "run"),
        log.count() == 1 ? "it" : "they");
    finalStates(report, log);
    drawPictures(report, log, false);
  }

  private void storedHeading(RunReport report) {
    Network network = report.plan().network();
    int flipped = report.noise().flipCount(network.size());
    out.printf(
        Locale.ROOT,
        "  Recall of the %s, %s each, from a copy with %d of %d neurons flipped (--noise %s):%n",
        Descriptions.plural(network.patterns().size(), "stored pattern"),
        Descriptions.plural(report.trialsPerPattern(), "run"),
        flipped,
        network.size(),
        report.noise().fraction());
    if (flipped == 0 && report.noise().fraction() > 0) {
      out.printf(
          Locale.ROOT,
          "  (%s x %d neurons rounds to 0, so each run starts from the pattern itself.)%n",
          report.noise().fraction(),
          network.size());
    }
  }

  private void probes(RunReport report) {
    TrialLog log = report.probes();
    out.println();
    out.printf(
        Locale.ROOT,
        "  Runs from the %s of %s (no noise added):%n",
        Descriptions.plural(log.count(), "probe"),
        report.probesFile());
    boolean scored = log.labelled() && report.patterns().size() > 0;
    if (scored) {
      labelTotals(log);
    } else if (log.labelled()) {
      out.println(
          "  The network stores no patterns, so no probe can reach the pattern of its label;"
              + " only final states are counted.");
    } else {
      out.println(
          "  The probes have no labels (only a CSV file with a 'label' column labels its rows),"
              + " so only their final states are counted.");
    }
    table(report, log, !log.labelled());
    finalStates(report, log);
    drawPictures(report, log, !log.labelled());
  }

  private void labelTotals(TrialLog log) {
    out.printf(Locale.ROOT, "  %-8s %7s %8s%n", "label", "probes", "correct");
    for (var label : log.byLabel()) {
      out.printf(Locale.ROOT, "  %-8s %7d %8d%n", label.label(), label.count(), label.correct());
    }
    out.printf(
        Locale.ROOT,
        "  %d of %s (%.1f%%) ended in the stored pattern of %s label.%n",
        log.correct(),
        Descriptions.plural(log.count(), "probe"),
        100.0 * log.correct() / Math.max(1, log.count()),
        log.count() == 1 ? "its" : "their");
  }

  private void finalStates(RunReport report, TrialLog log) {
    int fixedPoints = log.retrieved() + log.negations() + log.spurious();
    if (report.patterns().size() == 0) {
      out.printf(
          Locale.ROOT,
          "  Final states: %s, %d without a fixed point.%n",
          Descriptions.plural(fixedPoints, "fixed point"),
          log.unfinished());
      return;
    }
    out.printf(
        Locale.ROOT,
        "  Final states: %s, %s, %s, %d without a fixed point.%n",
        Descriptions.plural(log.retrieved(), "stored pattern"),
        Descriptions.plural(log.negations(), "negation"),
        Descriptions.plural(log.spurious(), "spurious fixed point"),
        log.unfinished());
  }

  /** The first runs of a set, one row each; unlabelled probes are named #1, #2, ... */
  private void table(RunReport report, TrialLog log, boolean numbered) {
    List<RecallTrial> trials = log.trials();
    int rows = Math.min(shown, trials.size());
    if (rows == 0) {
      return;
    }
    if (rows < log.count()) {
      out.printf(Locale.ROOT, "  The first %d of %d runs (--show):%n", rows, log.count());
    }
    out.println(TRIAL_HEADER);
    for (int k = 0; k < rows; k++) {
      out.println(row(report, trials.get(k), name(trials.get(k), k, numbered)));
    }
  }

  private static String name(RecallTrial trial, int index, boolean numbered) {
    return numbered ? "#" + (index + 1) : trial.label().orElse("#" + (index + 1));
  }

  private static String row(RunReport report, RecallTrial trial, String name) {
    RunResult run = trial.run();
    long scale = report.network().scale();
    return String.format(
        Locale.ROOT,
        TRIAL_FORMAT,
        name,
        trial.flipped(),
        run.updates(),
        run.flips(),
        run.sweeps(),
        Exact.readable(run.scaledEnergyBefore(), scale, run.energyBefore()),
        Exact.readable(run.scaledEnergyAfter(), scale, run.energyAfter()),
        Double.isNaN(trial.overlapAfter())
            ? "-"
            : String.format(Locale.ROOT, "%.3f", trial.overlapAfter()),
        report.reached(trial));
  }

  private void drawPictures(RunReport report, TrialLog log, boolean numbered) {
    Network network = report.plan().network();
    List<RecallTrial> trials = log.trials();
    int drawn = Math.min(pictures, trials.size());
    if (!network.isGrid() || drawn == 0) {
      return;
    }
    out.println();
    out.println("  start -> end (# on, . off); target beside it when there is one:");
    for (int first = 0; first < drawn; first += PICTURES_PER_ROW) {
      List<String> titles = new ArrayList<>();
      List<int[]> states = new ArrayList<>();
      for (int k = first; k < Math.min(drawn, first + PICTURES_PER_ROW); k++) {
        addTrial(report, trials.get(k), name(trials.get(k), k, numbered), titles, states);
      }
      out.println();
      Pictures.sideBySide(network.rows(), network.columns(), network.activation(), titles, states)
          .forEach(line -> out.println("  " + line));
    }
  }

  private static void addTrial(
      RunReport report, RecallTrial trial, String name, List<String> titles, List<int[]> states) {
    titles.add(name + " start");
    states.add(trial.start());
    titles.add(trial.correct() ? "end ok" : "end");
    states.add(trial.finalState());
    if (trial.target() >= 0) {
      titles.add("target");
      states.add(report.patterns().pattern(trial.target()));
    }
  }
}
