package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Sampling;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.testing.AllocationMeter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The methods that run per update or per sweep allocate nothing, in every representation: 0 bytes
 * over {@link AllocationMeter#MEASURED_RUNS} calls after warm-up, in the best of three
 * measurements. The stochastic methods are measured with beta changing from call to call, as
 * annealing changes it, so that lookup tables are refilled while measured.
 */
class AllocationTest {

  private static final int SIZE = 24;
  private static final String[] ALL = {
    "DenseInt", "DenseIntWide", "DenseLong", "DenseDouble", "LatticeTorus", "LatticeOpen"
  };
  private static final double[] BETAS = {0.0, 0.3, 1.0, 2.5, Double.POSITIVE_INFINITY};
  private static CompiledClasses classes;

  @BeforeAll
  static void compileOneNetworkPerRepresentation() {
    Network torus =
        TestNetworks.lattice(
            "lattice_torus",
            Lattice.of(4, 6, Lattice.Boundary.PERIODIC),
            Activation.BIPOLAR,
            1,
            2,
            filled(-1),
            Sampling.none(),
            List.of(new Clamp(5, 1)));
    Network open =
        TestNetworks.lattice(
            "lattice_open",
            Lattice.of(6, 4, Lattice.Boundary.OPEN),
            Activation.BINARY,
            2,
            1,
            thresholds(),
            Sampling.none(),
            List.of());
    classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(
                TestNetworks.model(
                    TestNetworks.network("dense_int", hebbian(1)),
                    TestNetworks.network("dense_int_wide", hebbian(1000)),
                    TestNetworks.network("dense_long", hebbian(1L << 35)),
                    TestNetworks.network("dense_double", floating()),
                    torus,
                    open),
                GeneratorOptions.of("org.example", "allocation.hnet")));
  }

  @Test
  void theNetworksCoverEveryRepresentation() {
    List<String> representations = new ArrayList<>();
    for (String name : ALL) {
      StochasticNetwork network = started(name);
      representations.add(network.info().representation());
    }

    assertThat(representations)
        .containsExactly(
            "dense int", "dense int", "dense long", "dense double", "lattice int", "lattice int");
  }

  @ParameterizedTest
  @MethodSource("names")
  void stochasticUpdatesAllocateNothing(String name) {
    StochasticNetwork network = started(name);
    SplittableRandom random = new SplittableRandom(3);
    int[] next = {0, 0};

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              double beta = BETAS[next[1]];
              network.gibbsUpdate(next[0], beta, random);
              network.metropolisUpdate((next[0] + 5) % SIZE, beta, random);
              network.probabilityOn(next[0], beta);
              network.clamp(next[0], network.state(next[0]));
              network.isClamped(next[0]);
              network.unclamp(next[0]);
              next[0] = (next[0] + 7) % SIZE;
              next[1] = (next[1] + 1) % BETAS.length;
            });

    assertThat(bytes).as(name).isZero();
  }

  @ParameterizedTest
  @MethodSource("names")
  void stochasticSweepsAndScansAllocateNothing(String name) {
    StochasticNetwork network = started(name);
    SplittableRandom random = new SplittableRandom(4);
    int[] order = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};
    int[] next = {0};

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              double beta = BETAS[next[0]];
              network.gibbsSweep(beta, random);
              network.gibbsSweep(order, beta, random);
              network.gibbsRandomScan(SIZE, beta, random);
              network.metropolisSweep(beta, random);
              network.metropolisRandomScan(SIZE, beta, random);
              next[0] = (next[0] + 1) % BETAS.length;
            });

    assertThat(bytes).as(name).isZero();
  }

  static Stream<String> names() {
    return Stream.of(ALL);
  }

  private static long[] filled(long value) {
    long[] values = new long[SIZE];
    Arrays.fill(values, value);
    return values;
  }

  private static long[] thresholds() {
    long[] values = new long[SIZE];
    for (int u = 0; u < SIZE; u++) {
      values[u] = u % 3 - 1;
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("names")
  void updateAllocatesNothing(String name) {
    StochasticNetwork network = started(name);
    int[] next = {0};

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              network.update(next[0]);
              next[0] = (next[0] + 7) % SIZE;
              if (!network.isClamped(next[0])) {
                network.setNeuron(next[0], network.activation().low());
              }
            });

    assertThat(bytes).as(name).isZero();
  }

  @ParameterizedTest
  @MethodSource("names")
  void sweepsAllocateNothing(String name) {
    StochasticNetwork network = started(name);
    int[] start = start(network);
    int[] order = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4};

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              network.setState(start);
              network.sweep(order);
              network.sweep();
            });

    assertThat(bytes).as(name).isZero();
  }

  @ParameterizedTest
  @MethodSource("names")
  void synchronousStepAllocatesNothing(String name) {
    StochasticNetwork network = started(name);
    int[] start = start(network);

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              network.setState(start);
              network.synchronousStep();
              network.synchronousStep();
            });

    assertThat(bytes).as(name).isZero();
  }

  @ParameterizedTest
  @MethodSource("names")
  void relaxAllocatesNothing(String name) {
    StochasticNetwork network = started(name);
    int[] start = start(network);
    network.setState(start);
    assertThat(network.relax(1_000_000)).as("relax does real work").isPositive();

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              network.setState(start);
              network.relax(1_000_000);
            });

    assertThat(bytes).as(name).isZero();
  }

  /**
   * The fewest bytes allocated in three measurements of {@code action}. An allocation per call
   * shows in every measurement (at least 16 bytes times {@link AllocationMeter#MEASURED_RUNS}); the
   * minimum only hides the rare one-off allocations of the JVM itself (88 bytes over a whole
   * measurement were seen about once in ten runs of this class while other builds shared the
   * machine).
   */
  private static long leastBytesAllocatedBy(Runnable action) {
    long least = Long.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      least = Math.min(least, AllocationMeter.bytesAllocatedBy(action));
    }
    return least;
  }

  private static StochasticNetwork started(String name) {
    StochasticNetwork network = classes.newInstance("org.example." + name, StochasticNetwork.class);
    network.setState(start(network));
    return network;
  }

  /** A start state that is not stable: every third neuron on; clamped neurons as they are. */
  private static int[] start(StochasticNetwork network) {
    Activation activation = network.activation();
    int[] start = new int[SIZE];
    for (int u = 0; u < SIZE; u++) {
      start[u] = u % 3 == 0 ? activation.high() : activation.low();
      start[u] = network.isClamped(u) ? network.state(u) : start[u];
    }
    return start;
  }

  /** Hebbian weights of two patterns, times {@code factor}, bipolar. */
  private static NetworkParameters hebbian(long factor) {
    int[][] patterns = new int[2][SIZE];
    for (int u = 0; u < SIZE; u++) {
      patterns[0][u] = u < SIZE / 2 ? 1 : -1;
      patterns[1][u] = u % 2 == 0 ? 1 : -1;
    }
    long[] weights = new long[SIZE * SIZE];
    for (int u = 0; u < SIZE; u++) {
      for (int v = 0; v < SIZE; v++) {
        long w = u == v ? 0 : patterns[0][u] * patterns[0][v] + patterns[1][u] * patterns[1][v];
        weights[u * SIZE + v] = w * factor;
      }
    }
    return new ExactParameters(SIZE, Activation.BIPOLAR, 1, weights, new long[SIZE]);
  }

  private static NetworkParameters floating() {
    ExactParameters exact = (ExactParameters) hebbian(1);
    double[] weights = new double[SIZE * SIZE];
    long[] scaled = exact.weights();
    for (int k = 0; k < weights.length; k++) {
      weights[k] = scaled[k] * 0.37;
    }
    return new FloatingParameters(SIZE, Activation.BINARY, weights, new double[SIZE]);
  }
}
