package org.hnet.lang.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;
import org.hnet.runtime.stochastic.Annealing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equivalence ignores nothing that means something: each component of a {@link Network}, and each
 * part of the sampling declarations, is changed in turn, and equivalence must name the change. A
 * test checks that every component of the record has a mutation here, so a component added later
 * without being compared fails the build.
 */
class ModelEquivalenceTest {

  private static final String TEXT =
      """
      network dense {
        neurons a, x[1..3];
        weights [[0, 1, -1, 0], [1, 0, 1/2, 0], [-1, 1/2, 0, 2], [0, 0, 2, 0]];
        thresholds [0, 1/4, -1/4, 1];
        patterns { first: "++--"; }
        temperature 2;
        dynamics gibbs order [x[3], a, x[1], x[2]];
        anneal linear from 4 to 2 over 10 sweeps;
        clamp a = 1, x[2] = -1;
      }
      network grid {
        neurons s[2, 3];
        activation binary;
        connections lattice periodic;
        coupling -1/2;
        field 1/3;
        beta 0;
        dynamics metropolis sweep;
      }
      """;

  private static final Model MODEL = parse(TEXT);
  private static final Network DENSE = MODEL.networks().get(0);
  private static final Network GRID = MODEL.networks().get(1);
  private static final SourceSpan ELSEWHERE = SourceSpan.startOf("elsewhere.hnet");

  /** A change to one network and the words its difference must start with. */
  record Mutation(String component, String label, Network base, UnaryOperator<Network> change) {
    @Override
    public String toString() {
      return component + ": " + label + " (" + base.name() + ")";
    }
  }

