package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;

/**
 * Writes a deterministic bipolar network as parameters of the formalization's {@code
 * HopfieldNetwork ℚ (Fin n)} (case (a) of the target document), with its side conditions discharged
 * by the tactic cascade, its stored patterns as states, and the facts hnet computed.
 *
 * <p>A network whose weights are the plain Hebbian rule (scale 1, complete connections, thresholds
 * 0) is exported as {@code Hebbian ps} over its patterns, with the explicit matrix and a theorem
 * that the two are equal; other Hebbian networks get their explicit parameters and, with complete
 * connections, a theorem relating the matrix to {@code Hebbian ps}.
 */
record HopfieldEmitter(Network network, String namespace) implements NetworkEmitter {

  @Override
  public void emit(LeanWriter out, List<int[]> starts) {
    int n = network.size();
    out.line("/-! ## Network `" + network.name() + "` -/").blank();
    out.line("namespace " + namespace).blank();
    describe(out);
    out.line("abbrev NN : NeuralNetwork ℚ (Fin " + n + ") ℚ := HopfieldNetwork ℚ (Fin " + n + ")");
    out.blank();
    weights(out);
    thresholds(out);
    sideConditions(out);
    PatternSection section = new PatternSection(network, out);
    section.patterns();
    parameters(out, section);
    if (network.isExact()) {
      section.facts();
      starts.forEach(new RunSection(network, out, HopfieldFacts.of(network))::run);
    } else {
      floatingNote(out);
    }
    out.line("end " + namespace).blank();
  }

  private void describe(LeanWriter out) {
    out.comment(
        network.size()
            + " bipolar neurons (-1 and 1), the formalization's HopfieldNetwork: every neuron is"
            + " input and output.");
    if (!network.roles().isAllVisible()) {
      out.comment(
          "The model declares input "
              + indices(network.roles().input())
              + ", output "
              + indices(network.roles().output())
              + " and hidden "
              + indices(network.roles().hidden())
              + "; the dynamics do not depend on them.");
    }
    out.comment("Neurons (index: name):");
    List<String> names = network.neuronNames();
    for (int u = 0; u < names.size(); u++) {
      out.comment("  " + u + ": " + names.get(u));
    }
  }

  private static String indices(int[] values) {
    return LeanSyntax.list(values);
  }

  // W u v is the weight into u from v: row = receiver
  private void weights(LeanWriter out) {
    int n = network.size();
    out.line("/-- The weights: `W u v` is the weight into `u` from `v` (row = receiver). -/");
    out.line("def W : Matrix (Fin " + n + ") (Fin " + n + ") ℚ := Matrix.of ![");
    for (int u = 0; u < n; u++) {
      List<String> row = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        row.add(LeanSyntax.rational(network.weight(u, v)));
      }
      String end = u + 1 < n ? "," : "]";
      out.line("  " + LeanSyntax.vector(row) + end + "  -- into " + u + ": " + name(u));
    }
    out.blank();
  }

  // a neuron turns on iff θ ≤ net: a tie turns it on
  private void thresholds(LeanWriter out) {
    List<String> values = new ArrayList<>();
    for (int u = 0; u < network.size(); u++) {
      values.add(LeanSyntax.rational(network.threshold(u)));
    }
    out.line("/-- The thresholds: neuron `u` turns on iff `θv u ≤ net u`; a tie turns it on. -/");
    out.line("def θv : Fin " + network.size() + " → ℚ := " + LeanSyntax.vector(values));
    out.blank();
  }

  // hw: zero diagonal (Adj u v is u ≠ v); hw': symmetric weights (pw is IsSymm)
  private void sideConditions(LeanWriter out) {
    int n = network.size();
    out.theorem(
        "W_diag",
        "∀ u : Fin " + n + ", W u u = 0",
        LeanSyntax.cascade("intro u; fin_cases u <;> simp [W]"));
    out.blank();
    out.theorem(
        "W_symm",
        "∀ u v : Fin " + n + ", W v u = W u v",
        LeanSyntax.cascade("intro u v; fin_cases u <;> fin_cases v <;> simp [W]"));
    out.blank();
  }

  private void parameters(LeanWriter out, PatternSection section) {
    if (isPlainHebbian()) {
      section.hebbianParameters();
      return;
    }
    out.line("/-- The parameters: `κ1 = 0` (no σ values), `κ2 = 1` (θ holds the threshold). -/");
    out.line("def p : Params NN where");
    out.line("  w := W");
    out.line("  hw u v h := by");
    out.line("    have huv : u = v := by simpa using (not_ne_iff.mp h)");
    out.line("    subst huv");
    out.line("    exact W_diag u");
    out.line("  hw' := Matrix.IsSymm.ext fun u v => W_symm u v");
    out.line("  σ _ := Vector.emptyWithCapacity 0");
    out.line("  θ u := ⟨#[θv u], rfl⟩");
    out.blank();
    if (isHebbian() && network.connectivity().complete() && network.patterns().size() > 0) {
      section.scaledHebbian(hebbianScale());
    }
  }

  private boolean isHebbian() {
    return network.weightSource() instanceof WeightSource.Learned learned
        && learned.rule() == LearningRuleKind.HEBBIAN;
  }

  private BigFraction hebbianScale() {
    return ((WeightSource.Learned) network.weightSource()).scale();
  }

  /** The formalization's Hebbian exactly: scale 1, complete connections, thresholds 0. */
  private boolean isPlainHebbian() {
    if (!isHebbian() || !network.connectivity().complete() || network.patterns().size() == 0) {
      return false;
    }
    for (int u = 0; u < network.size(); u++) {
      if (network.threshold(u).signum() != 0) {
        return false;
      }
    }
    return hebbianScale().equals(BigFraction.ONE) && network.isExact();
  }

  private void floatingNote(LeanWriter out) {
    out.comment("hnet keeps this network's weights as doubles (warning HW001) and decides ties in");
    out.comment("floating point, so it states no facts about its dynamics here: the rationals");
    out.comment("above are the doubles' exact values, on which exact and floating results may");
    out.comment("differ.");
    out.blank();
  }

  private String name(int u) {
    return network.neuronNames().get(u);
  }
}
