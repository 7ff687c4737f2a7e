package org.hnet.generator.export.lean;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.exact.Boltzmann;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.RandomScanKernel;
import org.hnet.runtime.exact.StationarityCertificate;
import org.hnet.runtime.exact.Thermodynamics;
import org.hnet.runtime.exact.Tolerances;

/**
 * What hnet computes, with its exact enumeration ({@code org.hnet.runtime.exact}), about the
 * bipolar network a Boltzmann export writes as {@code TwoState.SymmetricBinary}: the Boltzmann
 * distribution, the random-scan Gibbs kernel (row = from, column = to), the thermodynamics, the
 * stationarity certificate, and single-site values of one state. States are in the formalization's
 * order: bit k of the index is neuron k, 1 = on.
 */
final class BoltzmannFacts {

  /** The most neurons whose distribution and kernel are listed in full (64 states). */
  static final int TABLE_LIMIT = 6;

  /** The most neurons whose partition function, free energy and entropy are stated. */
  static final int SUM_LIMIT = 16;

  private final ExactParameters parameters;
  private final double beta;
  private final Enumeration states;
  private final Boltzmann distribution;

  private BoltzmannFacts(ExactParameters parameters, double beta) {
    this.parameters = parameters;
    this.beta = beta;
    this.states = Enumeration.of(parameters);
    this.distribution = states.boltzmann(beta);
  }

  /**
   * The facts of {@code parameters} at {@code beta}; the network has at most {@link #SUM_LIMIT}
   * neurons.
   */
  static BoltzmannFacts of(ExactParameters parameters, double beta) {
    if (parameters.size() > SUM_LIMIT) {
      throw new IllegalArgumentException(
          parameters.size() + " neurons are more than " + SUM_LIMIT + " to enumerate for Lean");
    }
    return new BoltzmannFacts(parameters, beta);
  }

  /** The number of states, {@code 2^n}. */
  int stateCount() {
    return states.stateCount();
  }

  /** The activations of state {@code i}. */
  int[] state(int i) {
    return states.state(i);
  }

  /** The Boltzmann probabilities by state index. */
  double[] probabilities() {
    return distribution.probabilities();
  }

  /** {@code ln Z}, the free energy, the mean energy and the entropy. */
  Thermodynamics thermodynamics() {
    return distribution.thermodynamics();
  }

  /** The random-scan Gibbs kernel, the formalization's {@code randomScanKernel}. */
  RandomScanKernel kernel() {
    return RandomScanKernel.gibbs(states, beta);
  }

  /** The kernel's stationarity certificate against the Boltzmann distribution. */
  StationarityCertificate certificate() {
    return StationarityCertificate.of(kernel(), probabilities(), Tolerances.defaults());
  }

  /** Row {@code from} of the kernel, dense. */
  double[] row(int from) {
    double[] row = new double[stateCount()];
    RandomScanKernel kernel = kernel();
    int[] targets = new int[kernel.maxRowLength()];
    double[] values = new double[kernel.maxRowLength()];
    int count = kernel.row(from, targets, values);
    for (int k = 0; k < count; k++) {
      row[targets[k]] = values[k];
    }
    return row;
  }

  /** The probability that a Gibbs update turns neuron {@code u} on in {@code state}. */
  double probabilityOn(int[] state, int u) {
    ReferenceNetwork network = ReferenceNetwork.of(parameters);
    network.setState(state);
    return network.probabilityOn(u, beta);
  }

  /** The exact energy of {@code state}. */
  BigFraction energy(int[] state) {
    ReferenceNetwork network = ReferenceNetwork.of(parameters);
    network.setState(state);
    return new BigFraction(
        BigInteger.valueOf(network.scaledEnergy()), BigInteger.valueOf(parameters.scale()));
  }
}
