package org.hnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hnet.examples.lean.HebbianPs;
import org.hnet.examples.lean.RationalTie;
import org.hnet.examples.lean.W1;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.LeanVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classes that hnet-maven-plugin generated from lean-hebbian/lean_hebbian.hnet at build time
 * reproduce the facts of the formalization's examples, as data/lean/hebbian.json records them.
 */
class LeanHebbianTest {

  static Stream<Arguments> networks() {
    return Stream.of(
        Arguments.of("W1", (Supplier<HopfieldNetwork>) W1::new),
        Arguments.of("Hebbian_ps", (Supplier<HopfieldNetwork>) HebbianPs::new),
        Arguments.of("extra_rational_hopfield", (Supplier<HopfieldNetwork>) RationalTie::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void everyStateHasTheFormalizationsEnergyAndStability(
      String name, Supplier<HopfieldNetwork> generated) {
    HopfieldNetwork network = generated.get();

    for (JsonNode row : LeanVectors.network(name).get("energy_table")) {
      network.setState(LeanVectors.ints(row.get("state")));

      long energy = LeanVectors.scaled(row.get("E").asText(), network.scale());
      assertThat(network.scaledEnergy())
          .as("%s, state %s", name, row.get("index"))
          .isEqualTo(energy);
      assertThat(network.isStable())
          .as("%s, state %s", name, row.get("index"))
          .isEqualTo(row.get("stable").asBoolean());
    }
  }

  @Test
  void w1StabilizesFromTheStartStateAfterThreeUpdates() {
    JsonNode expected = LeanVectors.network("W1").get("stabilize_from_extu");
    HopfieldNetwork network = new W1();

    network.setState(LeanVectors.extu());
    long updates = network.relax(64);

    // N = 3, state [-1, -1, 1, 1]
    assertThat(updates).isEqualTo(expected.get("N").asLong()).isEqualTo(3);
    assertThat(state(network)).containsExactly(LeanVectors.ints(expected.get("state")));
  }

  @Test
  void hebbianPsStabilizesFromTheStartStateAfterTwoUpdates() {
    JsonNode expected = LeanVectors.network("Hebbian_ps");
    HopfieldNetwork network = new HebbianPs();

    network.setState(LeanVectors.extu());
    long updates = network.relax(64);

    // HopfieldNet_conv_time_steps = 2, HopfieldNet_stabilize = [-1, 1, -1, 1]
    assertThat(updates).isEqualTo(expected.get("HopfieldNet_conv_time_steps").asLong());
    assertThat(state(network))
        .containsExactly(LeanVectors.ints(expected.get("HopfieldNet_stabilize").get("state")));
  }

  @Test
  void theRationalNetworkBreaksItsTieUpwardsAndStabilizesAfterTwoUpdates() {
    JsonNode expected = LeanVectors.network("extra_rational_hopfield");
    HopfieldNetwork network = new RationalTie();

    network.setState(LeanVectors.ints(expected.get("initial")));
    long updates = network.relax(64);

    // N = 2, state [1, 1, 1, 1]: the first update is a tie, net input 0 = threshold 0
    assertThat(updates).isEqualTo(expected.get("stabilize_useq_Fin4").get("N").asLong());
    assertThat(state(network))
        .containsExactly(LeanVectors.ints(expected.get("stabilize_useq_Fin4").get("state")));
  }

  private static int[] state(HopfieldNetwork network) {
    int[] state = new int[network.size()];
    network.copyState(state);
    return state;
  }
}
