package org.hnet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.hnet.lang.model.Network;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.SpectralGap;
import org.hnet.runtime.exact.StationarityCertificate;
import org.hnet.runtime.exact.SweepCertificate;
import org.hnet.runtime.exact.Thermodynamics;

/** The tables {@code hnet exact} prints for people. */
final class ExactText {

  /** Networks with at most this many neurons get their pair correlations printed. */
  private static final int CORRELATIONS_SHOWN = 8;

  /** Networks with at most this many neurons get their marginals printed. */
  private static final int MARGINALS_SHOWN = 64;

  private final PrintWriter out;

  ExactText(PrintWriter out) {
    this.out = out;
  }

  void heading(String model) {
    out.println(model + ": exact results by enumeration of every state");
  }

  void network(ExactReport report) {
    Network network = report.network();
    Enumeration states = report.states();
    out.println();
    out.println("network " + network.name());
    out.println("  " + SampleText.describe(network));
    out.println("  " + report.temperature().describe());
    out.println(
        "  "
            + EnumerationLimit.states(states.freeCount())
            + (network.clamps().isEmpty()
                ? ""
                : " (" + Descriptions.plural(network.clamps().size(), "clamped neuron") + ")"));
    thermodynamics(report);
    groundStates(report);
    marginals(report);
    certificates(report);
    report.matrix().ifPresent(matrix -> matrix(report, matrix));
  }

  private void thermodynamics(ExactReport report) {
    Thermodynamics t = report.thermodynamics();
    int n = report.network().size();
    out.println("  thermodynamics (k_B = 1, natural logarithms):");
    row("ln Z", t.logPartition());
    row("free energy F = -T ln Z", t.freeEnergy());
    row("mean energy U = <E>", t.meanEnergy());
    row("energy variance Var(E)", t.energyVariance());
    row("entropy S = beta (U - F)", t.entropy());
    row("specific heat C = beta^2 Var(E)", t.specificHeat());
    ExactReport.Magnetisation m = report.magnetisation();
    out.println("  per neuron and magnetisation m = (1/n) sum of s (on = +1, off = -1):");
    row("e = <E> / n", t.meanEnergy() / n);
    row("c = C / n", t.specificHeat() / n);
    row("<m>", m.mean());
    row("<|m|>", m.meanAbsolute());
    row("<m^2>", m.meanSquare());
    row("<m^4>", m.meanFourth());
    double binder = m.binderCumulant();
    if (Double.isNaN(binder)) {
      out.println(String.format(Locale.ROOT, "    %-34s undefined: <m^2> = 0", "Binder U4"));
    } else {
      row("Binder U4 = 1 - <m^4> / (3 <m^2>^2)", binder);
    }
  }

  private void row(String label, double value) {
    out.println(String.format(Locale.ROOT, "    %-34s %s", label, number(value)));
  }