  static List<Mutation> mutations() {
    List<Mutation> all = new ArrayList<>();
    all.add(dense("name", "name", n -> with(n, Map.of("name", "other"))));
    all.add(dense("neurons", "neurons", n -> with(n, Map.of("neurons", renamedFirst(n)))));
    all.add(dense("groups", "groups", n -> with(n, Map.of("groups", renamedGroup(n)))));
    all.add(grid("rows", "grid", n -> with(n, Map.of("rows", 3))));
    all.add(grid("columns", "grid", n -> with(n, Map.of("columns", 2))));
    all.add(dense("roles", "roles", n -> with(n, Map.of("roles", onlyFirstInput(n.size())))));
    all.add(dense("activation", "activation", ModelEquivalenceTest::binary));
    all.add(dense("connectivity", "connections", n -> with(n, Map.of("connectivity", edges(n)))));
    all.add(grid("connectivity", "connections", n -> relattice(n, Lattice.Boundary.OPEN)));
    all.add(grid("connectivity", "connections", n -> lattice(n, Lattice.of(3, 2, periodic()))));
    all.add(dense("weightSource", "weight source", n -> with(n, Map.of("weightSource", edges()))));
    all.add(grid("weightSource", "weight source", n -> with(n, Map.of("weightSource", j(1)))));
    all.add(dense("parameters", "weight into 2 from 3", n -> dense(n, 2, 3, 3, 0)));
    all.add(dense("parameters", "threshold of 1", n -> dense(n, 0, 0, 0, 1)));
    all.add(grid("parameters", "weights into 0", ModelEquivalenceTest::strongerBonds));
    all.add(grid("parameters", "threshold of 5", ModelEquivalenceTest::lastThreshold));
    all.add(dense("patterns", "patterns", n -> with(n, Map.of("patterns", relabelled(n)))));
    all.add(dense("patterns", "patterns", n -> with(n, Map.of("patterns", flipped(n)))));
    // there is one energy; null stands for another, to show the component is compared
    all.add(dense("energy", "energy", n -> with(n, nullEnergy())));
    all.add(grid("schedule", "dynamics", n -> with(n, Map.of("schedule", synchronous()))));
    all.add(dense("sampling", "temperature", n -> temperature(n, Temperature.ofBeta(half()))));
    all.add(dense("sampling", "temperature", n -> temperature(n, Temperature.ofTemperature(q(3)))));
    all.add(grid("sampling", "temperature", n -> temperature(n, Temperature.ofTemperature(q(0)))));
    all.add(grid("sampling", "temperature", n -> sampling(n, Optional.empty(), null, null)));
    all.add(dense("sampling", "stochastic dynamics", ModelEquivalenceTest::otherOrder));
    all.add(
        grid("sampling", "stochastic dynamics", n -> dynamics(n, StochasticDynamics.gibbsSweep())));
    all.add(
        grid(
            "sampling",
            "stochastic dynamics",
            n -> dynamics(n, StochasticDynamics.metropolisRandomScan())));
    all.add(dense("sampling", "annealing", n -> anneal(n, Annealing.Shape.GEOMETRIC, 4, 2, 10)));
    all.add(dense("sampling", "annealing", n -> anneal(n, Annealing.Shape.LINEAR, 5, 2, 10)));
    all.add(dense("sampling", "annealing", n -> anneal(n, Annealing.Shape.LINEAR, 4, 1, 10)));
    all.add(dense("sampling", "annealing", n -> anneal(n, Annealing.Shape.LINEAR, 4, 2, 11)));
    all.add(dense("clamps", "clamps", n -> clamps(n, List.of(new Clamp(0, -1)))));
    all.add(dense("clamps", "clamps", n -> clamps(n, List.of(new Clamp(1, 1), new Clamp(2, -1)))));
    all.add(dense("clamps", "clamps", n -> clamps(n, List.of())));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void aChangedComponentIsADifference(Mutation mutation) {
    Network changed = mutation.change().apply(mutation.base());
    Model other = replace(mutation.base(), changed);

    List<String> differences = ModelEquivalence.differences(MODEL, other);

    assertThat(differences)
        .as(mutation.toString())
        .anyMatch(d -> d.startsWith("network " + mutation.base().name() + ": " + mutation.label()));
  }

  @Test
  void everyComponentOfANetworkHasAMutationExceptItsSourcePosition() {
    Set<String> mutated = new HashSet<>();
    mutations().forEach(m -> mutated.add(m.component()));

    List<String> components =
        Arrays.stream(Network.class.getRecordComponents()).map(RecordComponent::getName).toList();

    assertThat(mutated).containsExactlyInAnyOrderElementsOf(without(components, "span"));
  }

  @Test
  void sourcePositionsTheFileNameAndTheScaleAreNotDifferences() {
    Network moved = with(DENSE, Map.of("span", ELSEWHERE));
    Model elsewhere = new Model("elsewhere.hnet", List.of(moved, GRID));
    Network rescaled = dense(DENSE, 0, 0, 0, 0);

    assertThat(ModelEquivalence.differences(MODEL, elsewhere)).isEmpty();
    assertThat(((ExactParameters) rescaled.parameters()).scale())
        .isNotEqualTo(((ExactParameters) DENSE.parameters()).scale());
    assertThat(ModelEquivalence.differences(MODEL, replace(DENSE, rescaled))).isEmpty();
  }

  @Test
  void theModelSurvivesThePrinter() {
    String printed = ModelPrinter.print(MODEL);

    assertThat(ModelEquivalence.differences(MODEL, parse(printed))).as(printed).isEmpty();
    assertThat(printed)
        .contains("  temperature 2;\n")
        .contains("  dynamics gibbs order [x[3], a, x[1..2]];\n")
        .contains("  anneal linear from 4 to 2 over 10 sweeps;\n")
        .contains("  clamp x[2] = -1, a = 1;\n")
        .contains("  connections lattice periodic;\n  coupling -1/2;\n")
        .contains("  field 1/3;\n")
        .contains("  beta 0;\n")
        .contains("  dynamics metropolis sweep;\n")
        .doesNotContain("dynamics asynchronous");
  }

  private static List<String> without(List<String> names, String name) {
    return names.stream().filter(n -> !n.equals(name)).toList();
  }

  private static Mutation dense(String component, String label, UnaryOperator<Network> change) {
    return new Mutation(component, label, DENSE, change);
  }

  private static Mutation grid(String component, String label, UnaryOperator<Network> change) {
    return new Mutation(component, label, GRID, change);
  }

  /** The network with some components replaced, through the canonical constructor. */
  static Network with(Network network, Map<String, Object> replacements) {
    RecordComponent[] components = Network.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int k = 0; k < components.length; k++) {
        String name = components[k].getName();
        types[k] = components[k].getType();
        values[k] =
            replacements.containsKey(name)
                ? replacements.get(name)
                : components[k].getAccessor().invoke(network);
      }
      Constructor<Network> canonical = Network.class.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Model replace(Network old, Network changed) {
    List<Network> networks = new ArrayList<>(MODEL.networks());
    networks.set(networks.indexOf(old), changed);
    return new Model(MODEL.file(), networks);
  }

  private static Map<String, Object> nullEnergy() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("energy", null);
    return map;
  }

  private static List<Neuron> renamedFirst(Network n) {
    List<Neuron> neurons = new ArrayList<>(n.neurons());
    neurons.set(0, new Neuron(0, "b", ELSEWHERE));
    return neurons;
  }

  private static List<NeuronGroup> renamedGroup(Network n) {
    List<NeuronGroup> groups = new ArrayList<>(n.groups());
    NeuronGroup g = groups.get(1);
    groups.set(
        1,
        new NeuronGroup("y", g.shape(), g.firstIndex(), g.firstLabel(), 1, g.columns(), g.span()));
    return groups;
  }

  private static Roles onlyFirstInput(int size) {
    BitSet first = new BitSet();
    first.set(0);
    BitSet all = new BitSet();
    all.set(0, size);
    return Roles.of(size, first, all, new BitSet());
  }

