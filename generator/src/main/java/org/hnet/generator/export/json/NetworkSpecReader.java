package org.hnet.generator.export.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.export.FormalStructure;
import org.hnet.lang.LoaderOptions;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.EnergyKind;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.WeightSource;
import org.hnet.lang.print.Literals;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/** Reads one element of a spec's {@code networks}, one method per member. */
final class NetworkSpecReader {

  /** The members of a network in format version 1. */
  private static final Set<String> MEMBERS_1 =
      Set.of(
          "name",
          "size",
          "neurons",
          "groups",
          "grid",
          "partition",
          "activation",
          "connections",
          "weightSource",
          "parameters",
          "formalization",
          "energy",
          "dynamics",
          "patterns");

  /** The members of a network in format version 2: version 1's and Boltzmann machines'. */
  private static final Set<String> MEMBERS_2 =
      Stream.concat(MEMBERS_1.stream(), Stream.of("lattice", "sampling", "clamps"))
          .collect(Collectors.toUnmodifiableSet());

  private final SourceSpan span;
  private final int version;
  private int size;

  private NetworkSpecReader(String label, int version) {
    this.span = SourceSpan.startOf(label);
    this.version = version;
  }

  /** A reader of networks of format {@code version}, whose positions name {@code label}. */
  static NetworkSpecReader of(String label, int version) {
    return new NetworkSpecReader(label, version);
  }

  Network read(SpecNode node) throws SpecException {
    node.allowOnly(version == 1 ? MEMBERS_1 : MEMBERS_2);
    String name = name(node.field("name"), "a network");
    size = node.field("size").integer(1, LoaderOptions.MAX_SUPPORTED_LATTICE);
    List<NeuronGroup> groups = groups(node.field("groups"));
    List<Neuron> neurons = neurons(node.field("neurons"), groups);
    int[] grid = grid(node.field("grid"), groups);
    Roles roles = partition(node.field("partition"));
    Activation activation = activation(node.field("activation"));
    Optional<LatticeReader.Read> lattice = lattice(node, groups, activation);
    if (lattice.isEmpty() && size > LoaderOptions.MAX_SUPPORTED) {
      throw node.field("size")
          .error(
              "a network off a lattice has at most "
                  + LoaderOptions.MAX_SUPPORTED
                  + " neurons, found "
                  + size);
    }
    Connectivity connectivity =
        lattice.isPresent()
            ? Connectivity.lattice(lattice.get().lattice())
            : connections(node.field("connections"));
    WeightSource source = weightSource(node.field("weightSource"), lattice);
    NetworkParameters parameters =
        lattice.isPresent()
            ? lattice.get().parameters()
            : ParametersReader.of(size, activation, connectivity, version)
                .read(node.field("parameters"));
    EnergyKind energy = energy(node.field("energy"));
    Schedule schedule = dynamics(node.field("dynamics"));
    SamplingReader sampling = SamplingReader.of(size, activation);
    Sampling declared =
        version == 1 ? Sampling.none() : sampling.sampling(node.field("sampling"), schedule);
    List<Clamp> clamps = version == 1 ? List.of() : sampling.clamps(node.field("clamps"));
    ParametersReader.formalization(
        node.field("formalization"),
        node.field("parameters"),
        parameters,
        FormalStructure.of(activation, declared),
        version);
    PatternSet patterns = patterns(node.field("patterns"), activation);
    return new Network(
        name,
        span,
        neurons,
        groups,
        grid[0],
        grid[1],
        roles,
        activation,
        connectivity,
        source,
        parameters,
        patterns,
        energy,
        schedule,
        declared,
        clamps);
  }

  // a lattice iff connections.kind is "lattice"; its description is the lattice member
  private Optional<LatticeReader.Read> lattice(
      SpecNode node, List<NeuronGroup> groups, Activation activation) throws SpecException {
    SpecNode connections = node.field("connections");
    boolean isLattice = connections.field("kind").string().equals("lattice");
    if (version == 1) {
      return Optional.empty();
    }
    SpecNode description = node.field("lattice");
    if (!isLattice) {
      if (!description.isNull()) {
        throw description.error("lattice must be null unless connections.kind is \"lattice\"");
      }
      return Optional.empty();
    }
    connections.allowOnly(Set.of("kind"));
    return Optional.of(
        LatticeReader.of(size, activation, groups).read(description, node.field("parameters")));
  }

