package org.hnet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.hnet.examples.ising.Ising32;
import org.hnet.examples.ising.Ising4;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.ReferenceData;
import org.hnet.runtime.stochastic.Sampler;
import org.hnet.runtime.stochastic.Trace;
import org.hnet.runtime.stochastic.UpdateMethod;
import org.junit.jupiter.api.Test;

/**
 * The Ising classes that hnet-maven-plugin generated from ising/ at build time, sampled with the
 * runtime's {@link Sampler} and compared with exact values: the 4 x 4 torus with its enumeration
 * (data/ising/ising_exact_small.json), the 32 x 32 torus with Onsager's infinite lattice, whose
 * finite-size correction at T = 2 is 5e-8 (see the cli's IsingTransitionTest). Each comparison uses
 * 40 batch means, so a correct sampler fails one with probability 2.7e-4 (Student's t, 39 degrees
 * of freedom, beyond 4).
 */
class IsingExampleTest {

  @Test
  void theLatticeClassCountsEveryBondOnce() {
    Ising4 network = new Ising4();
    int[] allOn = new int[Ising4.SIZE];
    Arrays.fill(allOn, 1);

    network.setState(allOn);

    // 2N = 32 bonds on the 4 x 4 torus, each -J s_i s_j = -1; four neighbours per spin
    assertThat(network.energy()).isEqualTo(-32.0);
    assertThat(network.netInput(5)).isEqualTo(4.0);
    assertThat(Ising4.BETA).isEqualTo(0.5);
  }

  @Test
  void theFourByFourTorusSamplesItsExactEnergyAndMagnetisation() {
    JsonNode exact = row(4, 2.0);
    Ising4 network = new Ising4();

    Trace trace =
        new Sampler(UpdateMethod.GIBBS_RANDOM_SCAN, 1_000, 40_000, 1)
            .trace(network, Ising4.BETA, new SplittableRandom(41));

    BatchMeans energy = BatchMeans.of(scaled(trace.energies(), 1.0 / Ising4.SIZE), 40);
    BatchMeans absM = BatchMeans.of(absolute(trace.magnetisations()), 40);
    assertThat(Math.abs(energy.deviation(exact.get("e_per_spin").asDouble()))).isLessThan(4);
    assertThat(Math.abs(absM.deviation(exact.get("mean_abs_m").asDouble()))).isLessThan(4);
  }

  @Test
  void theThirtyTwoByThirtyTwoTorusSamplesOnsagersEnergyBelowTheTransition() {
    StochasticNetwork network = new Ising32();
    int[] allOn = new int[Ising32.SIZE];
    Arrays.fill(allOn, 1);
    network.setState(allOn);

    Trace trace =
        new Sampler(UpdateMethod.GIBBS_SYSTEMATIC, 500, 4_000, 1)
            .trace(network, Ising32.BETA, new SplittableRandom(43));

    // Onsager's u(T = 2) = -1.74556457531255 (data/ising/ising_onsager_infinite.json)
    BatchMeans energy = BatchMeans.of(scaled(trace.energies(), 1.0 / Ising32.SIZE), 40);
    assertThat(Math.abs(energy.deviation(-1.74556457531255))).isLessThan(4);
    assertThat(BatchMeans.of(absolute(trace.magnetisations()), 40).mean())
        .as("<|m|> below T_c, near Yang's M(T = 2) = 0.911")
        .isCloseTo(0.911, within(0.05));
  }

  private static JsonNode row(int side, double temperature) {
    for (JsonNode row : ReferenceData.ISING_SMALL.get("table")) {
      if (row.get("L").asInt() == side
          && row.get("given").asText().equals("T")
          && row.get("value").asDouble() == temperature) {
        return row;
      }
    }
    throw new AssertionError("no row for L = " + side + ", T = " + temperature);
  }

  private static double[] scaled(double[] values, double factor) {
    return Arrays.stream(values).map(v -> v * factor).toArray();
  }

  private static double[] absolute(double[] values) {
    return Arrays.stream(values).map(Math::abs).toArray();
  }
}
