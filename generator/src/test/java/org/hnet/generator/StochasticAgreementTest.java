package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.hnet.generator.plan.RepresentationChooser;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Sampling;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random networks, generated and compiled, sample exactly the trajectories of ReferenceNetwork from
 * generators of the same seed: Gibbs and Metropolis updates, sweeps (in index order and in a given
 * order) and random scans, probabilities of turning on, clamping and unclamping, mixed with
 * deterministic updates, at inverse temperatures 0, +infinity and between, changing from one
 * operation to the next as annealing changes them.
 *
 * <p>The networks cover every representation: dense exact networks with small numerators (lookup
 * tables keyed by the local field), with numerators up to 10^6 (no table) or times 2^33 (long, no
 * table), floating-point networks, and lattices, periodic or open, with one threshold (lookup
 * tables keyed by the neighbour sum) or a threshold per site; both activations; and about a third
 * with clamps declared in the model. Each seed compiles a batch of them in one javac run; a failure
 * names the seed, the network, its parameters and the operation.
 */
class StochasticAgreementTest {

  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.sampled", "s.hnet");

  /** The batches: seeds {@code SEED} to {@code SEED + BATCHES - 1}. */
  private static final long SEED = 70_001;

  private static final int BATCHES = 30;

  private static final int OPERATIONS = 150;

  private static final long[] SCALES = {1, 2, 3, 6, 12};

  static LongStream seeds() {
    return LongStream.range(SEED, SEED + BATCHES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedNetworksSampleTheReferenceTrajectories(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Network> networks = new ArrayList<>();
    int count = random.nextInt(1, 9);
    for (int k = 0; k < count; k++) {
      networks.add(randomNetwork("n" + k, random));
    }
    CompiledClasses classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(TestNetworks.model(networks.toArray(Network[]::new)), OPTIONS));

    for (int k = 0; k < count; k++) {
      Network network = networks.get(k);
      StochasticNetwork generated =
          classes.newInstance("org.sampled.N" + k, StochasticNetwork.class);
      String where = "seed " + seed + ", network n" + k + ": " + describe(network);
      Trajectories.check(
          generated, Trajectories.reference(network), random.nextLong(), OPERATIONS, where);
    }
  }

  @Test
  void theBatchesCoverEveryRepresentation() {
    List<String> seen = new ArrayList<>();
    seeds()
        .forEach(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              int count = random.nextInt(1, 9);
              for (int k = 0; k < count; k++) {
                Network network = randomNetwork("n" + k, random);
                var representation = RepresentationChooser.choose(network);
                seen.add(
                    representation.describe()
                        + (representation.lookup().isPresent() ? " table" : "")
                        + (network.clamps().isEmpty() ? "" : " clamps"));
                random.nextLong();
              }
            });

    assertThat(seen)
        .contains(
            "dense int table",
            "dense int",
            "dense long",
            "dense double",
            "lattice int table",
            "lattice int",
            "dense int table clamps",
            "lattice int table clamps");
  }

  @Test
  void aNegativeOrNanBetaIsRefusedByBoth() {
    Network network = TestNetworks.rationalTie();
    StochasticNetwork generated =
        Compilers.RUNTIME_ONLY
            .compile(JavaGenerator.generate(TestNetworks.model(network), OPTIONS))
            .newInstance("org.sampled.RationalTie", StochasticNetwork.class);
    ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());

