package org.hnet.lang.check;

import java.util.ArrayList;
import java.util.List;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;

/**
 * Warnings about what a valid network does with its stored patterns: patterns with no weights at
 * all (HW002), and learned weights under which a stored pattern is not a fixed point of the
 * deterministic update (HW003).
 *
 * <p>The fixed-point check runs the update rule of the formalization, {@code s(u) := on} iff {@code
 * threshold(u) <= net(u)}, on every unclamped neuron of each pattern, with the lowered parameters:
 * exactly, as integers over their common denominator, when they are exact, and in floating point
 * after HW001. It costs {@code n^2} per pattern and checks the first {@code FIXED_POINT_BUDGET /
 * n^2} patterns, so a network of more than 8192 neurons is not checked.
 */
final class PatternUseCheck {
  /** The most weight reads the fixed-point check makes: {@code n^2} per pattern checked. */
  static final long FIXED_POINT_BUDGET = 1L << 26;

  /** The most patterns a warning names; it counts the rest. */
  private static final int NAMED = 4;

  private PatternUseCheck() {}

  /** Warns (HW002) when a network stores patterns but has no weights at all. */
  static void patternsWithoutWeights(
      CheckContext context, PatternSet patterns, WeightSource source, SourceSpan at) {
    if (patterns.size() == 0 || !(source instanceof WeightSource.Unspecified)) {
      return;
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERNS_WITHOUT_WEIGHTS,
            at,
            "network '"
                + context.network().text()
                + "' stores "
                + count(patterns.size(), "pattern")
                + " but gives no weights, so all its weights are 0 and the patterns play no part"
                + " in its dynamics",
            "learn the weights from the patterns with weights hebbian; (or storkey, or"
                + " pseudoinverse), or give them in a weights statement");
  }

  /**
   * Warns (HW003) when learned weights leave a stored pattern that is not a fixed point.
   *
   * @param at the weights statement
   */
  static void fixedPoints(
      CheckContext context,
      NetworkParameters parameters,
      PatternSet patterns,
      List<Clamp> clamps,
      LearningRuleKind rule,
      SourceSpan at) {
    int n = parameters.size();
    long checkable = FIXED_POINT_BUDGET / ((long) n * n);
    int checked = (int) Math.min(patterns.size(), checkable);
    boolean[] clamped = new boolean[n];
    clamps.forEach(c -> clamped[c.neuron()] = true);
    List<String> moved = new ArrayList<>();
    for (int k = 0; k < checked; k++) {
      int flips = flips(parameters, patterns.rows().get(k), clamped);
      if (flips > 0) {
        moved.add("'" + patterns.labels().get(k) + "' (" + count(flips, "neuron") + " would flip)");
      }
    }
    if (!moved.isEmpty()) {
      report(context, rule, at, moved, checked, patterns.size());
    }
  }

  private static void report(
      CheckContext context,
      LearningRuleKind rule,
      SourceSpan at,
      List<String> moved,
      int checked,
      int stored) {
    boolean none = checked == stored && moved.size() == stored && stored > 1;
    String of =
        checked < stored
            ? moved.size() + " of the first " + checked + " of " + count(stored, "stored pattern")
            : none
                ? "none of the " + stored + " stored patterns"
                : moved.size() == stored
                    ? "the stored pattern"
                    : moved.size() + " of the " + count(stored, "stored pattern");
    String more = moved.size() > NAMED ? " and " + (moved.size() - NAMED) + " more" : "";
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERNS_NOT_FIXED,
            at,
            of
                + " of network '"
                + context.network().text()
                + "' "
                + (none
                    ? "is a fixed point"
                    : moved.size() == 1 ? "is not a fixed point" : "are not fixed points")
                + " of its "
                + rule.keyword()
                + " weights: "
                + String.join(", ", moved.subList(0, Math.min(NAMED, moved.size())))
                + more,
            "a run that starts at such a pattern leaves it; store fewer or less correlated"
                + " patterns, or learn them with another rule");
  }

  /** How many unclamped neurons of {@code state} one update would change. */
  private static int flips(NetworkParameters parameters, int[] state, boolean[] clamped) {
    Activation activation = parameters.activation();
    int flips = 0;
    for (int u = 0; u < state.length; u++) {
      boolean on =
          parameters instanceof ExactParameters exact
              ? exactOn(exact, state, u)
              : on(parameters, state, u);
      if (!clamped[u] && activation.of(on) != state[u]) {
        flips++;
      }
    }
    return flips;
  }

  /** threshold(u) <= net(u), exactly: both sides are scaled by the same denominator. */
  private static boolean exactOn(ExactParameters parameters, int[] state, int u) {
    long net = 0;
    for (int v = 0; v < state.length; v++) {
      if (v != u) {
        net += parameters.scaledWeight(u, v) * state[v];
      }
    }
    return parameters.scaledThreshold(u) <= net;
  }

  /** threshold(u) <= net(u) in floating point, as the floating dynamics decide it. */
  private static boolean on(NetworkParameters parameters, int[] state, int u) {
    double net = 0;
    for (int v = 0; v < state.length; v++) {
      if (v != u) {
        net += parameters.weight(u, v) * state[v];
      }
    }
    return parameters.threshold(u) <= net;
  }

  private static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