  private static String name(SpecNode node, String what) throws SpecException {
    String name = node.string();
    if (!Literals.isName(name)) {
      throw node.error(
          "\""
              + name
              + "\" cannot name "
              + what
              + ": a name is a letter or _ followed by letters, digits and _, and not a keyword");
    }
    return name;
  }

  // groups cover the neurons in order: firstIndex of each is the size of those before it
  private List<NeuronGroup> groups(SpecNode node) throws SpecException {
    List<NeuronGroup> groups = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int next = 0;
    for (SpecNode element : node.elements()) {
      NeuronGroup group = group(element, next);
      if (!names.add(group.name())) {
        throw element.field("name").error("two neuron groups are named " + group.name());
      }
      next += group.size();
      if (next > size) {
        throw element.error("the groups hold more neurons than the network's size " + size);
      }
      groups.add(group);
    }
    if (next != size) {
      throw node.error("the groups hold " + next + " neurons, but the network has " + size);
    }
    return groups;
  }

  private NeuronGroup group(SpecNode node, int firstIndex) throws SpecException {
    node.allowOnly(Set.of("name", "shape", "firstIndex", "firstLabel", "rows", "columns"));
    String name = name(node.field("name"), "a neuron group");
    NeuronGroup.Shape shape = shape(node.field("shape"));
    SpecNode first = node.field("firstIndex");
    if (first.integer() != firstIndex) {
      throw first.error("expected " + firstIndex + ", the number of neurons in earlier groups");
    }
    int label = node.field("firstLabel").integer(Integer.MIN_VALUE, Integer.MAX_VALUE - size);
    int rows = node.field("rows").integer(1, size);
    int columns = node.field("columns").integer(1, size);
    boolean fits =
        switch (shape) {
          case SINGLE -> rows == 1 && columns == 1 && label == 0;
          case RANGE -> rows == 1;
          case GRID -> label == 0;
        };
    if (!fits) {
      throw node.error("firstLabel, rows and columns do not fit a group of shape " + shape);
    }
    return new NeuronGroup(name, shape, firstIndex, label, rows, columns, span);
  }

