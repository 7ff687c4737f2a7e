package org.hnet.lang.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;

/**
 * One checked network: everything needed to generate, interpret or export it. Immutable.
 *
 * @param name the network's name
 * @param span where the name was written
 * @param neurons the neurons in index order
 * @param groups the declarations that made them, in file order
 * @param rows the number of rows when the neurons form exactly one grid, else 0
 * @param columns the number of columns when the neurons form exactly one grid, else 0
 * @param roles the partition into input, output and hidden neurons
 * @param activation the values neurons take
 * @param connectivity which connections exist, a lattice among them
 * @param weightSource how the weights were given
 * @param parameters the weights and thresholds: exact where they fit 64-bit integers over a common
 *     denominator ({@link ExactParameters}, or {@link SparseParameters} for a lattice, and then
 *     only for a lattice)
 * @param patterns the stored patterns, in the network's activation coding
 * @param energy the declared energy
 * @param schedule the declared deterministic dynamics (index order when stochastic dynamics are
 *     declared instead)
 * @param sampling the declared temperature, stochastic dynamics and annealing
 * @param clamps the clamped neurons and their values, in index order, each neuron at most once
 */
public record Network(
    String name,
    SourceSpan span,
    List<Neuron> neurons,
    List<NeuronGroup> groups,
    int rows,
    int columns,
    Roles roles,
    Activation activation,
    Connectivity connectivity,
    WeightSource weightSource,
    NetworkParameters parameters,
    PatternSet patterns,
    EnergyKind energy,
    Schedule schedule,
    Sampling sampling,
    List<Clamp> clamps) {

  /** Copies the lists and checks that the parts agree on the number of neurons. */
  public Network {
    neurons = List.copyOf(neurons);
    groups = List.copyOf(groups);
    clamps = List.copyOf(clamps);
    Objects.requireNonNull(sampling, "sampling");
    int n = neurons.size();
    if (parameters.size() != n || roles.size() != n || patterns.length() != n) {
      throw new IllegalArgumentException("parts of network " + name + " disagree on its size " + n);
    }
    if (parameters.activation() != activation || patterns.activation() != activation) {
      throw new IllegalArgumentException("parts of network " + name + " disagree on activation");
    }
    checkLattice(name, connectivity.lattice(), parameters);
    checkClamps(name, clamps, n, activation);
  }

  /** A network that declares no temperature, no stochastic dynamics and no clamps. */
  public Network(
      String name,
      SourceSpan span,
      List<Neuron> neurons,
      List<NeuronGroup> groups,
      int rows,
      int columns,
      Roles roles,
      Activation activation,
      Connectivity connectivity,
      WeightSource weightSource,
      NetworkParameters parameters,
      PatternSet patterns,
      EnergyKind energy,
      Schedule schedule) {
    this(
        name,
        span,
        neurons,
        groups,
        rows,
        columns,
        roles,
        activation,
        connectivity,
        weightSource,
        parameters,
        patterns,
        energy,
        schedule,
        Sampling.none(),
        List.of());
  }

  private static void checkLattice(
      String name, Optional<Lattice> lattice, NetworkParameters parameters) {
    boolean sparse = parameters instanceof SparseParameters;
    if (sparse != lattice.isPresent()) {
      throw new IllegalArgumentException(
          "network " + name + ": sparse parameters go with a lattice, and only with one");
    }
    if (lattice.isPresent() && lattice.get().size() != parameters.size()) {
      throw new IllegalArgumentException(
          "network " + name + " has " + parameters.size() + " neurons on " + lattice.get());
    }
  }

  private static void checkClamps(String name, List<Clamp> clamps, int n, Activation activation) {
    int previous = -1;
    for (Clamp clamp : clamps) {
      if (clamp.neuron() <= previous || clamp.neuron() >= n) {
        throw new IllegalArgumentException(
            "network "
                + name
                + ": clamps must name neurons in increasing index order, got "
                + clamps);
      }
      if (!activation.contains(clamp.value())) {
        throw new IllegalArgumentException(
            "network "
                + name
                + ": clamp value "
                + clamp.value()
                + " is not "
                + activation.describe());
      }
      previous = clamp.neuron();
    }
  }

  /** The number of neurons. */
  public int size() {
    return neurons.size();
  }

  /** Whether the weights and thresholds are exact rationals (dense or on a lattice). */
  public boolean isExact() {
    return !(parameters instanceof FloatingParameters);
  }

  /** The lattice the neurons sit on, if the network declares {@code connections lattice}. */
  public Optional<Lattice> lattice() {
    return connectivity.lattice();
  }

  /** The weight into {@code receiver} from {@code sender}, exactly. */
  public BigFraction weight(int receiver, int sender) {
    if (parameters instanceof ExactParameters exact) {
      return fraction(exact.scaledWeight(receiver, sender), exact.scale());
    }
    if (parameters instanceof SparseParameters sparse) {
      return fraction(sparse.scaledWeight(receiver, sender), sparse.scale());
    }
    return new BigFraction(parameters.weight(receiver, sender));
  }

  /** The threshold of {@code neuron}, exactly. */
  public BigFraction threshold(int neuron) {
    if (parameters instanceof ExactParameters exact) {
      return fraction(exact.scaledThreshold(neuron), exact.scale());
    }
    if (parameters instanceof SparseParameters sparse) {
      return fraction(sparse.scaledThreshold(neuron), sparse.scale());
    }
    return new BigFraction(parameters.threshold(neuron));
  }

  private static BigFraction fraction(long numerator, long denominator) {
    return new BigFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Whether the neurons form one grid, so states can be drawn as pictures. */
  public boolean isGrid() {
    return rows > 0;
  }

  /** The neuron names in index order. */
  public List<String> neuronNames() {
    return neurons.stream().map(Neuron::name).toList();
  }
}
