package org.hnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.hnet.analysis.Estimate;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Lattice;

/** The tables {@code hnet sample} prints for people. */
final class SampleText {

  private final PrintWriter out;

  SampleText(PrintWriter out) {
    this.out = out;
  }

  /** {@code 16 neurons on a 4 x 4 periodic lattice, bipolar, 1 clamped}. */
  static String describe(Network network) {
    String shape = network.lattice().map(SampleText::lattice).orElse(Descriptions.neurons(network));
    String clamps = network.clamps().isEmpty() ? "" : ", " + network.clamps().size() + " clamped";
    return shape + ", " + network.activation().describe() + clamps;
  }

  private static String lattice(Lattice lattice) {
    return lattice.size()
        + " neurons on "
        + Descriptions.article(lattice.rows())
        + " "
        + lattice.rows()
        + " x "
        + lattice.columns()
        + " "
        + lattice.boundary().name().toLowerCase(Locale.ROOT)
        + " lattice";
  }

  void heading(String model, SampleDocument document) {
    out.println(
        model
            + ": "
            + document.chains()
            + (document.chains() == 1 ? " chain" : " chains")
            + " of "
            + document.burnIn()
            + " burn-in sweeps, then "
            + document.sweeps()
            + " sweeps recording every "
            + (document.thinning() == 1 ? "sweep" : ordinal((long) document.thinning()) + " sweep")
            + " ("
            + document.draws()
            + " draws per chain); "
            + document.implementation()
            + " code; seed "
            + document.seed()
            + "; "
            + document.start()
            + " start");
  }

  /** {@code 2nd}, {@code 3rd}, {@code 4th}, {@code 11th}, {@code 21st}. */
  static String ordinal(long k) {
    long lastTwo = k % 100;
    long last = k % 10;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return k + suffix;
  }

  void network(SampleReport report) {
    out.println();
    out.println("network " + report.network().name());
    out.println("  " + describe(report.network()) + "; " + report.representation());
    out.println("  dynamics: " + report.dynamics().describe() + ", " + report.dynamics().source());
    report.annealing().ifPresent(this::annealing);
    out.println("  " + report.temperature().describe());
    observables(report);
    comparison(report);
  }

  private void annealing(AnnealingSchedule schedule) {
    out.println(
        "  annealed before burn-in, as the model declares: "
            + schedule.shape().name().toLowerCase(Locale.ROOT)
            + " from T = "
            + Exact.format(schedule.start())
            + " to T = "
            + Exact.format(schedule.end())
            + " over "
            + Descriptions.plural(schedule.sweeps(), "sweep"));
  }

  private void observables(SampleReport report) {
    out.println(
        String.format(
            Locale.ROOT,
            "  %-24s %12s %10s %9s %8s %14s %8s",
            "observable",
            "mean",
            "std.error",
            "ESS",
            "R-hat",
            "exact",
            "dev/SE"));
    StringBuilder notes = new StringBuilder();
    for (ObservableSummary s : report.observables()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-24s %12.6f %10s %9s %8s %14s %8s",
              s.name(),
              s.mean(),
              estimate(s.standardError(), "%.6f"),
              estimate(s.effectiveSampleSize(), "%.0f"),
              estimate(s.rHat(), "%.4f"),
              s.exact().isPresent()
                  ? String.format(Locale.ROOT, "%.10f", s.exact().getAsDouble())
                  : "",
              s.deviation().isPresent()
                  ? String.format(Locale.ROOT, "%+.2f", s.deviation().getAsDouble())
                  : ""));
      if (s.rHat() instanceof Estimate.Undefined none) {
        notes.append("    ").append(s.name()).append(": undefined: ").append(none.reason());
        notes.append('\n');
      }
    }
    out.print(notes);
    out.println(
        "  std.error = sd / sqrt(ESS); R-hat: rank-normalized split R-hat (Vehtari et al. 2021);"
            + " dev/SE = (mean - exact) / std.error");
  }

  private static String estimate(Estimate estimate, String format) {
    return estimate.isDefined()
        ? String.format(Locale.ROOT, format, estimate.value())
        : "undefined";
  }

  private void comparison(SampleReport report) {
    if (report.comparison().isEmpty()) {
      out.println("  no exact comparison: " + report.noComparison());
      return;
    }
    SampleReport.StateComparison c = report.comparison().get();
    out.println(
        String.format(
            Locale.ROOT,
            "  exact distribution over %d states: total variation %.4f over all %d draws",
            c.states(),
            c.totalVariation(),
            c.draws()));
    if (c.fit() == null) {
      out.println("  chi-square: no draw left after thinning");
      return;
    }
    out.println(
        String.format(
            Locale.ROOT,
            "  chi-square goodness of fit: p = %s (statistic %.2f, %s, %d states pooled) over %d"
                + " draws, every %s of each chain%s",
            estimate(c.fit().pValue(), "%.4f"),
            c.fit().statistic(),
            Descriptions.plural(c.fit().degreesOfFreedom(), "degree") + " of freedom",
            c.fit().pooledStates(),
            c.thinnedDraws(),
            c.thinning() == 1 ? "draw" : ordinal(c.thinning()),
            Double.isNaN(c.largestAutocorrelationTime())
                ? " (no observable varies)"
                : String.format(
                    Locale.ROOT,
                    " (ceil(2 tau), tau = %.2f draws, the largest autocorrelation time of the"
                        + " observables)",
                    c.largestAutocorrelationTime())));
  }
}