  private static NeuronGroup.Shape shape(SpecNode node) throws SpecException {
    String shape = node.string();
    for (NeuronGroup.Shape candidate : NeuronGroup.Shape.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(shape)) {
        return candidate;
      }
    }
    throw node.error("unknown shape \"" + shape + "\"; expected single, range or grid");
  }

  // neuron names are those of their groups: a, x[3], pixel[2, 5]
  private List<Neuron> neurons(SpecNode node, List<NeuronGroup> groups) throws SpecException {
    List<SpecNode> elements = node.elements(size, "neuron names");
    List<Neuron> neurons = new ArrayList<>();
    for (NeuronGroup group : groups) {
      for (int k = 0; k < group.size(); k++) {
        SpecNode element = elements.get(neurons.size());
        String expected = neuronName(group, k);
        if (!element.string().equals(expected)) {
          throw element.error("expected the name " + expected + " from its group");
        }
        neurons.add(new Neuron(neurons.size(), expected, span));
      }
    }
    return neurons;
  }

  private static String neuronName(NeuronGroup group, int k) {
    return switch (group.shape()) {
      case SINGLE -> group.name();
      case RANGE -> group.name() + "[" + (group.firstLabel() + k) + "]";
      case GRID -> group.name() + "[" + k / group.columns() + ", " + k % group.columns() + "]";
    };
  }

  // a grid iff the neurons are exactly one grid group
  private static int[] grid(SpecNode node, List<NeuronGroup> groups) throws SpecException {
    boolean isGrid = groups.size() == 1 && groups.get(0).shape() == NeuronGroup.Shape.GRID;
    if (node.isNull() && !isGrid) {
      return new int[] {0, 0};
    }
    if (node.isNull() || !isGrid) {
      throw node.error(
          isGrid
              ? "the neurons are one grid, so grid must give its rows and columns"
              : "grid must be null unless the neurons are exactly one grid group");
    }
    node.allowOnly(Set.of("rows", "columns"));
    NeuronGroup group = groups.get(0);
    if (node.field("rows").integer() != group.rows()
        || node.field("columns").integer() != group.columns()) {
      throw node.error("grid differs from the grid group's rows and columns");
    }
    return new int[] {group.rows(), group.columns()};
  }

  // input and output non-empty, hidden disjoint from both, every neuron in some role
  private Roles partition(SpecNode node) throws SpecException {
    node.allowOnly(Set.of("input", "output", "hidden"));
    BitSet input = indexSet(node.field("input"));
    BitSet output = indexSet(node.field("output"));
    BitSet hidden = indexSet(node.field("hidden"));
    if (input.isEmpty() || output.isEmpty()) {
      throw node.error("a network needs at least one input and one output neuron");
    }
    BitSet visible = (BitSet) input.clone();
    visible.or(output);
    if (visible.intersects(hidden)) {
      throw node.field("hidden").error("a hidden neuron is also input or output");
    }
    visible.or(hidden);
    if (visible.cardinality() != size) {
      throw node.error("neuron " + visible.nextClearBit(0) + " has no role");
    }
    return Roles.of(size, input, output, hidden);
  }

  private BitSet indexSet(SpecNode node) throws SpecException {
    BitSet set = new BitSet(size);
    int previous = -1;
    for (SpecNode element : node.elements()) {
      int index = element.integer(0, size - 1);
      if (index <= previous) {
        throw element.error("neuron indices must be listed in increasing order, once each");
      }
      previous = index;
      set.set(index);
    }
    return set;
  }

  private static Activation activation(SpecNode node) throws SpecException {
    String value = node.string();
    for (Activation activation : Activation.values()) {
      if (activation.describe().equals(value)) {
        return activation;
      }
    }
    throw node.error("unknown activation \"" + value + "\"; expected bipolar or binary");
  }

  // complete, or a list of [sender, receiver] pairs without self-loops or repeats
  private Connectivity connections(SpecNode node) throws SpecException {
    String kind = node.field("kind").string();
    if (kind.equals("complete")) {
      node.allowOnly(Set.of("kind"));
      return Connectivity.completeGraph();
    }
    if (!kind.equals("list")) {
      throw node.field("kind")
          .error(
              "unknown kind \""
                  + kind
                  + "\"; expected complete or list"
                  + (version == 1 ? "" : " or lattice"));
    }
    node.allowOnly(Set.of("kind", "edges"));
    List<Connection> connections = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (SpecNode edge : node.field("edges").elements()) {
      List<SpecNode> ends = edge.elements(2, "neuron indices (sender, receiver)");
      int from = ends.get(0).integer(0, size - 1);
      int to = ends.get(1).integer(0, size - 1);
      if (from == to || !seen.add((long) from * size + to)) {
        throw edge.error(from == to ? "a neuron cannot connect to itself" : "connection repeated");
      }
      connections.add(new Connection(from, to, span));
    }
    return new Connectivity(false, connections);
  }

  private static WeightSource weightSource(SpecNode node, Optional<LatticeReader.Read> lattice)
      throws SpecException {
    String kind = node.field("kind").string();
    if (!kind.equals("learned")) {
      node.allowOnly(Set.of("kind"));
    }
    if (lattice.isPresent() != kind.equals("coupling")) {
      throw node.field("kind")
          .error(
              lattice.isPresent()
                  ? "a lattice's weights come from its coupling: expected \"coupling\""
                  : "only a lattice has weights from a coupling");
    }
    if (lattice.isPresent()) {
      return new WeightSource.Coupling(lattice.get().coupling());
    }
    return switch (kind) {
      case "unspecified" -> new WeightSource.Unspecified();
      case "matrix" -> new WeightSource.Matrix();
      case "edges" -> new WeightSource.Edges();
      case "learned" -> learned(node);
      default ->
          throw node.field("kind")
              .error(
                  "unknown kind \""
                      + kind
                      + "\"; expected unspecified, matrix, edges, learned or coupling");
    };
  }

  private static WeightSource learned(SpecNode node) throws SpecException {
    node.allowOnly(Set.of("kind", "rule", "scale"));
    SpecNode ruleNode = node.field("rule");
    Optional<LearningRuleKind> rule = LearningRuleKind.byKeyword(ruleNode.string());
    if (rule.isEmpty()) {
      throw ruleNode.error(
          "unknown rule \"" + ruleNode.string() + "\"; expected hebbian, storkey or pseudoinverse");
    }
    SpecNode scaleNode = node.field("scale");
    BigFraction scale = scaleNode.rational();
    if (rule.get() != LearningRuleKind.HEBBIAN && !scale.equals(BigFraction.ONE)) {
      throw scaleNode.error("only the hebbian rule takes a scale other than 1");
    }
    return new WeightSource.Learned(rule.get(), scale);
  }

  private static EnergyKind energy(SpecNode node) throws SpecException {
    node.allowOnly(Set.of("kind"));
    String kind = node.field("kind").string();
    for (EnergyKind energy : EnergyKind.values()) {
      if (energy.keyword().equals(kind)) {
        return energy;
      }
    }
    throw node.field("kind").error("unknown energy \"" + kind + "\"; expected hopfield");
  }

  private Schedule dynamics(SpecNode node) throws SpecException {
    String kind = node.field("kind").string();
    if (kind.equals("synchronous")) {
      node.allowOnly(Set.of("kind"));
      return new Schedule.Synchronous();
    }
    if (!kind.equals("asynchronous")) {
      throw node.field("kind")
          .error("unknown dynamics \"" + kind + "\"; expected asynchronous or synchronous");
    }
    String order = node.field("order").string();
    node.allowOnly(
        order.equals("given") ? Set.of("kind", "order", "sequence") : Set.of("kind", "order"));
    return switch (order) {
      case "index" -> new Schedule.IndexOrder();
      case "random" -> new Schedule.RandomOrder();
      case "given" -> given(node.field("sequence"));
      default ->
          throw node.field("order")
              .error("unknown order \"" + order + "\"; expected index, given or random");
    };
  }

  // a given order visits every neuron at least once
  private Schedule given(SpecNode node) throws SpecException {
    List<SpecNode> elements = node.elements();
    int[] order = new int[elements.size()];
    BitSet visited = new BitSet(size);
    for (int k = 0; k < order.length; k++) {
      order[k] = elements.get(k).integer(0, size - 1);
      visited.set(order[k]);
    }
    if (visited.cardinality() != size) {
      throw node.error("the order misses neuron " + visited.nextClearBit(0));
    }
    return new Schedule.GivenOrder(order);
  }

  private PatternSet patterns(SpecNode node, Activation activation) throws SpecException {
    List<int[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (SpecNode element : node.elements()) {
      element.allowOnly(Set.of("label", "values"));
      SpecNode label = element.field("label");
      if (!Literals.isWritableText(label.string()) || labels.contains(label.string())) {
        throw label.error("a label must be unique and hold no carriage return or NUL");
      }
      labels.add(label.string());
      rows.add(values(element.field("values"), activation));
    }
    return new PatternSet(activation, size, rows, labels);
  }

  private int[] values(SpecNode node, Activation activation) throws SpecException {
    List<SpecNode> elements = node.elements(size, "values, one per neuron");
    int[] values = new int[size];
    for (int u = 0; u < size; u++) {
      values[u] = elements.get(u).integer();
      if (!activation.contains(values[u])) {
        throw elements
            .get(u)
            .error(
                values[u]
                    + " is not "
                    + activation.describe()
                    + " (expected "
                    + activation.low()
                    + " or "
                    + activation.high()
                    + ")");
      }
    }
    return values;
  }
}
