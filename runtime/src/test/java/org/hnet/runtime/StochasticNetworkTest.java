package org.hnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.hnet.runtime.exact.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The stochastic updates of the reference network: conditionals, limits, contract and clamps. */
class StochasticNetworkTest {

  private static ReferenceNetwork bm(String name, Activation coding) {
    return ReferenceNetwork.of(
        ReferenceData.parameters(ReferenceData.boltzmannMachine(name), coding));
  }

  @ParameterizedTest
  @CsvSource({
    "bm5, BINARY, 1",
    "bm5, BINARY, 0.5",
    "bm5, BIPOLAR, 1",
    "bm5, BIPOLAR, 0.5",
    "bm8, BINARY, 1",
    "bm8, BIPOLAR, 0.5"
  })
  void theGibbsConditionalIsTheStatedFormulaWithTheFactorTwoForBipolar(
      String name, Activation coding, double temperature) {
    // bm_exact.json: h_u = sum over v != u of w_uv s_v - theta_u, computed here from the decimal
    // strings; P(on | rest) = sigma(h / T) for binary and sigma(2 h / T) for bipolar
    JsonNode data = ReferenceData.boltzmannMachine(name);
    ReferenceNetwork network = bm(name, coding);
    int n = network.size();
    double gap = coding == Activation.BIPOLAR ? 2 : 1;

    for (int index = 0; index < 1 << n; index++) {
      int[] s = ReferenceNetworkLeanTest.stateOfIndex(index, n);
      for (int u = 0; u < n; u++) {
        s[u] = coding.of(s[u] == 1);
      }
      network.setState(s);
      for (int u = 0; u < n; u++) {
        double h = localField(data, s, u);
        double expected = 1 / (1 + Math.exp(-gap * h / temperature));
        assertThat(network.probabilityOn(u, 1 / temperature))
            .as("%s %s state %d neuron %d", name, coding, index, u)
            .isCloseTo(expected, within(1e-14));
      }
    }
  }

  private static double localField(JsonNode network, int[] s, int u) {
    BigDecimal h = new BigDecimal(network.get("thresholds").get(u).asText()).negate();
    for (int v = 0; v < s.length; v++) {
      if (v != u) {
        BigDecimal w = new BigDecimal(network.get("weights").get(u).get(v).asText());
        h = h.add(w.multiply(BigDecimal.valueOf(s[v])));
      }
    }
    return h.doubleValue();
  }

