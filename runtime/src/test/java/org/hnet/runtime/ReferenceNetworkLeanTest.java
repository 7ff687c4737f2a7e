package org.hnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference network against the formalization's vectors in {@code data/lean/hebbian.json}. */
class ReferenceNetworkLeanTest {

  @Test
  void w1IsTheHebbianMatrixOfOnePatternWithZeroThresholds() {
    // W1 as listed in hebbian.json: integers, so scale 1
    ExactParameters p = LeanVectors.parameters(LeanVectors.network("W1"));

    assertThat(p.scale()).isEqualTo(1);
    assertThat(p.weights()).containsExactly(0, 1, -1, -1, 1, 0, -1, -1, -1, -1, 0, 1, -1, -1, 1, 0);
    assertThat(p.thresholds()).containsExactly(0, 0, 0, 0);
  }

  @Test
  void theExtraNetworkLowersToScaleSix() {
    // denominators 2, 3 and 6: W * 6 and theta * 6 as integers
    ExactParameters p = LeanVectors.parameters(LeanVectors.network("extra_rational_hopfield"));

    assertThat(p.scale()).isEqualTo(6);
    assertThat(p.weights()).containsExactly(0, 3, -3, 6, 3, 0, 6, -2, -3, 6, 0, 4, 6, -2, 4, 0);
    assertThat(p.thresholds()).containsExactly(0, -2, 1, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"W1", "Hebbian_ps", "extra_rational_hopfield"})
  void everyStateHasTheListedEnergyAndStability(String name) {
    JsonNode vectors = LeanVectors.network(name);
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    long scale = network.scale();

    for (JsonNode row : vectors.get("energy_table")) {
      int index = row.get("index").asInt();
      int[] state = LeanVectors.ints(row.get("state"));
      assertThat(state).as("state %d", index).containsExactly(stateOfIndex(index, 4));

      network.setState(state);

      assertThat(network.scaledEnergy())
          .as("scale * E of state %d", index)
          .isEqualTo(LeanVectors.scaled(row.get("E").asText(), scale));
      assertThat(network.isStable())
          .as("state %d stable", index)
          .isEqualTo(row.get("stable").asBoolean());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"W1", "Hebbian_ps", "extra_rational_hopfield"})
  void theStableStatesAreExactlyTheListedOnes(String name) {
    JsonNode vectors = LeanVectors.network(name);
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    List<List<Integer>> expected = new ArrayList<>();
    vectors.get("stable_states_all").forEach(s -> expected.add(boxed(LeanVectors.ints(s))));

    List<List<Integer>> stable = new ArrayList<>();
    for (int index = 0; index < 16; index++) {
      network.setState(stateOfIndex(index, 4));
      if (network.isStable()) {
        stable.add(boxed(stateOfIndex(index, 4)));
      }
    }

    assertThat(stable).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"W1", "Hebbian_ps"})
  void theTraceFromExtuMatchesStepByStep(String name) {
    JsonNode vectors = LeanVectors.network(name);
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.extu());

    checkTrace(network, vectors.get("trace_from_extu_useq_Fin4"));
  }

  @Test
  void theExtraNetworkSendsTheTieAtStepOneToPlusOne() {
    JsonNode vectors = LeanVectors.network("extra_rational_hopfield");
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.ints(vectors.get("initial")));

    // initial energy 1, so 6 scaled; step 1: net(0) = 0 = threshold(0), a tie
    assertThat(network.scaledEnergy()).isEqualTo(6);
    assertThat(network.scaledNetInput(0)).isEqualTo(network.scaledThreshold(0)).isZero();
    assertThat(network.update(0)).isTrue();
    assertThat(network.state(0)).isEqualTo(1);

    network.setState(LeanVectors.ints(vectors.get("initial")));
    checkTrace(network, vectors.get("workPhase_trace"));
  }

  @Test
  void aSweepInTheWorkPhaseOrderEndsInAllOn() {
    JsonNode vectors = LeanVectors.network("extra_rational_hopfield");
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.ints(vectors.get("initial")));

    // steps 1 and 2 change neurons 0 and 1; the other six updates change nothing
    int changed = network.sweep(LeanVectors.ints(vectors.get("workPhase_order")));

    assertThat(changed).isEqualTo(2);
    assertThat(state(network)).containsExactly(1, 1, 1, 1);
  }

  @Test
  void w1StabilizesFromExtuAfterThreeUpdates() {
    JsonNode vectors = LeanVectors.network("W1");
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.extu());

    long steps = network.relax(64);

    assertThat(steps).isEqualTo(vectors.get("stabilize_from_extu").get("N").asLong()).isEqualTo(3);
    assertThat(state(network))
        .containsExactly(LeanVectors.ints(vectors.get("stabilize_from_extu").get("state")));
  }

  @Test
  void hebbianPsStabilizesFromExtuAfterTwoUpdates() {
    JsonNode vectors = LeanVectors.network("Hebbian_ps");
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.extu());

    long steps = network.relax(vectors.get("cyclic_bound_cardU_times_2_pow_cardU").asLong());

    assertThat(steps).isEqualTo(vectors.get("HopfieldNet_conv_time_steps").asLong()).isEqualTo(2);
    assertThat(state(network))
        .containsExactly(LeanVectors.ints(vectors.get("HopfieldNet_stabilize").get("state")));
  }

  @Test
  void theExtraNetworkStabilizesAfterTwoUpdates() {
    JsonNode vectors = LeanVectors.network("extra_rational_hopfield");
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(LeanVectors.ints(vectors.get("initial")));

    long steps = network.relax(64);

    assertThat(steps).isEqualTo(vectors.get("stabilize_useq_Fin4").get("N").asLong()).isEqualTo(2);
    assertThat(state(network))
        .containsExactly(LeanVectors.ints(vectors.get("stabilize_useq_Fin4").get("state")));
  }

  /** Checks each step: the net input before the update, the tie, then state and energy after. */
  private static void checkTrace(ReferenceNetwork network, JsonNode trace) {
    long scale = network.scale();
    for (JsonNode step : trace) {
      int k = step.get("k").asInt();
      int site = step.get("site").asInt();
      long net = network.scaledNetInput(site);

      assertThat(net)
          .as("net at step %d", k)
          .isEqualTo(LeanVectors.scaled(step.get("net").asText(), scale));
      assertThat(network.scaledThreshold(site))
          .as("threshold at step %d", k)
          .isEqualTo(LeanVectors.scaled(step.get("theta").asText(), scale));
      assertThat(net == network.scaledThreshold(site))
          .as("tie at step %d", k)
          .isEqualTo(step.get("tie").asBoolean());

      network.update(site);

      assertThat(state(network))
          .as("state after step %d", k)
          .containsExactly(LeanVectors.ints(step.get("state")));
      assertThat(network.scaledEnergy())
          .as("energy after step %d", k)
          .isEqualTo(LeanVectors.scaled(step.get("energy").asText(), scale));
      if (step.has("stable")) {
        assertThat(network.isStable())
            .as("stable after step %d", k)
            .isEqualTo(step.get("stable").asBoolean());
      }
    }
  }

  /** The bipolar state whose bit k is neuron k (neuron 0 least significant, bit 1 = on). */
  static int[] stateOfIndex(int index, int n) {
    int[] state = new int[n];
    for (int k = 0; k < n; k++) {
      state[k] = ((index >> k) & 1) == 1 ? 1 : -1;
    }
    return state;
  }

  static int[] state(HopfieldNetwork network) {
    int[] state = new int[network.size()];
    network.copyState(state);
    return state;
  }

  private static List<Integer> boxed(int[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
