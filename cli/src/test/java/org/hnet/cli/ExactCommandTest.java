package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hnet.runtime.exact.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hnet exact} against the exact reference data in {@code data/}: the 4 x 4 Ising torus, the
 * Boltzmann machines of {@code bm_exact.json}, the formalization's 2-neuron FastDemo and the
 * clamped pair, and its refusals.
 */
class ExactCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISING4 = CommandRunner.project("examples/ising/ising4.hnet");
  private static final String BM = CommandRunner.project("examples/boltzmann/bm_exact.hnet");
  private static final String PAIR = CommandRunner.project("examples/boltzmann/clamped_pair.hnet");
  private static final String FASTDEMO =
      CommandRunner.project("cli/src/test/resources/models/fastdemo.hnet");

  static Stream<Arguments> isingRows() {
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode row : ReferenceData.ISING_SMALL.get("table")) {
      if (row.get("L").asInt() == 4) {
        rows.add(Arguments.of(row.get("given").asText() + " = " + row.get("value").asText(), row));
      }
    }
    return rows.stream();
  }

  /**
   * Every L = 4 row at its own temperature or beta, through the override: {@code --beta 0.44068679}
   * is that beta, not 1 / 2.269185, which is the row given as T = 2.269185.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("isingRows")
  void theFourByFourTorusMatchesTheExactIsingTable(String label, JsonNode row) throws IOException {
    String option = row.get("given").asText().equals("T") ? "--temperature" : "--beta";

    JsonNode network =
        json("exact", ISING4, option, row.get("value").asText(), "--json", "--no-certificates")
            .at("/networks/0");

    JsonNode magnetisation = network.get("magnetisation");
    assertThat(network.at("/thermodynamics/logPartition").asDouble())
        .as(label + " ln Z")
        .isCloseTo(row.get("lnZ").asDouble(), within(1e-10));
    assertThat(magnetisation.get("energyPerNeuron").asDouble())
        .as(label + " e")
        .isCloseTo(row.get("e_per_spin").asDouble(), within(1e-10));
    assertThat(magnetisation.get("specificHeatPerNeuron").asDouble())
        .as(label + " c")
        .isCloseTo(row.get("c_per_spin").asDouble(), within(1e-10));
    assertThat(magnetisation.get("meanAbsolute").asDouble())
        .as(label + " <|m|>")
        .isCloseTo(row.get("mean_abs_m").asDouble(), within(1e-10));
    assertThat(magnetisation.get("meanSquare").asDouble())
        .as(label + " <m^2>")
        .isCloseTo(row.get("mean_m2").asDouble(), within(1e-10));
    assertThat(magnetisation.get("binderCumulant").asDouble())
        .as(label + " U4")
        .isCloseTo(row.get("binder_U4").asDouble(), within(1e-10));
  }

  @Test
  void theFourByFourTorusAtItsOwnTemperatureHasPassingCertificates() throws IOException {
    JsonNode document = json("exact", ISING4, "--json");

    JsonNode network = document.at("/networks/0");
    assertThat(document.get("passes").asBoolean()).isTrue();
    assertThat(network.at("/temperature/source").asText()).isEqualTo("from the model");
    assertThat(network.at("/randomScan/reversible").asBoolean()).isTrue();
    assertThat(network.at("/randomScan/irreducible").asBoolean()).isTrue();
    assertThat(network.at("/randomScan/aperiodic").asBoolean()).isTrue();
    assertThat(network.at("/randomScan/spectralGap/computed").asBoolean()).isTrue();
    assertThat(network.at("/systematicSweep/passes").asBoolean()).isTrue();

    // the two ground states of the ferromagnet: all off and all on, E = -2N = -32
    assertThat(network.at("/groundStates/energy").asText()).isEqualTo("-32");
    assertThat(network.at("/groundStates/states/0/index").asLong()).isZero();
    assertThat(network.at("/groundStates/states/1/index").asLong()).isEqualTo(65535);
  }

  static Stream<Arguments> boltzmannMachines() {
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode network : ReferenceData.BM_EXACT.get("networks")) {
      for (JsonNode result : network.get("results")) {
        String name = network.get("name").asText() + "_" + result.get("convention").asText();
        cases.add(Arguments.of(name, result.get("T").asText(), result));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at T = {1}")
  @MethodSource("boltzmannMachines")
  void theBoltzmannMachinesMatchTheirExactEnumeration(
      String network, String temperature, JsonNode expected) throws IOException {
    JsonNode document =
        json("exact", BM, "--network", network, "--temperature", temperature, "--json");

    JsonNode actual = document.at("/networks/0");
    assertThat(document.get("passes").asBoolean()).as("certificates").isTrue();
    assertThat(actual.at("/thermodynamics/logPartition").asDouble())
        .isCloseTo(expected.get("lnZ").asDouble(), within(1e-10));
    assertThat(actual.at("/thermodynamics/meanEnergy").asDouble())
        .isCloseTo(expected.get("mean_energy").asDouble(), within(1e-10));
    assertThat(actual.at("/thermodynamics/energyVariance").asDouble())
        .isCloseTo(expected.get("energy_variance").asDouble(), within(1e-10));
    assertClose(actual.get("marginals"), expected.get("P_on"), 1e-10);
    assertClose(actual.get("means"), expected.get("mean_s"), 1e-10);
    for (int u = 0; u < expected.get("corr_s_u_s_v").size(); u++) {
      assertClose(actual.get("correlations").get(u), expected.get("corr_s_u_s_v").get(u), 1e-10);
    }
    assertThat(actual.at("/groundStates/energy").asText())
        .isEqualTo(expected.get("ground_state_energy").asText());
    assertThat(actual.at("/groundStates/states/0/index").asLong())
        .isEqualTo(expected.at("/ground_states/0").asLong());
  }

  @Test
  void theFormalizationsFastDemoMatchesItsBoltzmannVectorAndRandomScanMatrix() throws IOException {
    JsonNode lean = ReferenceData.LEAN_BOLTZMANN;

    JsonNode network = json("exact", FASTDEMO, "--json", "--matrix").at("/networks/0");

    for (int i = 0; i < 4; i++) {
      JsonNode state = network.get("distribution").get(i);
      assertThat(state.get("index").asInt()).isEqualTo(i);
      assertThat(state.get("probability").asDouble())
          .as("pi(" + i + ")")
          .isCloseTo(lean.at("/states/" + i + "/pi_30").asDouble(), within(1e-12));
      for (int j = 0; j < 4; j++) {
        assertThat(network.at("/randomScanMatrix/rows/" + i + "/" + j).asDouble())
            .as("P(" + i + ", " + j + "), row = from")
            .isCloseTo(
                lean.at("/randomScanMatrix_row_from_col_to/" + i + "/" + j).asDouble(),
                within(1e-12));
      }
    }
    assertThat(network.at("/thermodynamics/logPartition").asDouble())
        .isCloseTo(lean.get("logZ_30").asDouble(), within(1e-12));
    assertThat(network.at("/thermodynamics/freeEnergy").asDouble())
        .isCloseTo(lean.get("freeEnergy_30").asDouble(), within(1e-12));
    assertThat(network.at("/thermodynamics/entropy").asDouble())
        .isCloseTo(lean.get("shannonEntropy_30").asDouble(), within(1e-12));
    assertThat(network.at("/randomScan/passes").asBoolean()).isTrue();
    assertThat(network.at("/randomScan/detailedBalanceResidual").asDouble()).isLessThan(1e-12);
  }

  @Test
  void theClampedUnitTurnsTheOtherOnWithProbabilitySigmaOfOneAndAHalf() throws IOException {
    JsonNode network = json("exact", PAIR, "--json").at("/networks/0");

    // P(unit 0 on) = sigma((w s_1 - theta_0) / T) = sigma(2 - 0.5) = 0.817574476193644
    assertThat(network.at("/marginals/0").asDouble()).isCloseTo(0.817574476193644, within(1e-15));
    assertThat(network.at("/marginals/1").asDouble()).isEqualTo(1.0);
    assertThat(network.get("freeNeurons").asInt()).isEqualTo(1);
    assertThat(network.get("states").asInt()).isEqualTo(2);
    assertThat(network.at("/clamps/0/neuron").asText()).isEqualTo("unit[1]");
  }

  @Test
  void atTemperatureZeroTheDistributionIsUniformOnTheGroundStates() throws IOException {
    CommandRunner.Result result = CommandRunner.run("exact", PAIR, "--temperature", "0", "--json");

    // the ground state ++ has E = -w + theta_0 = -2 + 0.5 = -3/2: U = F = -3/2, S = ln 1 = 0, and
    // ln Z = -beta E_min diverges. The chain is absorbed in ++ and cannot return to -+, so it is
    // not irreducible: the certificate fails, and the command says so with exit code 1.
    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode network = JSON.readTree(result.out()).at("/networks/0");
    assertThat(network.at("/temperature/beta").asText()).isEqualTo("infinity");
    assertThat(network.at("/thermodynamics/logPartition").asText()).isEqualTo("Infinity");
    assertThat(network.at("/thermodynamics/freeEnergy").asDouble()).isEqualTo(-1.5);
    assertThat(network.at("/thermodynamics/meanEnergy").asDouble()).isEqualTo(-1.5);
    assertThat(network.at("/thermodynamics/entropy").asDouble()).isZero();
    assertThat(network.at("/marginals/0").asDouble()).isEqualTo(1.0);
    assertThat(network.at("/randomScan/irreducible").asBoolean()).isFalse();
    assertThat(network.at("/randomScan/passes").asBoolean()).isFalse();
  }

  @Test
  void atBetaZeroEveryStateIsEquallyLikely() throws IOException {
    JsonNode network = json("exact", PAIR, "--beta", "0", "--json").at("/networks/0");

    // one free neuron: Z = 2, S = ln 2, and F = -ln Z / beta is minus infinity
    assertThat(network.at("/temperature/temperature").asText()).isEqualTo("infinity");
    assertThat(network.at("/marginals/0").asDouble()).isEqualTo(0.5);
    assertThat(network.at("/thermodynamics/logPartition").asDouble())
        .isCloseTo(Math.log(2), within(1e-15));
    assertThat(network.at("/thermodynamics/entropy").asDouble())
        .isCloseTo(Math.log(2), within(1e-15));
    assertThat(network.at("/thermodynamics/freeEnergy").asText()).isEqualTo("-Infinity");
    assertThat(network.at("/randomScan/passes").asBoolean()).isTrue();
  }

  @Test
  void metropolisDynamicsAreCertifiedTooAtTheEndOfTheAnnealingSchedule() throws IOException {
    JsonNode network =
        json(
                "exact",
                CommandRunner.project("cli/src/test/resources/models/annealed.hnet"),
                "--json")
            .at("/networks/0");

    assertThat(network.at("/temperature/source").asText())
        .isEqualTo("the end of the model's annealing schedule");
    assertThat(network.at("/metropolis/kernel").asText()).isEqualTo("random-site Metropolis");
    assertThat(network.at("/metropolis/reversible").asBoolean()).isTrue();
    assertThat(network.at("/metropolis/passes").asBoolean()).isTrue();
    // the ring's ground states: all off and all on, each of its 6 bonds -1
    assertThat(network.at("/groundStates/energy").asText()).isEqualTo("-6");
  }

  @Test
  void aNetworkTooLargeToEnumerateIsRefusedWithItsStateCountAndTheLimit() {
    CommandRunner.Result result =
        CommandRunner.run("exact", CommandRunner.project("examples/ising/ising32.hnet"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("network ising32 has 2^1024 states (1024 free neurons), too many to enumerate")
        .contains("the limit is 2^20 = 1048576 states");
  }

  @Test
  void aLowerLimitRefusesTheFourByFourTorus() {
    CommandRunner.Result result = CommandRunner.run("exact", ISING4, "--max-free-neurons", "12");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("2^16 = 65536 states").contains("2^12 = 4096 states");
  }

  @Test
  void badTemperatureOptionsAreUsageErrors() {
    assertThat(CommandRunner.run("exact", PAIR, "--temperature", "-1").err())
        .contains("--temperature must not be negative, got -1");
    assertThat(CommandRunner.run("exact", PAIR, "--beta", "x").err())
        .contains("--beta: not a number: 'x'");
    assertThat(CommandRunner.run("exact", PAIR, "--beta", "1", "--temperature", "1").exitCode())
        .isEqualTo(2);
    assertThat(CommandRunner.run("exact", ISING4, "--matrix").err())
        .contains("65536 states, more than the 256 a printed matrix may have");
  }

  @Test
  void theTablesNameTheCertificatesAndTheirTolerances() {
    CommandRunner.Result result = CommandRunner.run("exact", FASTDEMO, "--matrix");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("stationarity certificate of random-scan Gibbs (4 states): passes")
        .contains("(tolerance 1e-12) ok")
        .contains("irreducible: yes; aperiodic: yes (period 1)")
        .contains("certificate of one systematic-scan Gibbs sweep (4 states): passes")
        .contains("ln Z                               1.82007519160292");
  }

  private static void assertClose(JsonNode actual, JsonNode expected, double tolerance) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      assertThat(actual.get(k).asDouble())
          .as("entry " + k)
          .isCloseTo(expected.get(k).asDouble(), within(tolerance));
    }
  }

  private static JsonNode json(String... args) throws IOException {
    CommandRunner.Result result = CommandRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }
}
