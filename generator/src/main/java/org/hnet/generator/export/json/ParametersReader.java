package org.hnet.generator.export.json;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.export.FormalStructure;
import org.hnet.lang.model.Connectivity;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.SparseParameters;

/**
 * Reads a network's {@code parameters} and checks them as the front end checks weights: exact
 * values are integers over the given scale, floating ones are exactly doubles, the weights are
 * symmetric with a zero diagonal and zero where no connection exists.
 */
final class ParametersReader {

  private final int size;
  private final Activation activation;
  private final Connectivity connectivity;
  private final int version;

  private ParametersReader(
      int size, Activation activation, Connectivity connectivity, int version) {
    this.size = size;
    this.activation = activation;
    this.connectivity = connectivity;
    this.version = version;
  }

  /** A reader of the dense parameters of a network of format {@code version}. */
  static ParametersReader of(
      int size, Activation activation, Connectivity connectivity, int version) {
    return new ParametersReader(size, activation, connectivity, version);
  }

  NetworkParameters read(SpecNode node) throws SpecException {
    boolean exact = node.field("exact").bool();
    Set<String> members =
        exact
            ? Set.of("exact", "storage", "scale", "weights", "thresholds")
            : Set.of("exact", "storage", "weights", "thresholds");
    node.allowOnly(version == 1 ? without(members, "storage") : members);
    if (version > 1 && !node.field("storage").string().equals("dense")) {
      throw node.field("storage")
          .error(
              "a network off a lattice has \"dense\" storage, not \""
                  + node.field("storage").string()
                  + "\"");
    }
    SpecNode weightsNode = node.field("weights");
    BigFraction[][] weights = weights(weightsNode);
    BigFraction[] thresholds = vector(node.field("thresholds"));
    checkWeights(weightsNode, weights);
    if (exact) {
      return exact(node, weightsNode, weights, thresholds);
    }
    return floating(weightsNode, weights, node.field("thresholds"), thresholds);
  }

  private BigFraction[][] weights(SpecNode node) throws SpecException {
    List<SpecNode> rows = node.elements(size, "rows, one per receiving neuron");
    BigFraction[][] weights = new BigFraction[size][];
    for (int u = 0; u < size; u++) {
      weights[u] = vector(rows.get(u));
    }
    return weights;
  }

  private BigFraction[] vector(SpecNode node) throws SpecException {
    List<SpecNode> elements = node.elements(size, "values, one per neuron");
    BigFraction[] values = new BigFraction[size];
    for (int k = 0; k < size; k++) {
      values[k] = elements.get(k).rational();
    }
    return values;
  }

  // w(u, u) = 0, w(u, v) = w(v, u), w(u, v) = 0 without a connection into u from v
  private void checkWeights(SpecNode node, BigFraction[][] w) throws SpecException {
    for (int u = 0; u < size; u++) {
      for (int v = 0; v < size; v++) {
        String problem = problem(w, u, v);
        if (problem != null) {
          throw at(node, u, v).error(problem);
        }
      }
    }
  }

  private String problem(BigFraction[][] w, int u, int v) {
    if (w[u][v].signum() == 0) {
      return null;
    }
    if (u == v) {
      return "the weight of neuron " + u + " into itself must be 0";
    }
    if (!w[u][v].equals(w[v][u])) {
      return "weights are not symmetric: into " + u + " from " + v + " differs from the reverse";
    }
    if (!connectivity.complete() && !connectivity.connects(v, u)) {
      return "a non-zero weight into " + u + " from " + v + ", but no such connection";
    }
    return null;
  }

  private static SpecNode at(SpecNode weights, int u, int v) throws SpecException {
    return weights.elements().get(u).elements().get(v);
  }

  private NetworkParameters exact(
      SpecNode node, SpecNode weightsNode, BigFraction[][] weights, BigFraction[] thresholds)
      throws SpecException {
    BigInteger scale = scale(node.field("scale"));
    long[] w = new long[size * size];
    for (int u = 0; u < size; u++) {
      for (int v = 0; v < size; v++) {
        w[u * size + v] = scaled(at(weightsNode, u, v), weights[u][v], scale);
      }
    }
    long[] t = new long[size];
    List<SpecNode> thresholdNodes = node.field("thresholds").elements();
    for (int u = 0; u < size; u++) {
      t[u] = scaled(thresholdNodes.get(u), thresholds[u], scale);
    }
    try {
      return new ExactParameters(size, activation, scale.longValueExact(), w, t);
    } catch (IllegalArgumentException tooLarge) {
      throw node.error(tooLarge.getMessage() + "; write them with \"exact\": false");
    }
  }

