package org.hnet.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hnet.examples.boltzmann.Bm5Binary;
import org.hnet.examples.boltzmann.Bm5Bipolar;
import org.hnet.examples.boltzmann.Bm8Bipolar;
import org.hnet.examples.boltzmann.ClampedPair;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.ReferenceData;
import org.hnet.runtime.stochastic.Sampler;
import org.hnet.runtime.stochastic.UpdateMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Boltzmann machines that hnet-maven-plugin generated from boltzmann/ at build time, against
 * data/boltzmann/bm_exact.json and the clamped pair's closed form. Sampling comparisons use 40
 * batch means: a correct sampler fails one with probability 2.7e-4 (Student's t, 39 degrees of
 * freedom, beyond 4), so the 8 marginals of bm8 fail together with probability at most 2.2e-3.
 */
class BoltzmannExampleTest {

  static Stream<Arguments> fiveNeuronMachines() {
    return Stream.of(
        Arguments.of("binary", 1.0, (Supplier<StochasticNetwork>) Bm5Binary::new),
        Arguments.of("bipolar", 2.0, (Supplier<StochasticNetwork>) Bm5Bipolar::new));
  }

  /**
   * In every state, P(u on | rest) = sigma(gap (net(u) - threshold(u)) / T) with gap 1 for binary
   * and 2 for bipolar neurons, net and threshold computed here from the decimal strings of the
   * data.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveNeuronMachines")
  void theGibbsConditionalsFollowTheStatedFormula(
      String coding, double gap, Supplier<StochasticNetwork> generated) {
    JsonNode data = ReferenceData.boltzmannMachine("bm5");
    StochasticNetwork network = generated.get();
    int off = coding.equals("binary") ? 0 : -1;

    for (int index = 0; index < 32; index++) {
      int[] state = new int[5];
      for (int u = 0; u < 5; u++) {
        state[u] = (index >>> u & 1) == 1 ? 1 : off;
      }
      network.setState(state);
      for (int u = 0; u < 5; u++) {
        double h = -data.at("/thresholds/" + u).asDouble();
        for (int v = 0; v < 5; v++) {
          h += v == u ? 0 : data.at("/weights/" + u + "/" + v).asDouble() * state[v];
        }
        double expected = 1 / (1 + Math.exp(-gap * h / 1.0));
        assertThat(network.probabilityOn(u, 1.0))
            .as("%s state %d neuron %d", coding, index, u)
            .isCloseTo(expected, within(1e-12));
      }
    }
  }

  @Test
  void gibbsSamplingMatchesTheExactMarginalsOfTheEightNeuronMachine() {
    JsonNode exact = ReferenceData.boltzmannMachine("bm8").at("/results/2");
    assertThat(exact.get("convention").asText()).isEqualTo("bipolar");
    StochasticNetwork network = new Bm8Bipolar();
    int samples = 40_000;
    double[][] on = new double[8][samples];

    new Sampler(UpdateMethod.GIBBS_RANDOM_SCAN, 500, samples, 1)
        .run(
            network,
            Bm8Bipolar.BETA,
            new SplittableRandom(47),
            (sample, net) -> {
              for (int u = 0; u < 8; u++) {
                on[u][(int) sample] = net.state(u) == 1 ? 1 : 0;
              }
            });

    for (int u = 0; u < 8; u++) {
      double deviation = BatchMeans.of(on[u], 40).deviation(exact.at("/P_on/" + u).asDouble());
      assertThat(Math.abs(deviation)).as("P(u[%d] on)", u).isLessThan(4);
    }
  }

  @Test
  void theClampedUnitNeverMovesAndTheFreeOneIsOnWithProbabilitySigmaOfOneAndAHalf() {
    ClampedPair network = new ClampedPair();
    int samples = 40_000;
    double[] on = new double[samples];
    int[] clampedOff = new int[1];

    new Sampler(UpdateMethod.GIBBS_RANDOM_SCAN, 100, samples, 1)
        .run(
            network,
            ClampedPair.BETA,
            new SplittableRandom(53),
            (sample, net) -> {
              on[(int) sample] = net.state(0);
              clampedOff[0] += net.state(1) == 1 ? 0 : 1;
            });

    // sigma(2 * 1 - 0.5) = 1 / (1 + exp(-1.5))
    assertThat(network.probabilityOn(0, ClampedPair.BETA))
        .isCloseTo(0.817574476193644, within(1e-15));
    assertThat(clampedOff[0]).isZero();
    assertThat(Math.abs(BatchMeans.of(on, 40).deviation(0.817574476193644))).isLessThan(4);
  }
}
