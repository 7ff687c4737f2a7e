package org.hnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hnet.runtime.exact.ReferenceData;
import org.hnet.runtime.testing.AllocationMeter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stochastic method of the reference network allocates nothing per call. */
class StochasticAllocationTest {

  static Stream<ReferenceNetwork> networks() {
    ReferenceNetwork dense =
        ReferenceNetwork.of(
            ReferenceData.parameters(ReferenceData.boltzmannMachine("bm8"), Activation.BIPOLAR));
    dense.clamp(2, 1);
    Lattice torus = Lattice.of(8, 8, Lattice.Boundary.PERIODIC);
    ReferenceNetwork sparse = ReferenceNetwork.of(torus.parameters(Activation.BINARY, 2, 1, 2));
    ReferenceNetwork floating =
        ReferenceNetwork.of(
            new FloatingParameters(
                3,
                Activation.BIPOLAR,
                new double[] {0, 0.5, -1, 0.5, 0, 2, -1, 2, 0},
                new double[3]));
    return Stream.of(dense, sparse, floating);
  }

  @ParameterizedTest
  @MethodSource("networks")
  void everyStochasticMethodAllocatesNothing(ReferenceNetwork network) {
    SplittableRandom random = new SplittableRandom(1);
    int[] order = {1, 0, 1};
    double beta = 0.7;

    assertThat(bytes(() -> network.gibbsUpdate(1, beta, random))).as("gibbsUpdate").isZero();
    assertThat(bytes(() -> network.gibbsSweep(beta, random))).as("gibbsSweep").isZero();
    assertThat(bytes(() -> network.gibbsSweep(order, beta, random)))
        .as("gibbsSweep(order)")
        .isZero();
    assertThat(bytes(() -> network.gibbsRandomScan(5, beta, random)))
        .as("gibbsRandomScan")
        .isZero();
    assertThat(bytes(() -> network.metropolisUpdate(1, beta, random)))
        .as("metropolisUpdate")
        .isZero();
    assertThat(bytes(() -> network.metropolisSweep(beta, random))).as("metropolisSweep").isZero();
    assertThat(bytes(() -> network.metropolisRandomScan(5, beta, random)))
        .as("metropolisRandomScan")
        .isZero();
    assertThat(bytes(() -> network.probabilityOn(0, beta))).as("probabilityOn").isZero();
    assertThat(bytes(() -> network.gibbsSweep(Double.POSITIVE_INFINITY, random)))
        .as("gibbsSweep at T = 0")
        .isZero();
  }

  /**
   * The fewer bytes of two measurements: an allocation per call shows in both, while a one-off
   * allocation by the JVM itself (a compilation or deoptimization landing in the measured window)
   * does not repeat.
   */
  private static long bytes(Runnable action) {
    return Math.min(
        AllocationMeter.bytesAllocatedBy(action), AllocationMeter.bytesAllocatedBy(action));
  }
}
