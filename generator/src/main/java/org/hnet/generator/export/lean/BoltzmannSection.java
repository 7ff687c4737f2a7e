package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.StationarityCertificate;
import org.hnet.runtime.exact.Thermodynamics;

/**
 * The Boltzmann part of a network's export (case (b) of the target document): the network as {@code
 * TwoState.SymmetricBinary ℚ (Fin n)} parameters with β, the {@code #eval} lines of the
 * formalization's executable layer for the Boltzmann vector, the random-scan matrix, the
 * thermodynamics and the stationarity checks, each with the value hnet computed beside it, and the
 * real-valued proof-layer instance with detailed balance and ergodicity.
 *
 * <p>A binary network is written in bipolar coding ({@link RationalParameters#bipolar}), which has
 * the same distribution and kernel: the formalization's energy, Boltzmann distribution and
 * executable layer exist for {@code SymmetricBinary} only.
 */
final class BoltzmannSection {

  private static final String FAST = "NeuralNetwork.Fast";
  private static final String DECIMAL = "Computable.Fast.FastReal.ballToDecimalInterval · 15";

  private final Network network;
  private final Optional<Network> model;
  private final LeanWriter out;
  private final RationalParameters image;

  /**
   * A section for {@code network}, which has no clamps.
   *
   * @param model the network as the model declares it, when {@code network} is its free network
   */
  BoltzmannSection(Network network, Optional<Network> model, LeanWriter out) {
    this.network = network;
    this.model = model;
    this.out = out;
    this.image = RationalParameters.of(network).bipolar();
  }

  /** Writes the section, with {@code spot} (a state of the network) for the single-site values. */
  void emit(int[] spot) {
    out.line("/-! ### Boltzmann distribution -/").blank();
    Temperature temperature = network.sampling().samplingTemperature().orElseThrow();
    temperature(temperature);
    if (temperature.isZero()) {
      zeroTemperature();
      return;
    }
    dynamicsNote();
    if (!network.isExact()) {
      out.comment(
          "hnet keeps this network's numbers as doubles (HW001), so it enumerates no exact");
      out.comment("Boltzmann distribution for it, and this file states none.").blank();
      return;
    }
    BigFraction beta = temperature.beta().orElseThrow();
    out.require(LeanTarget.TWO_STATE_IMPORTS).require(LeanTarget.PROOF_IMPORTS);
    out.line("namespace Boltzmann").blank();
    parameters();
    out.line("/-- β = " + LeanSyntax.rational(beta) + ", exactly. -/");
    out.line("def β : Computable.Fast.FastReal := Computable.Fast.FastReal.ofRat " + q(beta));
    out.blank();
    fast(beta, temperature.betaValue(), spot);
    new ProofLayer(image, beta, out).emit();
    out.line("end Boltzmann").blank();
  }

  private void temperature(Temperature temperature) {
    Optional<AnnealingSchedule> schedule = network.sampling().annealing();
    String source =
        network.sampling().temperature().isPresent()
            ? "as the model declares"
            : "the last temperature of its annealing schedule, "
                + schedule.map(BoltzmannSection::describe).orElse("");
    out.comment("The model samples at " + temperature.describe() + ", " + source + ".");
  }

  private static String describe(AnnealingSchedule schedule) {
    return schedule.shape().name().toLowerCase(Locale.ROOT)
        + " from "
        + LeanSyntax.rational(schedule.start())
        + " to "
        + LeanSyntax.rational(schedule.end())
        + " over "
        + schedule.sweeps()
        + (schedule.sweeps() == 1 ? " sweep" : " sweeps");
  }

