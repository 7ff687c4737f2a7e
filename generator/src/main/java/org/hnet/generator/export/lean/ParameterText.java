package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;

/**
 * The Lean text of a weight matrix and a threshold vector: their definitions, the side conditions
 * every network of the formalization needs (a zero diagonal, symmetry), and the fields of a {@code
 * Params} built from them. Over ℚ the side conditions are decided by the cascade; over ℝ, where
 * {@code decide} cannot run, by simplification.
 */
final class ParameterText {

  private final RationalParameters parameters;
  private final String weights;
  private final String thresholds;
  private final String index;
  private final String scalar;
  private final List<String> names;

  private ParameterText(
      RationalParameters parameters,
      String weights,
      String thresholds,
      String index,
      String scalar,
      List<String> names) {
    this.parameters = parameters;
    this.weights = weights;
    this.thresholds = thresholds;
    this.index = index;
    this.scalar = scalar;
    this.names = names;
  }

  /**
   * The text of {@code parameters} as {@code W<suffix>} and {@code θ<suffix>} over {@code index}
   * (such as {@code Fin 4} or {@code U}) with entries in {@code scalar} (ℚ or ℝ).
   */
  static ParameterText of(
      RationalParameters parameters, String suffix, String index, String scalar) {
    return new ParameterText(parameters, "W" + suffix, "θ" + suffix, index, scalar, List.of());
  }

  /** The text of a network's own parameters, {@code W} and {@code θv}, rows named by neuron. */
  static ParameterText named(RationalParameters parameters, int n, List<String> names) {
    return new ParameterText(parameters, "W", "θv", "(Fin " + n + ")", "ℚ", names);
  }

  /** Writes the matrix, the vector and the two side conditions. */
  void emit(LeanWriter out) {
    matrix(out);
    vector(out);
    sideConditions(out);
  }

  // W u v is the weight into u from v: row = receiver
  private void matrix(LeanWriter out) {
    int n = parameters.size();
    out.line(
        "/-- The weights: `"
            + weights
            + " u v` is the weight into `u` from `v` (row = receiver). -/");
    out.line(
        prefix()
            + "def "
            + weights
            + " : Matrix "
            + index
            + " "
            + index
            + " "
            + scalar
            + " := Matrix.of ![");
    for (int u = 0; u < n; u++) {
      List<String> row = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        row.add(LeanSyntax.rational(parameters.weights()[u][v]));
      }
      String end = u + 1 < n ? "," : "]";
      String name = names.isEmpty() ? "" : ": " + names.get(u);
      out.line("  " + LeanSyntax.vector(row) + end + "  -- into " + u + name);
    }
    out.blank();
  }

  // a neuron turns on iff θ ≤ net: a tie turns it on
  private void vector(LeanWriter out) {
    List<String> values = new ArrayList<>();
    for (int u = 0; u < parameters.size(); u++) {
      values.add(LeanSyntax.rational(parameters.thresholds()[u]));
    }
    out.line(
        "/-- The thresholds: neuron `u` turns on iff `"
            + thresholds
            + " u ≤ net u`; a tie turns it on. -/");
    out.line(
        prefix()
            + "def "
            + thresholds
            + " : "
            + bare(index)
            + " → "
            + scalar
            + " := "
            + LeanSyntax.vector(values));
    out.blank();
  }

  /** Real numbers divide noncomputably, so their definitions are marked. */
  private String prefix() {
    return scalar.equals("ℚ") ? "" : "noncomputable ";
  }

  // hw: zero diagonal (Adj u v is u ≠ v); hw': symmetric weights (pw is IsSymm, and for the
  // two-state networks also the zero diagonal)
  private void sideConditions(LeanWriter out) {
    String diag = "intro u; fin_cases u <;> simp [" + weights + "]";
    String symm = "intro u v; fin_cases u <;> fin_cases v <;> simp [" + weights + "]";
    out.theorem(
        weights + "_diag", "∀ u : " + bare(index) + ", " + weights + " u u = 0", proof(diag));
    out.blank();
    out.theorem(
        weights + "_symm",
        "∀ u v : " + bare(index) + ", " + weights + " v u = " + weights + " u v",
        proof(symm));
    out.blank();
  }

  private static String bare(String index) {
    return index.startsWith("(") ? index.substring(1, index.length() - 1) : index;
  }

  private String proof(String simp) {
    if (scalar.equals("ℚ")) {
      return LeanSyntax.cascade(simp);
    }
    return LeanSyntax.realCascade(simp);
  }

  /**
   * The fields of a {@code Params} over the matrix {@code w} and the vector {@code theta}: {@code
   * hw} from the zero diagonal, {@code hw'} symmetry (with the zero diagonal for two-state
   * networks), σ as given, θ the threshold.
   */
  static void fields(LeanWriter out, String w, String theta, String sigma, boolean twoState) {
    out.line("  w := " + w);
    out.line("  hw u v h := by");
    out.line("    have huv : u = v := by simpa using (not_ne_iff.mp h)");
    out.line("    subst huv");
    out.line("    exact " + w + "_diag u");
    String symmetric = "Matrix.IsSymm.ext fun u v => " + w + "_symm u v";
    out.line("  hw' := " + (twoState ? "⟨" + symmetric + ", " + w + "_diag⟩" : symmetric));
    out.line("  σ _ := " + sigma);
    out.line("  θ u := ⟨#[" + theta + " u], rfl⟩");
  }
}
