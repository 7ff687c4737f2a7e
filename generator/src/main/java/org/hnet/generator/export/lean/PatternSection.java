package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.Network;
import org.hnet.runtime.PatternSet;

/**
 * The stored patterns of a Hopfield network as states, the Hebbian statements about them, and
 * whether each one is stable, with its exact energy.
 */
final class PatternSection {

  /** The most neurons a comment lists before it only counts the rest. */
  private static final int LISTED = 8;

  private final Network network;
  private final LeanKind kind;
  private final LeanWriter out;
  private final PatternSet patterns;

  PatternSection(Network network, LeanKind kind, LeanWriter out) {
    this.network = network;
    this.kind = kind;
    this.out = out;
    this.patterns = network.patterns();
  }

  /** {@code def patternK : NN.State := ⟨![...], proof⟩} for every stored pattern. */
  void patterns() {
    for (int k = 0; k < patterns.size(); k++) {
      out.comment("stored pattern " + k + ", labelled \"" + patterns.labels().get(k) + "\"");
      picture(patterns.pattern(k));
      out.line(kind.state("pattern" + k, patterns.pattern(k)));
      out.blank();
    }
    if (patterns.size() > 0) {
      List<String> names = new ArrayList<>();
      for (int k = 0; k < patterns.size(); k++) {
        names.add("pattern" + k);
      }
      out.line("/-- The stored patterns, in order. -/");
      out.line("def ps : Fin " + patterns.size() + " → NN.State := " + LeanSyntax.vector(names));
      out.blank();
    }
  }

  /** A grid state drawn row by row in comments: {@code #} on, {@code .} off. */
  void picture(int[] values) {
    if (!network.isGrid()) {
      return;
    }
    for (int r = 0; r < network.rows(); r++) {
      StringBuilder row = new StringBuilder("  ");
      for (int c = 0; c < network.columns(); c++) {
        row.append(values[r * network.columns() + c] > 0 ? '#' : '.');
      }
      out.comment(row.toString());
    }
  }

  // p = Hebbian ps: W = Σ_k p_k p_kᵀ − m I, thresholds 0
  void hebbianParameters() {
    out.line("/-- The parameters are the formalization's Hebbian rule on the stored patterns. -/");
    out.line("def p : Params NN := Hebbian ps");
    out.blank();
    out.comment("Hebbian ps is W: the sum of p pᵀ over the patterns minus m I, no 1/n factor.");
    out.theorem(
        "p_w",
        "p.w = W",
        LeanSyntax.cascade(
            "ext u v; fin_cases u <;> fin_cases v <;> simp [p, Hebbian, ps, W, "
                + patternNames()
                + "]"));
    out.blank();
    orthogonality();
  }

  // W = c • (Hebbian ps).w for a scaled Hebbian network with complete connections
  void scaledHebbian(BigFraction scale) {
    String factor = LeanSyntax.rational(scale);
    out.comment(
        "W is the formalization's Hebbian rule on the stored patterns, times " + factor + ".");
    out.theorem(
        "W_hebbian",
        "W = (" + factor + " : ℚ) • (Hebbian ps).w",
        LeanSyntax.cascade(
            "ext u v; fin_cases u <;> fin_cases v <;> simp [Hebbian, ps, W, "
                + patternNames()
                + "]"));
    out.blank();
  }

  /** Orthogonal patterns, fewer than the neurons, are stable: the formalization's theorem. */
  private void orthogonality() {
    if (patterns.size() >= network.size() || !pairwiseOrthogonal()) {
      return;
    }
    int m = patterns.size();
    out.comment("The patterns are pairwise orthogonal and fewer than the neurons, so the");
    out.comment("formalization's Hebbian_stable proves each of them stable.");
    out.theorem(
        "ps_orthogonal",
        "∀ {i j : Fin " + m + "}, i ≠ j → dotProduct (ps i).act (ps j).act = 0",
        LeanSyntax.cascade(
            "intro i j h; fin_cases i <;> fin_cases j <;> simp_all [dotProduct, ps, "
                + patternNames()
                + "]"));
    out.blank();
    out.line("theorem ps_stable (j : Fin " + m + ") : (ps j).isStable p :=");
    out.line("  Hebbian_stable (by " + LeanSyntax.cascade("simp") + ") ps j ps_orthogonal");
    out.blank();
  }

  private boolean pairwiseOrthogonal() {
    for (int i = 0; i < patterns.size(); i++) {
      for (int j = i + 1; j < patterns.size(); j++) {
        if (dot(patterns.pattern(i), patterns.pattern(j)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static long dot(int[] a, int[] b) {
    long sum = 0;
    for (int u = 0; u < a.length; u++) {
      sum += (long) a[u] * b[u];
    }
    return sum;
  }

  /** For each pattern: stable (theorem) or not (the first neuron an update changes), energy. */
  void facts() {
    if (patterns.size() == 0) {
      return;
    }
    HopfieldFacts facts = HopfieldFacts.of(network);
    out.line("/-! ### Stored patterns: stability and energy -/").blank();
    for (int k = 0; k < patterns.size(); k++) {
      fact("pattern" + k, facts.state(patterns.pattern(k)));
    }
  }

  /** The stability and energy facts of the state named {@code name}. */
  void fact(String name, HopfieldFacts.StateFact fact) {
    if (fact.stable()) {
      out.comment(name + " is stable: no single update changes it.");
      out.theorem(
          name + "_stable",
          name + ".isStable p",
          "unfold NeuralNetwork.State.isStable",
          LeanSyntax.cascade(""));
    } else {
      int u = fact.flipping()[0];
      out.comment(name + " is not stable: an update changes " + neurons(fact.flipping()) + ".");
      out.theorem(
          name + "_not_stable",
          "(" + name + ".Up p " + u + ").act " + u + " ≠ " + name + ".act " + u,
          LeanSyntax.cascade(""));
    }
    out.blank();
    energy(name, name, fact.energy());
  }

  /** {@code theorem NAME_energy : E(STATE) = e}, in the energy of the network's structure. */
  void energy(String name, String state, BigFraction energy) {
    String expression = kind.energy(state);
    out.theorem(
        name + "_energy", expression + " = " + LeanSyntax.rational(energy), LeanSyntax.cascade(""));
    out.line("#eval " + expression + "  -- " + LeanSyntax.printed(energy));
    out.blank();
  }

  private String neurons(int[] indices) {
    List<String> listed = new ArrayList<>();
    for (int k = 0; k < Math.min(indices.length, LISTED); k++) {
      listed.add(indices[k] + " (" + network.neuronNames().get(indices[k]) + ")");
    }
    String more = indices.length > LISTED ? " and " + (indices.length - LISTED) + " more" : "";
    return "neuron" + (indices.length > 1 ? "s " : " ") + String.join(", ", listed) + more;
  }

  private String patternNames() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < patterns.size(); k++) {
      names.add("pattern" + k);
    }
    return String.join(", ", names);
  }
}