  @Test
  void atZeroTemperatureGibbsIsTheDeterministicRuleExceptThatATieIsAFairCoin() {
    // the extra rational network of hebbian.json has ties (net(0) = 0 = theta(0) from [-1,-1,1,1])
    ReferenceNetwork network =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("extra_rational_hopfield")));
    ReferenceNetwork deterministic =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("extra_rational_hopfield")));
    SplittableRandom random = new SplittableRandom(3);
    int ties = 0;

    for (int index = 0; index < 16; index++) {
      int[] s = ReferenceNetworkLeanTest.stateOfIndex(index, 4);
      for (int u = 0; u < 4; u++) {
        network.setState(s);
        deterministic.setState(s);
        long d = network.scaledNetInput(u) - network.scaledThreshold(u);
        double p = network.probabilityOn(u, Double.POSITIVE_INFINITY);
        if (d == 0) {
          ties++;
          assertThat(p).as("tie at state %d neuron %d", index, u).isEqualTo(0.5);
        } else {
          assertThat(p).isEqualTo(d > 0 ? 1.0 : 0.0);
          network.gibbsUpdate(u, Double.POSITIVE_INFINITY, random);
          deterministic.update(u);
          assertThat(network.state(u)).isEqualTo(deterministic.state(u));
        }
      }
    }
    assertThat(ties).isPositive();
  }

  @Test
  void asBetaGrowsTheGibbsProbabilityTendsToTheZeroTemperatureLimit() {
    // bm5 bipolar has no ties; at beta = 1e3 every |h| >= 0.01 gives sigma(2000 * 0.01) within
    // exp(-20) of its limit
    ReferenceNetwork network = bm("bm5", Activation.BIPOLAR);
    for (int index = 0; index < 32; index++) {
      network.setState(bipolarState(index, 5));
      for (int u = 0; u < 5; u++) {
        double limit = network.probabilityOn(u, Double.POSITIVE_INFINITY);
        assertThat(network.probabilityOn(u, 1e3)).isCloseTo(limit, within(Math.exp(-20)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {0, 1e-300, 1e-3, 1, 1e3, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY})
  void noProbabilityIsEverNaN(double beta) {
    ReferenceNetwork network =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("extra_rational_hopfield")));
    for (int index = 0; index < 16; index++) {
      network.setState(ReferenceNetworkLeanTest.stateOfIndex(index, 4));
      for (int u = 0; u < 4; u++) {
        double p = network.probabilityOn(u, beta);
        assertThat(p).isBetween(0.0, 1.0);
        if (beta == 0) {
          assertThat(p).isEqualTo(0.5);
        }
      }
    }
  }

  @Test
  void badBetasAreRefusedQuotingTheValue() {
    ReferenceNetwork network = bm("bm5", Activation.BINARY);
    SplittableRandom random = new SplittableRandom(1);

    assertThatThrownBy(() -> network.gibbsSweep(Double.NaN, random))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> network.metropolisUpdate(0, -1, random))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
  }

  @Test
  void metropolisAcceptsDownhillWithoutADrawAndUphillWithExpMinusBetaDeltaE() {
    // E = -s0 s1; from (1, 1) flipping s0 raises E from -1 to 1: accepted iff u < exp(-2 beta).
    // From (1, -1) the flip lowers E: accepted, nothing drawn.
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 1, 1, 0}, new long[2]));
    SplittableRandom random = new SplittableRandom(5);
    SplittableRandom replica = new SplittableRandom(5);

    int accepted = 0;
    for (int k = 0; k < 200; k++) {
      network.setState(new int[] {1, 1});
      boolean flipped = network.metropolisUpdate(0, 0.5, random);
      assertThat(flipped).isEqualTo(replica.nextDouble() < Math.exp(-2 * 0.5));
      accepted += flipped ? 1 : 0;
    }
    network.setState(new int[] {1, -1});
    assertThat(network.metropolisUpdate(0, 0.5, random)).isTrue();
    assertThat(random.nextLong()).isEqualTo(replica.nextLong());
    assertThat(accepted).isBetween(1, 199);
  }

  @Test
  void theTrajectoryFollowsTheRandomNumberContractBitForBit() {
    // an independent replay of the contract written in StochasticNetwork's Javadoc, with neuron 3
    // clamped on: every state after every call, and the generators' positions at the end, agree
    ExactParameters parameters =
        ReferenceData.parameters(ReferenceData.boltzmannMachine("bm8"), Activation.BIPOLAR);
    ReferenceNetwork network = ReferenceNetwork.of(parameters);
    network.clamp(3, 1);
    ContractReplay replay = new ContractReplay(parameters, network.clamps());
    SplittableRandom random = new SplittableRandom(7);
    SplittableRandom replayRandom = new SplittableRandom(7);
    int[] order = {7, 3, 0, 0, 5, 1};

    for (int k = 0; k < 40; k++) {
      double beta = k % 4 == 3 ? Double.POSITIVE_INFINITY : 0.25 * k;
      network.gibbsSweep(beta, random);
      replay.gibbsSweep(null, beta, replayRandom);
      network.gibbsSweep(order, beta, random);
      replay.gibbsSweep(order, beta, replayRandom);
      network.gibbsRandomScan(9, beta, random);
      replay.randomScan(9, beta, replayRandom, false);
      network.metropolisSweep(beta, random);
      replay.metropolisSweep(beta, replayRandom);
      network.metropolisRandomScan(9, beta, random);
      replay.randomScan(9, beta, replayRandom, true);
      assertThat(ReferenceNetworkLeanTest.state(network))
          .as("round %d", k)
          .containsExactly(replay.state());
    }
    assertThat(random.nextLong()).isEqualTo(replayRandom.nextLong());
  }

  @Test
  void aClampedNeuronNeverMovesUnderAnyUpdate() {
    ReferenceNetwork network = bm("bm5", Activation.BIPOLAR);
    SplittableRandom random = new SplittableRandom(11);
    network.clamp(2, -1);

    for (int k = 0; k < 200; k++) {
      network.gibbsSweep(0.3, random);
      network.gibbsRandomScan(5, 0, random);
      network.metropolisSweep(0, random);
      network.metropolisRandomScan(5, 0, random);
      network.sweep();
      network.synchronousStep();
      assertThat(network.update(2)).isFalse();
      assertThat(network.state(2)).isEqualTo(-1);
    }
    assertThat(network.probabilityOn(2, 1)).isZero();
    assertThat(network.isClamped(2)).isTrue();
    assertThat(network.clamps()).containsExactly(new Clamp(2, -1));
  }

  @Test
  void settingAClampedNeuronToAnotherValueIsRefusedUntilUnclamped() {
    ReferenceNetwork network = bm("bm5", Activation.BINARY);
    network.clamp(0, 1);

    assertThatThrownBy(() -> network.setNeuron(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neuron 0 is clamped to 1");
    assertThatThrownBy(() -> network.setState(new int[5]))
        .isInstanceOf(IllegalArgumentException.class);
    network.setState(new int[] {1, 0, 0, 0, 0});

    network.unclamp(0);
    network.setNeuron(0, 0);
    assertThat(network.state(0)).isZero();
    assertThat(network.isClamped(0)).isFalse();
  }

  @Test
  void theRelaxedStateOfAClampedNetworkIsStableInItsFreeNeurons() {
    ReferenceNetwork network = bm("bm8", Activation.BIPOLAR);
    network.clamp(0, 1);
    network.clamp(5, -1);

    assertThat(network.relax(1000)).isNotNegative();
    assertThat(network.isStable()).isTrue();
    assertThat(network.state(0)).isEqualTo(1);
    assertThat(network.state(5)).isEqualTo(-1);
  }

  private static int[] bipolarState(int index, int n) {
    int[] s = new int[n];
    for (int u = 0; u < n; u++) {
      s[u] = (index >>> u & 1) == 1 ? 1 : -1;
    }
    return s;
  }
}