    for (double beta : new double[] {-1, Double.NaN, Double.NEGATIVE_INFINITY}) {
      SplittableRandom random = new SplittableRandom(1);
      assertThatThrownBy(() -> generated.gibbsSweep(beta, random))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> reference.gibbsSweep(beta, random))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> generated.metropolisRandomScan(3, beta, random))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> generated.gibbsRandomScan(-1, 1, new SplittableRandom(1)))
        .hasMessageContaining("-1");
  }

  /** One of six kinds, then perhaps clamps declared in the model. */
  private static Network randomNetwork(String name, SplittableRandom random) {
    int kind = random.nextInt(6);
    Network network =
        switch (kind) {
          case 0 -> TestNetworks.network(name, exact(random, () -> random.nextLong(-3, 4)));
          case 1 ->
              TestNetworks.network(name, exact(random, () -> random.nextLong(-999_999, 1_000_000)));
          case 2 -> TestNetworks.network(name, exact(random, () -> random.nextLong(-3, 4) << 33));
          case 3 -> TestNetworks.network(name, floating(random));
          default -> lattice(name, random, kind == 4);
        };
    if (random.nextInt(3) != 0) {
      return network;
    }
    return TestNetworks.withSampling(network, Sampling.none(), clamps(network, random));
  }

  private static List<Clamp> clamps(Network network, SplittableRandom random) {
    List<Clamp> clamps = new ArrayList<>();
    for (int u = 0; u < network.size(); u++) {
      if (random.nextInt(4) == 0) {
        clamps.add(new Clamp(u, network.activation().of(random.nextBoolean())));
      }
    }
    return clamps;
  }

  /** Exact parameters of 1 to 10 neurons; four in five have symmetric weights. */
  private static NetworkParameters exact(SplittableRandom random, LongSupplier numerator) {
    int n = random.nextInt(1, 11);
    Activation activation = Activation.values()[random.nextInt(2)];
    long scale = SCALES[random.nextInt(SCALES.length)];
    long[] weights = LongStream.generate(numerator).limit((long) n * n).toArray();
    long[] thresholds = LongStream.generate(numerator).limit(n).toArray();
    if (random.nextInt(5) != 0) {
      mirror(n, weights);
    }
    return new ExactParameters(n, activation, scale, weights, thresholds);
  }

  private static NetworkParameters floating(SplittableRandom random) {
    int n = random.nextInt(1, 11);
    Activation activation = Activation.values()[random.nextInt(2)];
    double[] weights = new double[n * n];
    double[] thresholds = new double[n];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = random.nextInt(4) == 0 ? random.nextInt(-4, 5) / 2.0 : random.nextDouble(-2, 2);
    }
    for (int u = 0; u < n; u++) {
      thresholds[u] = random.nextInt(3) == 0 ? 0.0 : random.nextDouble(-1, 1);
      for (int v = 0; v < u; v++) {
        weights[u * n + v] = weights[v * n + u];
      }
    }
    return new FloatingParameters(n, activation, weights, thresholds);
  }

  /** A lattice of 1 to 6 rows and columns; with one threshold, or one per site. */
  private static Network lattice(String name, SplittableRandom random, boolean uniform) {
    Lattice lattice =
        Lattice.of(
            random.nextInt(1, 7),
            random.nextInt(1, 7),
            Lattice.Boundary.values()[random.nextInt(2)]);
    Activation activation = Activation.values()[random.nextInt(2)];
    long scale = SCALES[random.nextInt(3)];
    long coupling = random.nextLong(-3, 4);
    long[] thresholds = new long[lattice.size()];
    long field = random.nextLong(-4, 5);
    for (int u = 0; u < thresholds.length; u++) {
      thresholds[u] = uniform ? -field : random.nextLong(-4, 5);
    }
    return TestNetworks.lattice(
        name, lattice, activation, coupling, scale, thresholds, Sampling.none(), List.of());
  }

  private static void mirror(int n, long[] weights) {
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < u; v++) {
        weights[u * n + v] = weights[v * n + u];
      }
    }
  }

  private static String describe(Network network) {
    NetworkParameters parameters = network.parameters();
    String numbers =
        parameters instanceof ExactParameters exact
            ? " weights="
                + Arrays.toString(exact.weights())
                + " thresholds="
                + Arrays.toString(exact.thresholds())
            : parameters instanceof FloatingParameters floating
                ? " weights="
                    + Arrays.toString(floating.weights())
                    + " thresholds="
                    + Arrays.toString(floating.thresholds())
                : " " + network.lattice().orElseThrow() + " coupling " + network.weightSource();
    return parameters + numbers + " clamps=" + network.clamps();
  }
}