  /** A number with 15 significant digits, or infinity. */
  static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinity" : "-infinity";
    }
    return String.format(Locale.ROOT, "%.15g", value).replaceFirst("\\.?0+(e|$)", "$1");
  }

  private void groundStates(ExactReport report) {
    Enumeration states = report.states();
    List<Integer> ground = states.groundStates();
    out.println(
        "  ground states: "
            + Descriptions.plural(ground.size(), "state")
            + " of energy "
            + ExactDocument.energy(states, states.minimumScaledEnergy())
            + " (neuron 0 first, + on, - off)");
    for (int i : report.groundStates(ExactDocument.GROUND_STATES_LISTED)) {
      out.println("    " + ExactDocument.signs(states, i) + "  index " + states.stateIndex(i));
    }
    if (ground.size() > ExactDocument.GROUND_STATES_LISTED) {
      out.println("    ... and " + (ground.size() - ExactDocument.GROUND_STATES_LISTED) + " more");
    }
  }

  private void marginals(ExactReport report) {
    Network network = report.network();
    if (network.size() > MARGINALS_SHOWN) {
      return;
    }
    out.println("  marginals P(on) and means <s>:");
    double[] marginals = report.marginals();
    double[] means = report.means();
    for (int u = 0; u < marginals.length; u++) {
      out.println(
          String.format(
              Locale.ROOT,
              "    %-16s P(on) %-20s <s> %s",
              network.neuronNames().get(u),
              number(marginals[u]),
              number(means[u])));
    }
    if (network.size() <= CORRELATIONS_SHOWN) {
      out.println("  correlations <s_u s_v> (row u, column v):");
      for (double[] row : report.correlations()) {
        StringBuilder line = new StringBuilder("   ");
        for (double value : row) {
          line.append(String.format(Locale.ROOT, " %10.6f", value));
        }
        out.println(line);
      }
    }
  }

  private void certificates(ExactReport report) {
    if (report.randomScan().isEmpty()) {
      out.println("  no stationarity certificates (--no-certificates)");
      return;
    }
    report.randomScan().ifPresent(this::stationarity);
    report.sweep().ifPresent(this::sweep);
    report.metropolis().ifPresent(this::stationarity);
  }

  private void stationarity(StationarityCertificate c) {
    out.println(
        "  stationarity certificate of "
            + c.kernel()
            + " ("
            + c.states()
            + " states): "
            + (c.passes() ? "passes" : "FAILS"));
    check("rows sum to 1", "max |row sum - 1|", c.rowSumError(), c.tolerances().rowSum());
    check("pi P = pi", "max |pi P - pi|", c.stationarityError(), c.tolerances().stationarity());
    check(
        "detailed balance",
        "max |pi(s) P(s,t) - pi(t) P(t,s)|",
        c.detailedBalanceResidual(),
        c.tolerances().detailedBalance());
    out.println(
        "    irreducible: "
            + yesNo(c.irreducible())
            + "; aperiodic: "
            + yesNo(c.aperiodic())
            + " (period "
            + c.period()
            + ")");
    out.println("    " + gap(c.spectralGap()));
  }

  private void check(String what, String measure, double value, double tolerance) {
    out.println(
        String.format(
            Locale.ROOT,
            "    %-18s %-34s %.3e (tolerance %.0e) %s",
            what,
            measure,
            value,
            tolerance,
            value <= tolerance ? "ok" : "FAILS"));
  }

  private static String gap(SpectralGap gap) {
    if (!gap.computed()) {
      return "spectral gap: not computed: " + gap.reason();
    }
    return String.format(
        Locale.ROOT,
        "spectral gap 1 - lambda_2 = %.6g (lambda_2 = %.10g, lambda_min = %.10g);"
            + " relaxation time %.4g steps (%s, %d iterations, residual bound %.1e)",
        gap.gap(),
        gap.secondEigenvalue(),
        gap.smallestEigenvalue(),
        gap.relaxationTime(),
        gap.reason(),
        gap.iterations(),
        gap.residualBound());
  }

  private void sweep(SweepCertificate c) {
    out.println(
        "  certificate of one "
            + c.kernel()
            + " sweep ("
            + c.states()
            + " states): "
            + (c.passes() ? "passes" : "FAILS"));
    check("rows sum to 1", "max |row sum - 1|", c.rowSumError(), c.tolerance());
    check("pi P = pi", "max |pi P - pi|", c.stationarityError(), c.tolerance());
    out.println("    (a sweep keeps pi but is in general not reversible: no detailed balance)");
  }

  private void matrix(ExactReport report, double[][] matrix) {
    Enumeration states = report.states();
    out.println("  Boltzmann distribution and random-scan Gibbs matrix P(from, to):");
    double[] pi = report.distribution().probabilities();
    for (int i = 0; i < matrix.length; i++) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT, "    %s pi %-18s |", ExactDocument.signs(states, i), number(pi[i])));
      for (double p : matrix[i]) {
        line.append(String.format(Locale.ROOT, " %.6f", p));
      }
      out.println(line);
    }
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
