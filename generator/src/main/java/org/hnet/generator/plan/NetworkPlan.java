package org.hnet.generator.plan;

import java.math.BigInteger;
import java.util.Arrays;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.SparseParameters;

/**
 * Everything decided about one generated class before any code is written.
 *
 * @param network the network
 * @param packageName the package of the class; empty for the unnamed package
 * @param className the simple name of the class
 * @param representation how it stores its numbers, and why
 * @param namesFromGroups whether the class rebuilds its neuron names from the group table instead
 *     of listing them (only for classes whose parameters are in a resource)
 * @param sourceLabel the model file as the header names it
 * @param generatorVersion the hnet version that generates the class
 */
public record NetworkPlan(
    Network network,
    String packageName,
    String className,
    Representation representation,
    boolean namesFromGroups,
    String sourceLabel,
    String generatorVersion) {

  /**
   * The most groups a class rebuilds its names from: one statement per group, so that the method
   * stays far below the 64 KiB a method may hold.
   */
  public static final int MAX_GROUPS = 1024;

  /** The plan for one network: representation chosen, names from groups where that works. */
  public static NetworkPlan of(
      Network network,
      String packageName,
      String className,
      String sourceLabel,
      String generatorVersion) {
    Representation representation = RepresentationChooser.choose(network);
    boolean fromGroups =
        representation.storage() == Storage.RESOURCE
            && network.groups().size() <= MAX_GROUPS
            && GroupNames.rebuild(network.groups(), network.neuronNames());
    return new NetworkPlan(
        network, packageName, className, representation, fromGroups, sourceLabel, generatorVersion);
  }

  /** Whether the neurons sit on a lattice. */
  public boolean isLattice() {
    return representation.isLattice();
  }

  /** The lattice the neurons sit on; only for {@link #isLattice()} plans. */
  public Lattice lattice() {
    return network.lattice().orElseThrow();
  }

  /** The common denominator of the weights and thresholds; 1 for floating-point parameters. */
  public long scale() {
    if (network.parameters() instanceof ExactParameters exact) {
      return exact.scale();
    }
    if (network.parameters() instanceof SparseParameters sparse) {
      return sparse.scale();
    }
    return 1;
  }

  /**
   * The coupling of a lattice times SCALE, an integer.
   *
   * @throws IllegalStateException if the network's weights are not those of its lattice's coupling
   */
  public long scaledCoupling() {
    if (!(network.weightSource() instanceof WeightSource.Coupling coupling)) {
      throw new IllegalStateException("network " + network.name() + " has no lattice coupling");
    }
    BigFraction product = coupling.coupling().multiply(BigInteger.valueOf(scale()));
    if (!product.isInteger()) {
      throw new IllegalStateException(
          "the coupling of network " + network.name() + " is no integer over SCALE");
    }
    long scaled = product.getNumerator().longValueExact();
    SparseParameters bonds = lattice().parameters(network.activation(), scaled, 0, scale());
    SparseParameters actual = (SparseParameters) network.parameters();
    if (!Arrays.equals(bonds.senders(), actual.senders())
        || !Arrays.equals(bonds.weights(), actual.weights())) {
      throw new IllegalStateException(
          "the weights of network " + network.name() + " are not the coupling of its lattice");
    }
    return scaled;
  }

  /** The binary name of the class, such as {@code org.example.Digits}. */
  public String qualifiedClassName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** The number of neurons. */
  public int size() {
    return network.size();
  }

  /** Whether the numbers are exact scaled integers. */
  public boolean isExact() {
    return representation.isExact();
  }

  /**
   * The name of the binary resource beside the class that holds one of its arrays, for example
   * {@code Digits.weights.bin} for {@code array = "weights"}.
   */
  public String resourceName(String array) {
    return className + "." + array + ".bin";
  }

  /** The resource's path relative to the output root: the package as folders, then the name. */
  public String resourcePath(String array) {
    return packageName.isEmpty()
        ? resourceName(array)
        : packageName.replace('.', '/') + "/" + resourceName(array);
  }
}
