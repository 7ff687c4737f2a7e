package org.hnet.generator;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.plan.GroupNames;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.EnergyKind;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;

/** Hand-built models for the generator's tests, as the front end would produce them. */
final class TestNetworks {

  static final String FILE = "test.hnet";
  private static final SourceSpan SPAN = SourceSpan.startOf(FILE);

  private TestNetworks() {}

  /** A model file holding the given networks. */
  static Model model(Network... networks) {
    return new Model(FILE, List.of(networks));
  }

  /** Exact parameters from scaled numerators, weights given row by row (row = receiver). */
  static ExactParameters exact(
      Activation activation, long scale, long[][] weights, long[] thresholds) {
    int n = thresholds.length;
    long[] flat = new long[n * n];
    for (int u = 0; u < n; u++) {
      System.arraycopy(weights[u], 0, flat, u * n, n);
    }
    return new ExactParameters(n, activation, scale, flat, thresholds);
  }

  /** Floating-point parameters, weights given row by row. */
  static FloatingParameters floating(
      Activation activation, double[][] weights, double[] thresholds) {
    int n = thresholds.length;
    double[] flat = new double[n * n];
    for (int u = 0; u < n; u++) {
      System.arraycopy(weights[u], 0, flat, u * n, n);
    }
    return new FloatingParameters(n, activation, flat, thresholds);
  }

  /** A network whose neurons are single declarations named a, b, c, ... (then n26, n27, ...). */
  static Network network(String name, NetworkParameters parameters) {
    List<NeuronGroup> groups = new ArrayList<>();
    for (int u = 0; u < parameters.size(); u++) {
      String neuron = u < 26 ? String.valueOf((char) ('a' + u)) : "n" + u;
      groups.add(single(neuron, u));
    }
    return network(
        name,
        parameters,
        groups,
        0,
        0,
        PatternSet.empty(parameters.activation(), parameters.size()));
  }

  /** A network with the given groups, grid shape and stored patterns. */
  static Network network(
      String name,
      NetworkParameters parameters,
      List<NeuronGroup> groups,
      int rows,
      int columns,
      PatternSet patterns) {
    return network(name, parameters, groups, GroupNames.of(groups), rows, columns, patterns);
  }

  /** A network whose neuron names are given, whether or not its groups would make them. */
  static Network network(
      String name,
      NetworkParameters parameters,
      List<NeuronGroup> groups,
      List<String> names,
      int rows,
      int columns,
      PatternSet patterns) {
    List<Neuron> neurons = new ArrayList<>();
    for (int u = 0; u < names.size(); u++) {
      neurons.add(new Neuron(u, names.get(u), SPAN));
    }
    return new Network(
        name,
        SPAN,
        neurons,
        groups,
        rows,
        columns,
        Roles.allVisible(neurons.size()),
        parameters.activation(),
        Connectivity.completeGraph(),
        new WeightSource.Matrix(),
        parameters,
        patterns,
        EnergyKind.HOPFIELD,
        new Schedule.IndexOrder());
  }

  /**
   * A network on a lattice, as the front end makes it from {@code neurons spin[rows, columns];
   * connections lattice ...; coupling ...;}: the coupling {@code coupling / scale} on every bond,
   * the thresholds {@code thresholds[u] / scale}, and optionally declared sampling and clamps.
   */
  static Network lattice(
      String name,
      Lattice lattice,
      Activation activation,
      long coupling,
      long scale,
      long[] thresholds,
      Sampling sampling,
      List<Clamp> clamps) {
    SparseParameters bonds = lattice.parameters(activation, coupling, 0, scale);
    SparseParameters parameters =
        new SparseParameters(
            bonds.size(),
            activation,
            scale,
            bonds.rowStarts(),
            bonds.senders(),
            bonds.weights(),
            thresholds);
    List<NeuronGroup> groups = List.of(grid("spin", 0, lattice.rows(), lattice.columns()));
    List<String> names = GroupNames.of(groups);
    List<Neuron> neurons = new ArrayList<>();
    for (int u = 0; u < names.size(); u++) {
      neurons.add(new Neuron(u, names.get(u), SPAN));
    }
    return new Network(
        name,
        SPAN,
        neurons,
        groups,
        lattice.rows(),
        lattice.columns(),
        Roles.allVisible(neurons.size()),
        activation,
        Connectivity.lattice(lattice),
        new WeightSource.Coupling(new BigFraction(coupling, scale)),
        parameters,
        PatternSet.empty(activation, neurons.size()),
        EnergyKind.HOPFIELD,
        new Schedule.IndexOrder(),
        sampling,
        clamps);
  }