  // temperature 0 is beta = +infinity, which Temperature.ofβ cannot write
  private void zeroTemperature() {
    out.comment("That is zero temperature, β = +∞. The formalization writes temperatures as");
    out.comment("Temperature.ofβ b for a real b ≥ 0, and its Temperature 0 is β = 0, infinite");
    out.comment("temperature (Lean's 1/0 = 0), so this temperature cannot be written there. Only");
    out.comment("the deterministic facts above are exported. At T = 0 a Gibbs update is the");
    out.comment("deterministic rule, except that a tie is a fair coin (zeroTempLimitPMF), where");
    out.comment("the deterministic rule turns the neuron on.");
    out.blank();
  }

  private void dynamicsNote() {
    Optional<StochasticDynamics> dynamics = network.sampling().dynamics();
    boolean randomGibbs =
        dynamics.isPresent()
            && dynamics.get().rule() == StochasticDynamics.Rule.GIBBS
            && dynamics.get().scan() == StochasticDynamics.Scan.RANDOM;
    if (randomGibbs) {
      out.comment("Its dynamics, dynamics gibbs, are the formalization's randomScanKernel.");
    } else {
      String declared =
          dynamics.map(d -> "dynamics " + d.describe()).orElse("no stochastic dynamics");
      out.comment(
          "It declares "
              + declared
              + "; the kernel below is the formalization's random-scan Gibbs kernel, which has"
              + " the same stationary Boltzmann distribution.");
    }
  }

  // NNB, and its parameters: p itself for a bipolar network, the bipolar image of a binary one
  private void parameters() {
    int n = network.size();
    out.line("abbrev U := Fin " + n);
    out.line("instance : Nonempty U := ⟨0⟩");
    out.line("abbrev NNB : NeuralNetwork ℚ U ℚ := TwoState.SymmetricBinary ℚ U");
    out.blank();
    if (network.activation() == Activation.BIPOLAR) {
      out.line("/-- The parameters above, as parameters of `NNB`. -/");
      out.line("def pb : Params NNB := p");
      out.blank();
      return;
    }
    imageNote();
    ParameterText.of(image, "b", "U", "ℚ").emit(out);
    out.line("def pb : Params NNB where");
    ParameterText.fields(out, "Wb", "θb", "Vector.ofFn fun _ => 0", true);
    out.blank();
  }

  private void imageNote() {
    out.comment("The formalization defines the energy, the Boltzmann distribution and the");
    out.comment("executable layer for SymmetricBinary (values ±1) only, so this binary network is");
    out.comment(
        "written in bipolar coding s = 2b - 1: Wb = W / 4 and θb u = θv u / 2 - (Σ_v W u v) / 4.");
    out.comment(
        "Then net' - θ' = (net - θ) / 2, so the bipolar update σ(2β(net' - θ')) is the binary");
    out.comment(
        "σ(β(net - θ)): the same Boltzmann distribution and the same random-scan kernel, state");
    out.comment(
        "by state (on = +1 = 1), and every energy lower by c = Σ θ / 2 - Σ W / 8 = "
            + LeanSyntax.rational(RationalParameters.of(network).bipolarOffset())
            + ".");
    out.blank();
  }

  // the executable layer: exact energy, probPos, pi, the kernel, thermodynamics, checks
  private void fast(BigFraction beta, double betaValue, int[] spot) {
    int n = network.size();
    if (n > BoltzmannFacts.SUM_LIMIT) {
      out.comment(
          "With "
              + n
              + " neurons the network has 2^"
              + n
              + " states, more than the executable layer can list here (2^"
              + BoltzmannFacts.SUM_LIMIT
              + "), so no #eval of it is written.");
      out.blank();
      return;
    }
    Optional<ExactParameters> exact = image.exact();
    if (exact.isEmpty()) {
      out.comment("In bipolar coding the numbers do not fit 64-bit integers over a common");
      out.comment("denominator, so hnet enumerates no exact distribution and no #eval is written.");
      out.blank();
      return;
    }
    ExactParameters parameters = exact.get();
    out.require(LeanTarget.FAST_IMPORTS);
    BoltzmannFacts facts = BoltzmannFacts.of(parameters, betaValue);
    int[] s = image.activation() == network.activation() ? spot : bipolar(spot);
    spot(facts, s);
    if (n <= BoltzmannFacts.TABLE_LIMIT) {
      vector(facts);
      matrix(facts);
    } else {
      out.comment(
          "The Boltzmann vector and the random-scan matrix of the 2^"
              + n
              + " states are not listed: the matrix would have 2^"
              + (2 * n)
              + " entries.");
      out.blank();
    }
    thermodynamics(facts, beta);
    if (n <= BoltzmannFacts.TABLE_LIMIT) {
      checks(facts);
    }
  }

