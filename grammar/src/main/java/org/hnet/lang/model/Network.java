package org.hnet.lang.model;

import java.math.BigInteger;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
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
 * @param connectivity which connections exist
 * @param weightSource how the weights were given
 * @param parameters the weights and thresholds, exact where they fit 64-bit integers over a common
 *     denominator
 * @param patterns the stored patterns, in the network's activation coding
 * @param energy the declared energy
 * @param schedule the declared dynamics
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
    Schedule schedule) {

  /** Copies the lists and checks that the parts agree on the number of neurons. */
  public Network {
    neurons = List.copyOf(neurons);
    groups = List.copyOf(groups);
    int n = neurons.size();
    if (parameters.size() != n || roles.size() != n || patterns.length() != n) {
      throw new IllegalArgumentException("parts of network " + name + " disagree on its size " + n);
    }
    if (parameters.activation() != activation || patterns.activation() != activation) {
      throw new IllegalArgumentException("parts of network " + name + " disagree on activation");
    }
  }

  /** The number of neurons. */
  public int size() {
    return neurons.size();
  }

  /** Whether the weights and thresholds are exact rationals. */
  public boolean isExact() {
    return parameters instanceof ExactParameters;
  }

  /** The weight into {@code receiver} from {@code sender}, exactly. */
  public BigFraction weight(int receiver, int sender) {
    if (parameters instanceof ExactParameters exact) {
      return new BigFraction(
          BigInteger.valueOf(exact.scaledWeight(receiver, sender)),
          BigInteger.valueOf(exact.scale()));
    }
    return new BigFraction(((FloatingParameters) parameters).weight(receiver, sender));
  }

  /** The threshold of {@code neuron}, exactly. */
  public BigFraction threshold(int neuron) {
    if (parameters instanceof ExactParameters exact) {
      return new BigFraction(
          BigInteger.valueOf(exact.scaledThreshold(neuron)), BigInteger.valueOf(exact.scale()));
    }
    return new BigFraction(((FloatingParameters) parameters).threshold(neuron));
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