  /** {@code network} with the given sampling declarations and clamps. */
  static Network withSampling(Network network, Sampling sampling, List<Clamp> clamps) {
    return new Network(
        network.name(),
        network.span(),
        network.neurons(),
        network.groups(),
        network.rows(),
        network.columns(),
        network.roles(),
        network.activation(),
        network.connectivity(),
        network.weightSource(),
        network.parameters(),
        network.patterns(),
        network.energy(),
        network.schedule(),
        sampling,
        clamps);
  }

  /** A single neuron {@code name} at index {@code index}. */
  static NeuronGroup single(String name, int index) {
    return new NeuronGroup(name, NeuronGroup.Shape.SINGLE, index, 0, 1, 1, SPAN);
  }

  /** A range group {@code name[first..first + count - 1]} starting at neuron {@code index}. */
  static NeuronGroup range(String name, int index, int first, int count) {
    return new NeuronGroup(name, NeuronGroup.Shape.RANGE, index, first, 1, count, SPAN);
  }

  /** A grid group {@code name[rows, columns]} starting at neuron {@code index}. */
  static NeuronGroup grid(String name, int index, int rows, int columns) {
    return new NeuronGroup(name, NeuronGroup.Shape.GRID, index, 0, rows, columns, SPAN);
  }

  /**
   * The formalization's 4-neuron rational network with a tie (hebbian.json,
   * "extra_rational_hopfield"): W = [[0, 1/2, -1/2, 1], [1/2, 0, 1, -1/3], [-1/2, 1, 0, 2/3], [1,
   * -1/3, 2/3, 0]], thresholds [0, -1/3, 1/6, 1/2]; times their common denominator 6.
   */
  static Network rationalTie() {
    long[][] w = {{0, 3, -3, 6}, {3, 0, 6, -2}, {-3, 6, 0, 4}, {6, -2, 4, 0}};
    return network("rational_tie", exact(Activation.BIPOLAR, 6, w, new long[] {0, -2, 1, 3}));
  }

  /**
   * The formalization's general {@code test} network: binary, asymmetric M = [[0, 0, 4], [1, 0, 0],
   * [-2, 3, 0]] (row = receiver), thresholds 0; neurons x[1], x[2], x[3].
   */
  static Network leanTest() {
    long[][] w = {{0, 0, 4}, {1, 0, 0}, {-2, 3, 0}};
    ExactParameters parameters = exact(Activation.BINARY, 1, w, new long[3]);
    return network(
        "lean_test",
        parameters,
        List.of(range("x", 0, 1, 3)),
        0,
        0,
        PatternSet.empty(Activation.BINARY, 3));
  }

  /**
   * Weights too large for int: 2^40 between neurons 0 and 1, so net inputs exceed 2^31 and the
   * generator must choose long.
   */
  static Network largeWeights() {
    long big = 1L << 40;
    long[][] w = {{0, big, -3}, {big, 0, 5}, {-3, 5, 0}};
    return network("large_weights", exact(Activation.BIPOLAR, 1, w, new long[] {1, -big, 0}));
  }

  /** A floating-point network on a 1 x 3 grid with two labelled patterns. */
  static Network floatingGrid() {
    double[][] w = {{0, 0.1, -0.25}, {0.1, 0, 1e-3}, {-0.25, 1e-3, 0}};
    FloatingParameters parameters = floating(Activation.BIPOLAR, w, new double[] {0.05, 0, -1.5});
    PatternSet patterns =
        new PatternSet(
            Activation.BIPOLAR,
            3,
            List.of(new int[] {1, -1, 1}, new int[] {-1, -1, 1}),
            List.of("first", "second"));
    return network("floating_grid", parameters, List.of(grid("cell", 0, 1, 3)), 1, 3, patterns);
  }
}
