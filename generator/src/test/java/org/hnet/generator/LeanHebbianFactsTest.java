package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts the Lean export of {@code examples/lean-hebbian} states are those of the independently
 * computed {@code data/lean/hebbian.json}: start energies, every update of the traces with its
 * energy, the steps to stabilize and the state reached.
 */
class LeanHebbianFactsTest {

  private static final String LEAN = ExportGoldenFilesTest.leanHebbian().get(1).text();
  private static final JsonNode DATA = LeanTraces.VECTORS;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "W1, W1, trace_from_extu_useq_Fin4",
    "HebbianPs, Hebbian_ps, trace_from_extu_useq_Fin4",
    "RationalTie, extra_rational_hopfield, workPhase_trace"
  })
  void everyUpdateOfTheTraceIsStatedWithItsStateAndEnergy(
      String namespace, String vector, String traceName) {
    String section = section(namespace);
    JsonNode trace = DATA.get(vector).get(traceName);

    for (JsonNode step : trace) {
      int k = step.get("k").asInt();
      String statement = theorem(section, "start0_update" + k);
      assertThat(statement).as("update " + k).endsWith("= " + vector(step.get("state")));
      assertThat(energyComment(section, k))
          .as("update " + k)
          .isEqualTo(step.get("energy").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "W1, 3, '![-1, -1, 1, 1]', 2",
    "HebbianPs, 2, '![-1, 1, -1, 1]', 4",
    "RationalTie, 2, '![1, 1, 1, 1]', 1"
  })
  void theStepsToStabilizeAndTheStartEnergyAreThoseOfTheData(
      String namespace, int steps, String state, String startEnergy) {
    String section = section(namespace);

    assertThat(theorem(section, "start0_stable_after"))
        .isEqualTo("(start0.seqStates p (useq 4) " + steps + ").isStable p");
    assertThat(theorem(section, "start0_stabilized")).endsWith(".act = " + state);
    assertThat(theorem(section, "start0_energy")).isEqualTo("start0.E p = " + startEnergy);
  }

  @org.junit.jupiter.api.Test
  void theDataAgreesWithTheExpectationsAbove() {
    assertThat(DATA.get("W1").get("stabilize_from_extu").get("N").asInt()).isEqualTo(3);
    assertThat(DATA.get("Hebbian_ps").get("HopfieldNet_conv_time_steps").asInt()).isEqualTo(2);
    assertThat(DATA.get("extra_rational_hopfield").get("stabilize_useq_Fin4").get("N").asInt())
        .isEqualTo(2);
    assertThat(DATA.get("extra_rational_hopfield").get("initial_energy").asText()).isEqualTo("1");
    // extu = [1, -1, -1, 1] has energy 2 under W1 (index 9 of its table) and 4 under Hebbian_ps
    assertThat(DATA.get("W1").get("energy_table").get(9).get("E").asText()).isEqualTo("2");
    assertThat(DATA.get("Hebbian_ps").get("energy_table").get(9).get("E").asText()).isEqualTo("4");
  }

  @org.junit.jupiter.api.Test
  void theRationalWorkPhaseRunsTheOrderOfTheData() {
    List<String> order = new ArrayList<>();
    DATA.get("extra_rational_hopfield").get("workPhase_order").forEach(u -> order.add(u.asText()));

    assertThat(theorem(section("RationalTie"), "start0_workPhase"))
        .contains("start0_onlyUi [" + String.join(", ", order) + "]).act = ![1, 1, 1, 1]");
  }

  @org.junit.jupiter.api.Test
  void storedPatternsAreStatedStableAsTheDataSays() {
    assertThat(DATA.get("W1").get("pattern_[1,1,-1,-1]_stable").asBoolean()).isTrue();
    assertThat(theorem(section("W1"), "pattern0_stable")).isEqualTo("pattern0.isStable p");
    assertThat(DATA.get("Hebbian_ps").get("patterns_stable").get(1).asBoolean()).isTrue();
    assertThat(theorem(section("HebbianPs"), "pattern1_stable")).isEqualTo("pattern1.isStable p");
  }

  private static String section(String namespace) {
    int start = LEAN.indexOf("namespace " + namespace + "\n");
    return LEAN.substring(start, LEAN.indexOf("end " + namespace + "\n", start));
  }

  private static String theorem(String section, String name) {
    Matcher m = Pattern.compile("(?m)^theorem " + name + " : (.*?) :=").matcher(section);
    assertThat(m.find()).as("theorem " + name).isTrue();
    return m.group(1);
  }

  private static String energyComment(String section, int k) {
    Matcher m = Pattern.compile("(?m)^-- update " + k + ": .*; energy (\\S+)$").matcher(section);
    assertThat(m.find()).as("comment of update " + k).isTrue();
    return m.group(1);
  }

  private static String vector(JsonNode state) {
    List<String> values = new ArrayList<>();
    state.forEach(x -> values.add(x.asText()));
    return "![" + String.join(", ", values) + "]";
  }
}