  private static Network binary(Network n) {
    ExactParameters p = (ExactParameters) n.parameters();
    ExactParameters asBinary =
        new ExactParameters(p.size(), Activation.BINARY, p.scale(), p.weights(), p.thresholds());
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("activation", Activation.BINARY);
    map.put("parameters", asBinary);
    map.put("patterns", n.patterns().in(Activation.BINARY));
    map.put("clamps", List.of(new Clamp(0, 1), new Clamp(2, 0)));
    return with(n, map);
  }

  private static Connectivity edges(Network n) {
    List<Connection> connections = new ArrayList<>();
    for (int u = 0; u < n.size(); u++) {
      for (int v = 0; v < n.size(); v++) {
        if (u != v && (u + v) % 5 != 0) {
          connections.add(new Connection(v, u, ELSEWHERE));
        }
      }
    }
    return new Connectivity(false, connections);
  }

  private static WeightSource edges() {
    return new WeightSource.Edges();
  }

  private static WeightSource j(int coupling) {
    return new WeightSource.Coupling(q(coupling));
  }

  private static Lattice.Boundary periodic() {
    return Lattice.Boundary.PERIODIC;
  }

  private static Network relattice(Network n, Lattice.Boundary boundary) {
    return lattice(n, Lattice.of(n.rows(), n.columns(), boundary));
  }

  private static Network lattice(Network n, Lattice lattice) {
    return with(n, Map.of("connectivity", Connectivity.lattice(lattice)));
  }

  /** The dense network with one weight pair and one threshold set, over a new scale 12. */
  private static Network dense(Network n, int u, int v, int weight, int threshold) {
    int size = n.size();
    long[] weights = new long[size * size];
    long[] thresholds = new long[size];
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        weights[r * size + c] = scaled(n.weight(r, c), 12);
      }
      thresholds[r] = scaled(n.threshold(r), 12);
    }
    if (u != v) {
      weights[u * size + v] = 12L * weight;
      weights[v * size + u] = 12L * weight;
    }
    thresholds[1] += 12L * threshold;
    ExactParameters p = new ExactParameters(size, n.activation(), 12, weights, thresholds);
    return with(n, Map.of("parameters", p));
  }

  private static long scaled(BigFraction value, long scale) {
    return value.multiply(new BigInteger(Long.toString(scale))).getNumerator().longValueExact();
  }

  private static Network strongerBonds(Network n) {
    SparseParameters p = (SparseParameters) n.parameters();
    long[] weights = p.weights();
    Arrays.setAll(weights, k -> 2 * weights[k]);
    return sparse(n, p, weights, p.thresholds());
  }

  private static Network lastThreshold(Network n) {
    SparseParameters p = (SparseParameters) n.parameters();
    long[] thresholds = p.thresholds();
    thresholds[5] += 1;
    return sparse(n, p, p.weights(), thresholds);
  }

  private static Network sparse(Network n, SparseParameters p, long[] weights, long[] thresholds) {
    SparseParameters changed =
        new SparseParameters(
            p.size(), p.activation(), p.scale(), p.rowStarts(), p.senders(), weights, thresholds);
    return with(n, Map.of("parameters", changed));
  }

  private static PatternSet relabelled(Network n) {
    PatternSet p = n.patterns();
    return new PatternSet(p.activation(), p.length(), p.rows(), List.of("second"));
  }

  private static PatternSet flipped(Network n) {
    PatternSet p = n.patterns();
    int[] row = p.pattern(0);
    row[3] = -row[3];
    return new PatternSet(p.activation(), p.length(), List.of(row), p.labels());
  }

  private static Schedule synchronous() {
    return new Schedule.Synchronous();
  }

  private static BigFraction q(int value) {
    return new BigFraction(value);
  }

  private static BigFraction half() {
    return new BigFraction(1, 2);
  }

  private static Network sampling(
      Network n,
      Optional<Temperature> temperature,
      StochasticDynamics dynamics,
      AnnealingSchedule annealing) {
    Sampling s = n.sampling();
    Sampling changed =
        new Sampling(
            temperature,
            dynamics == null ? s.dynamics() : Optional.of(dynamics),
            annealing == null ? s.annealing() : Optional.of(annealing));
    return with(n, Map.of("sampling", changed));
  }

  private static Network temperature(Network n, Temperature temperature) {
    return sampling(n, Optional.of(temperature), null, null);
  }

  private static Network dynamics(Network n, StochasticDynamics dynamics) {
    return sampling(n, n.sampling().temperature(), dynamics, null);
  }

  private static Network otherOrder(Network n) {
    return dynamics(n, StochasticDynamics.gibbsOrder(new int[] {3, 0, 2, 1}));
  }

  private static Network anneal(Network n, Annealing.Shape shape, int start, int end, long sweeps) {
    AnnealingSchedule schedule = new AnnealingSchedule(shape, q(start), q(end), sweeps);
    return sampling(n, n.sampling().temperature(), null, schedule);
  }

  private static Network clamps(Network n, List<Clamp> clamps) {
    return with(n, Map.of("clamps", clamps));
  }

  private static Model parse(String text) {
    LoadResult result = ModelLoader.of().parse("test.hnet", text, Path.of("."));
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }
}