  private static int[] bipolar(int[] state) {
    int[] values = new int[state.length];
    for (int u = 0; u < values.length; u++) {
      values[u] = Activation.BIPOLAR.convert(state[u], Activation.BINARY);
    }
    return values;
  }

  private void spot(BoltzmannFacts facts, int[] s) {
    out.line("/-- The state the single-site values are of. -/");
    out.line(
        "def s : NNB.State := ⟨"
            + LeanSyntax.vector(s)
            + ", by "
            + LeanSyntax.cascade("intro u; fin_cases u <;> simp [NNB, TwoState.SymmetricBinary]")
            + "⟩");
    out.blank();
    out.comment("Each #eval prints certified enclosures mid ± rad as decimal intervals. hnet's");
    out.comment("value is beside it; the two agree when |hnet - mid| ≤ rad + 1e-12.");
    BigFraction energy = facts.energy(s);
    out.line(
        "#eval " + FAST + "HopfieldEnergy.hamiltonianQ pb s  -- " + LeanSyntax.printed(energy));
    out.line(
        "#eval ("
            + FAST
            + "TwoStateGibbs.probPos? (NN := NNB) β pb s 0 20).map ("
            + DECIMAL
            + ")  -- hnet: "
            + LeanSyntax.decimal(facts.probabilityOn(s, 0)));
    out.blank();
  }

  private void vector(BoltzmannFacts facts) {
    out.line(
        "#eval ("
            + FAST
            + "MarkovMatrix.boltzmannVec? (U := U) β pb 20).map (·.map ("
            + DECIMAL
            + "))");
    out.comment("hnet: π by state index (bit k of the index is neuron k, 1 = on):");
    double[] pi = facts.probabilities();
    for (int i = 0; i < pi.length; i++) {
      out.comment(
          "  " + i + " " + LeanSyntax.vector(facts.state(i)) + ": " + LeanSyntax.decimal(pi[i]));
    }
    out.blank();
  }

  private void matrix(BoltzmannFacts facts) {
    out.line(
        "#eval ("
            + FAST
            + "MarkovMatrix.randomScanMatrix? (U := U) β pb 20).map (·.map (·.map ("
            + DECIMAL
            + ")))");
    out.comment("hnet: the random-scan matrix, row = from, column = to:");
    for (int i = 0; i < facts.stateCount(); i++) {
      out.comment("  from " + i + ": " + row(facts.row(i)));
    }
    clampedKernelNote();
    out.blank();
  }

  /** A dense row of up to 16 entries, else its nonzero entries as {@code j ↦ p}. */
  private static String row(double[] row) {
    List<String> entries = new ArrayList<>();
    boolean dense = row.length <= 16;
    for (int j = 0; j < row.length; j++) {
      if (dense) {
        entries.add(LeanSyntax.decimal(row[j]));
      } else if (row[j] != 0) {
        entries.add(j + " ↦ " + LeanSyntax.decimal(row[j]));
      }
    }
    return dense ? "[" + String.join(", ", entries) + "]" : String.join(", ", entries);
  }

  private void clampedKernelNote() {
    if (model.isEmpty() || model.get().clamps().isEmpty()) {
      return;
    }
    int all = model.get().size();
    int clamped = model.get().clamps().size();
    out.comment(
        "hnet's own random scan picks each of all "
            + all
            + " neurons of the model; picking one of the "
            + clamped
            + " clamped ones changes nothing, so its matrix is ("
            + (all - clamped)
            + "/"
            + all
            + ") P + ("
            + clamped
            + "/"
            + all
            + ") I for the matrix P above, with the same stationary π.");
  }

