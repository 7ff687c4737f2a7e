package org.hnet.runtime.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact enumeration against {@code data/boltzmann/bm_exact.json}: both networks, both codings, both
 * temperatures, to 1e-10.
 */
class BoltzmannMachineExactTest {

  private static final double TOLERANCE = 1e-10;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode network : ReferenceData.BM_EXACT.get("networks")) {
      for (JsonNode result : network.get("results")) {
        String name = network.get("name").asText();
        String label = name + " " + result.get("convention").asText() + " T=" + result.get("T");
        cases.add(Arguments.of(label, network, result));
      }
    }
    return cases.stream();
  }

  private static Activation coding(JsonNode result) {
    return Activation.valueOf(result.get("convention").asText().toUpperCase(java.util.Locale.ROOT));
  }

  private static Boltzmann distribution(JsonNode network, JsonNode result) {
    ExactParameters parameters = ReferenceData.parameters(network, coding(result));
    return Enumeration.of(parameters).boltzmann(1 / result.get("T").asDouble());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theThermodynamicsMatchTheExactTables(String label, JsonNode network, JsonNode result) {
    Thermodynamics thermodynamics = distribution(network, result).thermodynamics();

    assertThat(thermodynamics.logPartition())
        .as(label + " ln Z")
        .isCloseTo(result.get("lnZ").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.meanEnergy())
        .as(label + " mean energy")
        .isCloseTo(result.get("mean_energy").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.energyVariance())
        .as(label + " energy variance")
        .isCloseTo(result.get("energy_variance").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.specificHeat())
        .as(label + " heat capacity Var(E) / T^2")
        .isCloseTo(result.get("heat_capacity").asDouble(), within(TOLERANCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theMarginalsAndCorrelationsMatchTheExactTables(
      String label, JsonNode network, JsonNode result) {
    Boltzmann boltzmann = distribution(network, result);

    assertThat(boltzmann.marginals())
        .as(label + " P_on")
        .containsExactly(ReferenceData.doubles(result.get("P_on")), within(TOLERANCE));
    assertThat(boltzmann.means())
        .as(label + " mean_s")
        .containsExactly(ReferenceData.doubles(result.get("mean_s")), within(TOLERANCE));
    double[][] correlations = boltzmann.correlations();
    double[][] bothOn = boltzmann.bothOn();
    for (int u = 0; u < correlations.length; u++) {
      assertThat(correlations[u])
          .as(label + " <s_u s_v> row " + u)
          .containsExactly(
              ReferenceData.doubles(result.get("corr_s_u_s_v").get(u)), within(TOLERANCE));
      assertThat(bothOn[u])
          .as(label + " P_both_on row " + u)
          .containsExactly(
              ReferenceData.doubles(result.get("P_both_on").get(u)), within(TOLERANCE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theGroundStatesAndLocalMinimaAgree(String label, JsonNode network, JsonNode result) {
    Boltzmann boltzmann = distribution(network, result);
    Enumeration states = boltzmann.enumeration();
    String coding = result.get("convention").asText();

    List<Integer> ground = new ArrayList<>();
    result.get("ground_states").forEach(k -> ground.add(k.asInt()));
    assertThat(states.groundStates()).as(label + " ground states").isEqualTo(ground);
    assertThat(
            ReferenceData.equalsRational(
                states.minimumScaledEnergy(),
                states.scale(),
                result.get("ground_state_energy").asText()))
        .as(label + " ground-state energy " + result.get("ground_state_energy"))
        .isTrue();
    assertThat(boltzmann.probability(ground.get(0)))
        .isCloseTo(result.get("P_ground_state").get(0).asDouble(), within(TOLERANCE));

    List<Integer> minima = new ArrayList<>();
    for (JsonNode minimum : network.get("local_minima").get(coding)) {
      minima.add(minimum.get("k").asInt());
      assertThat(
              ReferenceData.equalsRational(
                  states.scaledEnergy(minimum.get("k").asInt()),
                  states.scale(),
                  minimum.get("E").asText()))
          .as(label + " energy of local minimum " + minimum)
          .isTrue();
    }
    assertThat(states.localMinima()).as(label + " local minima").isEqualTo(minima);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFiveNeuronStateTableMatches(String label, JsonNode network, JsonNode result) {
    if (!result.has("state_table")) {
      return;
    }
    Boltzmann boltzmann = distribution(network, result);
    Enumeration states = boltzmann.enumeration();

    assertThat(result.get("state_table")).hasSize(states.stateCount());
    for (JsonNode row : result.get("state_table")) {
      int k = row.get("k").asInt();
      int[] expected = new int[states.size()];
      for (int u = 0; u < expected.length; u++) {
        expected[u] = row.get("s").get(u).asInt();
      }
      assertThat(states.state(k)).as(label + " state " + k).containsExactly(expected);
      assertThat(
              ReferenceData.equalsRational(
                  states.scaledEnergy(k), states.scale(), row.get("E").asText()))
          .as(label + " energy of state " + k + " = " + row.get("E"))
          .isTrue();
      assertThat(boltzmann.probability(k))
          .as(label + " P of state " + k)
          .isCloseTo(row.get("P").asDouble(), within(TOLERANCE));
    }
  }
}
