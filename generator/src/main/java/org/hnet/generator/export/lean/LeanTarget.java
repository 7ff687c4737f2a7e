package org.hnet.generator.export.lean;

import java.util.List;

/**
 * The version of the Lean formalization that exports target, and the names from it that exported
 * files use. They come from the target document the exporter follows ({@code lean-target.md} in the
 * project's shared notes), which read the repository at this commit; a test checks every name an
 * export uses against this list.
 */
public final class LeanTarget {

  /** The repository of the formalization. */
  public static final String REPOSITORY = "mkaratarakis/HopfieldNet";

  /** The commit exports are written against. */
  public static final String COMMIT = "5867071aea7f61a0bcdcddd8bfe79973a80f5a49";

  /** The Lean toolchain of that commit. */
  public static final String TOOLCHAIN = "leanprover/lean4:v4.27.0-rc1";

  /** The mathlib revision that commit's manifest pins. */
  public static final String MATHLIB = "910dac3f6e7f4b2559dff67c9819543048995349";

  /** The modules every export imports: Hopfield networks, Hebbian, convergence; tactics. */
  public static final List<String> HOPFIELD_IMPORTS =
      List.of("Mathlib.Tactic", "NeuralNetwork.NeuralNetwork.Core");

  /** The module of the two-state networks {@code SymmetricBinary} and {@code ZeroOne}. */
  public static final List<String> TWO_STATE_IMPORTS =
      List.of("NeuralNetwork.NeuralNetwork.TwoState");

  /** The module of the exact ℚ Hamiltonian {@code hamiltonianQ}. */
  public static final List<String> ENERGY_IMPORTS =
      List.of("NeuralNetwork.NeuralNetwork.FastHopfieldEnergy");

  /** The modules of the executable layer a Boltzmann export evaluates (target document, 3.2). */
  public static final List<String> FAST_IMPORTS =
      List.of(
          "NeuralNetwork.NeuralNetwork.FastHopfieldEnergy",
          "NeuralNetwork.NeuralNetwork.FastRandomScan",
          "NeuralNetwork.NeuralNetwork.FastBoltzmannEval",
          "NeuralNetwork.NeuralNetwork.FastMarkovMatrix",
          "NeuralNetwork.NeuralNetwork.FastChecks",
          "NeuralNetwork.NeuralNetwork.FastCertificates",
          "NeuralNetwork.NeuralNetwork.FastThermodynamics");

  /** The module of the proof layer: detailed balance, the random scan, ergodicity. */
  public static final List<String> PROOF_IMPORTS =
      List.of("NeuralNetwork.NeuralNetwork.Ergodicity");

  /** Every module an export may import, in the order the imports are written. */
  public static final List<String> IMPORT_ORDER =
      java.util.stream.Stream.of(HOPFIELD_IMPORTS, TWO_STATE_IMPORTS, FAST_IMPORTS, PROOF_IMPORTS)
          .flatMap(List::stream)
          .distinct()
          .toList();

  /** The formalization's names a Hopfield export refers to. */
  public static final List<String> HOPFIELD_NAMES =
      List.of(
          "HopfieldNetwork",
          "Params",
          "Hebbian",
          "Hebbian_stable",
          "NeuralNetwork.State.Up",
          "NeuralNetwork.State.isStable",
          "NeuralNetwork.State.onlyUi",
          "NeuralNetwork.State.workPhase",
          "NeuralNetwork.State.seqStates",
          "NeuralNetwork.State.E",
          "HopfieldNet_conv_time_steps",
          "cyclic",
          "fair",
          "cycl_Fair");

  /** The formalization's names a two-state or Boltzmann export refers to. */
  public static final List<String> BOLTZMANN_NAMES =
      List.of(
          "TwoState.SymmetricBinary",
          "TwoState.ZeroOne",
          "Computable.Fast.FastReal",
          "Computable.Fast.FastReal.ofRat",
          "Computable.Fast.FastReal.ballToDecimalInterval",
          "NeuralNetwork.FastHopfieldEnergy.hamiltonianQ",
          "NeuralNetwork.FastTwoStateGibbs.probPos?",
          "NeuralNetwork.FastMarkovMatrix.boltzmannVec?",
          "NeuralNetwork.FastMarkovMatrix.randomScanMatrix?",
          "NeuralNetwork.FastThermodynamics.logPartition?",
          "NeuralNetwork.FastThermodynamics.freeEnergyBeta?",
          "NeuralNetwork.FastThermodynamics.shannonEntropy?",
          "NeuralNetwork.FastChecks.invarianceDeltaWithin",
          "NeuralNetwork.FastChecks.dyadicTwoPow",
          "NeuralNetwork.FastCertificates.findWitness?",
          "NeuralNetwork.FastCertificates.isValid",
          "Temperature",
          "Temperature.ofβ",
          "HopfieldEnergy.symmetricBinaryEnergySpec",
          "HopfieldBoltzmann.P",
          "HopfieldBoltzmann.Kbm",
          "detailed_balance",
          "randomScan_ergodicUniqueInvariant");

  /**
   * The decision procedures every side condition and fact is discharged by, in the order the target
   * document recommends: the kernel-checked {@code decide}, simplification, {@code decide +kernel}
   * for rational arithmetic, and {@code native_decide} as the last resort.
   */
  public static final List<String> CASCADE =
      List.of("decide", "simp", "decide +kernel", "native_decide");

  private LeanTarget() {}
}