  /** The common denominator a scale member gives: a positive whole number below 2^62. */
  static BigInteger scale(SpecNode scaleNode) throws SpecException {
    BigFraction scaleValue = scaleNode.rational();
    if (!scaleValue.isInteger()
        || scaleValue.signum() <= 0
        || scaleValue.getNumerator().bitLength() > 62) {
      throw scaleNode.error("the scale must be a positive whole number below 2^62");
    }
    return scaleValue.getNumerator();
  }

  /** {@code value} times {@code scale}, which must be a 64-bit whole number. */
  static long scaled(SpecNode at, BigFraction value, BigInteger scale) throws SpecException {
    BigFraction product = value.multiply(new BigFraction(scale));
    if (!product.isInteger() || product.getNumerator().bitLength() > 63) {
      throw at.error(
          Rationals.text(value) + " times the scale " + scale + " is not a 64-bit whole number");
    }
    return product.getNumerator().longValueExact();
  }

  private NetworkParameters floating(
      SpecNode weightsNode, BigFraction[][] weights, SpecNode thresholdsNode, BigFraction[] t)
      throws SpecException {
    double[] w = new double[size * size];
    for (int u = 0; u < size; u++) {
      for (int v = 0; v < size; v++) {
        w[u * size + v] = asDouble(at(weightsNode, u, v), weights[u][v]);
      }
    }
    double[] thresholds = new double[size];
    List<SpecNode> thresholdNodes = thresholdsNode.elements();
    for (int u = 0; u < size; u++) {
      thresholds[u] = asDouble(thresholdNodes.get(u), t[u]);
    }
    return new FloatingParameters(size, activation, w, thresholds);
  }

  /** The double whose exact value is {@code value}; anything else would not round-trip. */
  private static double asDouble(SpecNode at, BigFraction value) throws SpecException {
    java.util.OptionalDouble x = Rationals.asDouble(value);
    if (x.isEmpty()) {
      throw at.error(
          Rationals.text(value)
              + " is not exactly a double; floating weights are written as their doubles' values");
    }
    return x.getAsDouble();
  }

  private static Set<String> without(Set<String> members, String member) {
    return members.stream().filter(m -> !m.equals(member)).collect(Collectors.toSet());
  }

  /**
   * Checks the derived formalization vectors against the parameters they come from: the structure
   * the network instantiates, the lengths of its σ and θ vectors, σ = [0] for two-state networks
   * and θ = [threshold]. The vectors are listed exactly when the parameters list the thresholds.
   * Version 1 named every binary network a general {@code NeuralNetwork} with {@code κ1 = 0}.
   */
  static void formalization(
      SpecNode node,
      SpecNode parametersNode,
      NetworkParameters parameters,
      FormalStructure structure,
      int version)
      throws SpecException {
    node.allowOnly(Set.of("structure", "kappa1", "kappa2", "sigma", "theta"));
    boolean oldBinary = version == 1 && structure == FormalStructure.ZERO_ONE;
    String expected = oldBinary ? "NeuralNetwork" : structure.specName();
    int kappa1 = oldBinary ? 0 : structure.kappa1();
    SpecNode name = node.field("structure");
    if (!name.string().equals(expected)) {
      throw name.error("expected \"" + expected + "\" for this network");
    }
    if (node.field("kappa1").integer() != kappa1 || node.field("kappa2").integer() != 1) {
      throw node.error(
          "a " + expected + " has kappa1 = " + kappa1 + " and kappa2 = " + structure.kappa2());
    }
    boolean listed = parametersNode.optionalField("thresholds").isPresent();
    if (!listed) {
      node.allowOnly(Set.of("structure", "kappa1", "kappa2"));
      return;
    }
    vectors(node, parameters, kappa1);
  }

  private static void vectors(SpecNode node, NetworkParameters parameters, int kappa1)
      throws SpecException {
    int n = parameters.size();
    List<SpecNode> sigma = node.field("sigma").elements(n, "sigma vectors");
    List<SpecNode> theta = node.field("theta").elements(n, "theta vectors");
    for (int u = 0; u < n; u++) {
      for (SpecNode value : sigma.get(u).elements(kappa1, "sigma values (kappa1)")) {
        if (value.rational().signum() != 0) {
          throw value.error("sigma holds 0: the two-state networks do not use it");
        }
      }
      SpecNode value = theta.get(u).elements(1, "theta values (kappa2 = 1)").get(0);
      if (!value.rational().equals(threshold(parameters, u))) {
        throw value.error("theta of neuron " + u + " differs from its threshold");
      }
    }
  }

  private static BigFraction threshold(NetworkParameters parameters, int u) {
    if (parameters instanceof ExactParameters exact) {
      return new BigFraction(exact.scaledThreshold(u)).divide(exact.scale());
    }
    if (parameters instanceof SparseParameters sparse) {
      return new BigFraction(sparse.scaledThreshold(u)).divide(sparse.scale());
    }
    return Rationals.exact(parameters.threshold(u));
  }
}