  private void thermodynamics(BoltzmannFacts facts, BigFraction beta) {
    Thermodynamics t = facts.thermodynamics();
    out.line(thermo("logPartition?") + "  -- hnet ln Z: " + LeanSyntax.decimal(t.logPartition()));
    if (beta.signum() > 0) {
      out.line(
          thermo("freeEnergyBeta?")
              + "  -- hnet F = -ln Z / β: "
              + LeanSyntax.decimal(t.freeEnergy()));
    } else {
      out.comment("F = -ln Z / β is not defined at β = 0, so freeEnergyBeta? is not evaluated.");
    }
    out.line(thermo("shannonEntropy?") + "  -- hnet S (nats): " + LeanSyntax.decimal(t.entropy()));
    modelThermodynamics(t);
    out.blank();
  }

  private static String thermo(String function) {
    return "#eval ("
        + FAST
        + "Thermodynamics."
        + function
        + " (U := U) β pb 20).map ("
        + DECIMAL
        + ")";
  }

  // the model's own ln Z and F (hnet exact): shifted by the energy the export's network drops
  private void modelThermodynamics(Thermodynamics exported) {
    Network declared = model.orElse(network);
    boolean same = declared == network && declared.activation() == Activation.BIPOLAR;
    if (same || declared.size() > Enumeration.MAX_NEURONS) {
      return;
    }
    Thermodynamics own =
        Enumeration.of(declared.parameters(), declared.clamps())
            .boltzmann(exported.beta())
            .thermodynamics();
    out.comment(
        "For the model as declared"
            + (declared.clamps().isEmpty() ? "" : ", its clamped neurons held")
            + ", hnet computes ln Z = "
            + LeanSyntax.decimal(own.logPartition())
            + " and F = "
            + LeanSyntax.decimal(own.freeEnergy())
            + ": the energies above differ from the model's by a constant, which shifts ln Z by"
            + " β times it and leaves π, the kernel and S unchanged.");
  }

  private void checks(BoltzmannFacts facts) {
    StationarityCertificate c = facts.certificate();
    out.line(
        "#eval do let v ← "
            + FAST
            + "MarkovMatrix.boltzmannVec? (U := U) β pb 20; let P ← "
            + FAST
            + "MarkovMatrix.randomScanMatrix? (U := U) β pb 20; pure ("
            + FAST
            + "Checks.invarianceDeltaWithin v P 20 ("
            + FAST
            + "Checks.dyadicTwoPow (-12)))");
    out.comment(
        "expect every entry true; hnet: max |πP - π| = "
            + LeanSyntax.decimal(c.stationarityError())
            + ", max |π(s) P(s, t) - π(t) P(t, s)| = "
            + LeanSyntax.decimal(c.detailedBalanceResidual())
            + ", max |row sum - 1| = "
            + LeanSyntax.decimal(c.rowSumError()));
    out.line(
        "#eval ("
            + FAST
            + "Certificates.findWitness? (U := U) β pb 6 20 12).map "
            + FAST
            + "Certificates.isValid");
    out.comment(
        "expect some true; hnet's stationarity certificate "
            + (c.passes() ? "passes" : "fails")
            + ": "
            + (c.irreducible() ? "irreducible" : "not irreducible")
            + ", "
            + (c.aperiodic() ? "aperiodic" : "periodic")
            + (c.spectralGap().computed()
                ? ", spectral gap " + LeanSyntax.decimal(c.spectralGap().gap())
                : "")
            + ".");
    out.blank();
  }

  /** A rational as a ℚ term: {@code (1/2 : ℚ)}. */
  private static String q(BigFraction value) {
    return "(" + LeanSyntax.rational(value) + " : ℚ)";
  }
}
