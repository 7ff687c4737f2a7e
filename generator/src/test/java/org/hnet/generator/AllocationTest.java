package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.testing.AllocationMeter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The methods that run per update or per sweep allocate nothing, in all three representations: 0
 * bytes over {@link AllocationMeter#MEASURED_RUNS} calls after warm-up, in the best of three
 * measurements.
 */
class AllocationTest {

  private static final int SIZE = 24;
  private static CompiledClasses classes;

  @BeforeAll
  static void compileOneNetworkPerRepresentation() {
    classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(
                TestNetworks.model(
                    TestNetworks.network("dense_int", hebbian(1)),
                    TestNetworks.network("dense_long", hebbian(1L << 35)),
                    TestNetworks.network("dense_double", floating())),
                GeneratorOptions.of("org.example", "allocation.hnet")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DenseInt", "DenseLong", "DenseDouble"})
  void updateAllocatesNothing(String name) {
    HopfieldNetwork network = started(name);
    int[] next = {0};

    long bytes =
        leastBytesAllocatedBy(
            () -> {
              network.update(next[0]);
              next[0] = (next[0] + 7) % SIZE;
              network.setNeuron(next[0], network.activation().low());
            });

    assertThat(bytes).as(name).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DenseInt", "DenseLong", "DenseDouble"})
  void sweepsAllocateNothing(String name) {
    HopfieldNetwork network = started(name);
    int[] start = start(network.activation());
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
  @ValueSource(strings = {"DenseInt", "DenseLong", "DenseDouble"})
  void synchronousStepAllocatesNothing(String name) {
    HopfieldNetwork network = started(name);
    int[] start = start(network.activation());

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
  @ValueSource(strings = {"DenseInt", "DenseLong", "DenseDouble"})
  void relaxAllocatesNothing(String name) {
    HopfieldNetwork network = started(name);
    int[] start = start(network.activation());
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

  private static HopfieldNetwork started(String name) {
    HopfieldNetwork network = classes.newInstance("org.example." + name, HopfieldNetwork.class);
    network.setState(start(network.activation()));
    return network;
  }

  /** A start state that is not stable: alternating values. */
  private static int[] start(Activation activation) {
    int[] start = new int[SIZE];
    for (int u = 0; u < SIZE; u++) {
      start[u] = u % 3 == 0 ? activation.high() : activation.low();
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
