package org.hnet.generator.export.lean;

import org.hnet.generator.export.FormalStructure;

/**
 * The Lean text that depends on which structure of the formalization a network instantiates: its
 * type, how its states are proved to take allowed values, how its parameters give σ and the
 * condition {@code pw}, and how its energy is written.
 *
 * @param structure the structure
 */
record LeanKind(FormalStructure structure) {

  /** The type {@code NN} abbreviates, for {@code n} neurons. */
  String type(int n) {
    String fin = "ℚ (Fin " + n + ")";
    return switch (structure) {
      case HOPFIELD_NETWORK -> "HopfieldNetwork " + fin;
      case SYMMETRIC_BINARY -> "TwoState.SymmetricBinary " + fin;
      case ZERO_ONE -> "TwoState.ZeroOne " + fin;
    };
  }

  /** The definition the simplifier unfolds to decide a state's activations. */
  private String definition() {
    return switch (structure) {
      case HOPFIELD_NETWORK -> "HopfieldNetwork";
      case SYMMETRIC_BINARY -> "TwoState.SymmetricBinary";
      case ZERO_ONE -> "TwoState.ZeroOne";
    };
  }

  /** {@code def NAME : NN.State := ⟨![...], proof⟩}, the proof by the cascade. */
  String state(String name, int[] values) {
    return "def "
        + name
        + " : NN.State := ⟨"
        + LeanSyntax.vector(values)
        + ", by "
        + LeanSyntax.cascade("intro u; fin_cases u <;> simp [NN, " + definition() + "]")
        + "⟩";
  }

  /** The exact energy of {@code state} (a name or a parenthesized expression) under {@code p}. */
  String energy(String state) {
    return switch (structure) {
      case HOPFIELD_NETWORK -> state + ".E p";
      case SYMMETRIC_BINARY -> "NeuralNetwork.FastHopfieldEnergy.hamiltonianQ p " + state;
      case ZERO_ONE -> "energy " + state;
    };
  }

  /** Whether the formalization proves convergence for this structure ({@code HopfieldNetwork}). */
  boolean hasConvergenceTheorem() {
    return structure == FormalStructure.HOPFIELD_NETWORK;
  }

  /** Whether this is one of the two-state networks, with {@code κ1 = 1}. */
  boolean isTwoState() {
    return structure != FormalStructure.HOPFIELD_NETWORK;
  }

  /** The {@code σ} field: empty ({@code κ1 = 0}) or one unused 0 ({@code κ1 = 1}). */
  String sigma() {
    return isTwoState() ? "Vector.ofFn fun _ => 0" : "Vector.emptyWithCapacity 0";
  }
}
