package org.hnet.runtime.stochastic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sampled marginals against the exact ones, within 4 standard errors estimated by batch means (100
 * batches). Odds of a false failure: with 100 batches, (mean - truth) / error follows Student's t
 * with 99 degrees of freedom, and P(|t| > 4) is about 1.2e-4 per comparison. This class makes 70
 * comparisons (52 Gibbs marginals of bm5 and bm8, 15 for the other update methods, one clamped
 * marginal, and two Ising averages), so a correct sampler run with a random seed would fail about
 * once in 120 runs; the seeds are fixed, so the outcome is reproducible.
 */
class GibbsSamplingTest {

  private static final int BATCHES = 100;
  private static final long SWEEPS = 200_000;

  @ParameterizedTest(name = "{0} {1} T={2} {3}")
  @CsvSource({
    "bm5, BINARY, 1, GIBBS_SYSTEMATIC",
    "bm5, BINARY, 0.5, GIBBS_SYSTEMATIC",
    "bm5, BIPOLAR, 1, GIBBS_SYSTEMATIC",
    "bm5, BIPOLAR, 0.5, GIBBS_SYSTEMATIC",
    "bm8, BINARY, 1, GIBBS_SYSTEMATIC",
    "bm8, BINARY, 0.5, GIBBS_SYSTEMATIC",
    "bm8, BIPOLAR, 1, GIBBS_SYSTEMATIC",
    "bm8, BIPOLAR, 0.5, GIBBS_SYSTEMATIC",
    "bm5, BIPOLAR, 0.5, GIBBS_RANDOM_SCAN",
    "bm5, BIPOLAR, 0.5, METROPOLIS_SYSTEMATIC",
    "bm5, BIPOLAR, 0.5, METROPOLIS_RANDOM_SCAN"
  })
  void sampledMarginalsMatchTheExactOnesWithinFourStandardErrors(
      String name, Activation coding, double temperature, UpdateMethod method) {
    JsonNode data = ReferenceData.boltzmannMachine(name);
    ReferenceNetwork network = ReferenceNetwork.of(ReferenceData.parameters(data, coding));
    double[] exact = ReferenceData.doubles(resultFor(data, coding, temperature).get("P_on"));

    double[][] on = onIndicators(network, method, 1 / temperature, new SplittableRandom(2024));

    for (int u = 0; u < exact.length; u++) {
      BatchMeans estimate = BatchMeans.of(on[u], BATCHES);
      assertThat(estimate.covers(exact[u], 4))
          .as("neuron %d: sampled %s, exact %s", u, estimate, exact[u])
          .isTrue();
    }
  }

  private static JsonNode resultFor(JsonNode data, Activation coding, double temperature) {
    for (JsonNode result : data.get("results")) {
      if (result.get("convention").asText().equalsIgnoreCase(coding.name())
          && result.get("T").asDouble() == temperature) {
        return result;
      }
    }
    throw new IllegalArgumentException("no result for " + coding + " at T = " + temperature);
  }

  /** For each neuron, 1 where it is on in a sample and 0 where it is off. */
  private static double[][] onIndicators(
      StochasticNetwork network, UpdateMethod method, double beta, SplittableRandom random) {
    int n = network.size();
    double[][] on = new double[n][(int) SWEEPS];
    int high = network.activation().high();
    new Sampler(method, 1_000, SWEEPS, 1)
        .run(
            network,
            beta,
            random,
            (sample, net) -> {
              for (int u = 0; u < n; u++) {
                on[u][(int) sample] = net.state(u) == high ? 1 : 0;
              }
            });
    return on;
  }

  @Test
  void aClampedUnitHoldsWhileTheOtherIsSampledFromItsConditional() {
    // binary, w = 2, thresholds (1/2, 0), T = 1, unit 1 clamped on:
    // P(unit 0 on) = sigma(2 - 1/2) = sigma(1.5) = 0.817574476193644
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(
                2, Activation.BINARY, 2, new long[] {0, 4, 4, 0}, new long[] {1, 0}));
    network.clamp(1, 1);

    double[][] on =
        onIndicators(network, UpdateMethod.GIBBS_RANDOM_SCAN, 1, new SplittableRandom(99));

    assertThat(BatchMeans.of(on[0], BATCHES).covers(0.817574476193644, 4)).isTrue();
    assertThat(on[1]).containsOnly(1.0);
    assertThat(network.clamps()).isEqualTo(List.of(new Clamp(1, 1)));
  }

  @Test
  void aSampledFourByFourIsingTorusMatchesTheExactTableAtTemperatureTwo() {
    // ising_exact_small.json, L = 4, T = 2: e = <E>/N and <|m|>
    JsonNode row = isingRow(4, 2.0);
    Lattice torus = Lattice.of(4, 4, Lattice.Boundary.PERIODIC);
    ReferenceNetwork network =
        ReferenceNetwork.of(
            torus.parameters(Activation.BIPOLAR, 1, 0, 1), torus.info("ising", Activation.BIPOLAR));

    Trace trace =
        new Sampler(UpdateMethod.GIBBS_SYSTEMATIC, 1_000, SWEEPS, 1)
            .trace(network, 0.5, new SplittableRandom(4));
    double[] energyPerSpin = trace.energies();
    double[] absM = trace.magnetisations();
    for (int k = 0; k < trace.length(); k++) {
      energyPerSpin[k] /= 16;
      absM[k] = Math.abs(absM[k]);
    }

    BatchMeans e = BatchMeans.of(energyPerSpin, BATCHES);
    BatchMeans m = BatchMeans.of(absM, BATCHES);
    assertThat(e.covers(row.get("e_per_spin").asDouble(), 4)).as("e: %s", e).isTrue();
    assertThat(m.covers(row.get("mean_abs_m").asDouble(), 4)).as("<|m|>: %s", m).isTrue();
  }

  private static JsonNode isingRow(int side, double temperature) {
    for (JsonNode row : ReferenceData.ISING_SMALL.get("table")) {
      if (row.get("L").asInt() == side
          && row.get("given").asText().equals("T")
          && row.get("value").asDouble() == temperature) {
        return row;
      }
    }
    throw new IllegalArgumentException("no Ising row for L = " + side + ", T = " + temperature);
  }
}
