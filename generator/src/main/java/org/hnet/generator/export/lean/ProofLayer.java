package org.hnet.generator.export.lean;

import org.hipparchus.fraction.BigFraction;

/**
 * The real-valued proof-layer instance of a Boltzmann machine ("Proof layer" of case (b) in the
 * target document): the same numbers as parameters of {@code TwoState.SymmetricBinary ℝ U}, the
 * temperature as {@code Temperature.ofβ}, and the formalization's theorems instantiated on them:
 * detailed balance of the Gibbs update at every site, and reversibility, irreducibility and a
 * unique stationary law of the random-scan kernel.
 */
final class ProofLayer {

  private final RationalParameters parameters;
  private final BigFraction beta;
  private final LeanWriter out;

  ProofLayer(RationalParameters parameters, BigFraction beta, LeanWriter out) {
    this.parameters = parameters;
    this.beta = beta;
    this.out = out;
  }

  void emit() {
    out.line("/-! #### Proof layer (ℝ): detailed balance and a unique stationary law -/").blank();
    out.line("namespace OnReals").blank();
    out.line("abbrev NNR := TwoState.SymmetricBinary ℝ U").blank();
    ParameterText.of(parameters, "R", "U", "ℝ").emit(out);
    out.line("noncomputable def pR : Params NNR where");
    ParameterText.fields(out, "WR", "θR", "Vector.ofFn fun _ => 0", true);
    out.blank();
    out.comment(
        "The formalization gives no Nonempty instance for the states; every neuron on is one.");
    out.line("instance : Nonempty NNR.State := ⟨⟨fun _ => 1, fun _ => Or.inl rfl⟩⟩").blank();
    out.line("open Classical").blank();
    temperature();
    theorems();
    out.line("end OnReals").blank();
  }

  // Temperature.ofβ b: kB is an axiom, so temperatures are given by their β
  private void temperature() {
    String b = LeanSyntax.rational(beta);
    out.line("/-- The temperature with β = " + b + " (`Temperature.ofβ`, whatever k_B is). -/");
    String argument = beta.getDenominator().equals(java.math.BigInteger.ONE) ? b : "(" + b + ")";
    out.line("noncomputable def T : Temperature := Temperature.ofβ " + argument);
    out.blank();
    out.line("theorem T_β : (T.β : ℝ) = " + b + " := by");
    out.line("  " + LeanSyntax.realCascade("simp [T]"));
    out.blank();
  }

  private void theorems() {
    out.line("abbrev spec := HopfieldEnergy.symmetricBinaryEnergySpec (R := ℝ) (U := U)");
    out.blank();
    out.comment(
        "Detailed balance of the Gibbs update at every site u: P(s) K(s, s') = P(s') K(s', s).");
    out.line("theorem pR_detailed_balance (u : U) (s s' : NNR.State) :");
    out.line(
        "    HopfieldBoltzmann.P (NN := NNR) (spec := spec) pR T s"
            + " * HopfieldBoltzmann.Kbm NNR pR T u s s' =");
    out.line(
        "      HopfieldBoltzmann.P (NN := NNR) (spec := spec) pR T s'"
            + " * HopfieldBoltzmann.Kbm NNR pR T u s' s :=");
    out.line("  detailed_balance (NN := NNR) (spec := spec) (p := pR) (T := T) u s s'");
    out.blank();
    out.comment(
        "The random-scan kernel is reversible, has a positive diagonal, is irreducible and");
    out.comment("has exactly one stationary law, the Boltzmann distribution.");
    out.line(
        "example := randomScan_ergodicUniqueInvariant (NN := NNR) (spec := spec) (p := pR) (T := T)");
    out.blank();
  }
}
