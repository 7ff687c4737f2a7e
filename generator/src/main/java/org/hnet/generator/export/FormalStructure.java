package org.hnet.generator.export;

import org.hnet.lang.model.Network;
import org.hnet.lang.model.Sampling;
import org.hnet.runtime.Activation;

/**
 * The structure of the Lean formalization a network instantiates, which the JSON spec names and the
 * Lean export writes: a deterministic bipolar network is a {@code HopfieldNetwork}; a bipolar
 * network with a temperature (a Boltzmann machine) is the two-state {@code SymmetricBinary}, the
 * only network the formalization gives an energy specification, a Boltzmann distribution and an
 * executable enumeration; a binary network is the two-state {@code ZeroOne}, whose update is hnet's
 * binary rule exactly (net input over the other neurons, a tie turns the neuron on).
 */
public enum FormalStructure {
  /** {@code HopfieldNetwork ℚ (Fin n)}: {@code κ1 = 0}, {@code κ2 = 1}, symmetric weights. */
  HOPFIELD_NETWORK("HopfieldNetwork", 0),
  /** {@code TwoState.SymmetricBinary ℚ (Fin n)}: {@code κ1 = 1}, {@code κ2 = 1}, values ±1. */
  SYMMETRIC_BINARY("SymmetricBinary", 1),
  /** {@code TwoState.ZeroOne ℚ (Fin n)}: {@code κ1 = 1}, {@code κ2 = 1}, values 0 and 1. */
  ZERO_ONE("ZeroOne", 1);

  private final String leanName;
  private final int kappa1;

  FormalStructure(String leanName, int kappa1) {
    this.leanName = leanName;
    this.kappa1 = kappa1;
  }

  /** The structure {@code network} instantiates. */
  public static FormalStructure of(Network network) {
    return of(network.activation(), network.sampling());
  }

  /** The structure a network of this activation and these sampling declarations instantiates. */
  public static FormalStructure of(Activation activation, Sampling sampling) {
    if (activation == Activation.BINARY) {
      return ZERO_ONE;
    }
    return isBoltzmann(sampling) ? SYMMETRIC_BINARY : HOPFIELD_NETWORK;
  }

  /**
   * Whether {@code network} is a Boltzmann machine: it declares a temperature (or beta) or
   * stochastic dynamics, which then have a temperature or an annealing schedule to take it from.
   */
  public static boolean isBoltzmann(Network network) {
    return isBoltzmann(network.sampling());
  }

  private static boolean isBoltzmann(Sampling sampling) {
    return sampling.temperature().isPresent() || sampling.isStochastic();
  }

  /**
   * The name the spec writes: {@code HopfieldNetwork}, {@code SymmetricBinary}, {@code ZeroOne}.
   */
  public String specName() {
    return leanName;
  }

  /** The length of each neuron's σ vector: 0 for a Hopfield network, 1 for two-state networks. */
  public int kappa1() {
    return kappa1;
  }

  /** The length of each neuron's θ vector, 1: the threshold. */
  public int kappa2() {
    return 1;
  }
}
