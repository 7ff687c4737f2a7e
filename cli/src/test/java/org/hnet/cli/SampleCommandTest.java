package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code hnet sample} against exact values. Every statistical check here asks a sampled mean to lie
 * within 4 of its standard errors of the exact value: for an estimator that is normal with the
 * stated standard error that fails with probability 6.3e-5 per comparison, so that a test of k
 * comparisons fails falsely with probability at most k * 6.3e-5 (union bound; the observables of
 * one network are strongly correlated, so the true odds are lower). The seeds are fixed, so each
 * test either always passes or always fails; these are the odds that a seed was unlucky.
 */
class SampleCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISING4 = CommandRunner.project("examples/ising/ising4.hnet");
  private static final String BM = CommandRunner.project("examples/boltzmann/bm_exact.hnet");
  private static final String PAIR = CommandRunner.project("examples/boltzmann/clamped_pair.hnet");

  @Test
  void theResultsDoNotDependOnTheNumberOfThreads() throws IOException {
    String[] run = {"sample", BM, "--network", "bm5_bipolar", "--chains", "4", "--sweeps", "500"};

    JsonNode one = json(concat(run, "--threads", "1", "--json"));
    JsonNode three = json(concat(run, "--threads", "3", "--json"));

    assertThat(one.get("chains").asInt()).isEqualTo(4);
    assertThat(three).isEqualTo(one);
  }

  @Test
  void generatedCodeAndTheReferenceDrawTheSameChains() throws IOException {
    for (String model : List.of(PAIR, BM)) {
      String[] run = {"sample", model, "--chains", "2", "--sweeps", "400", "--json"};

      JsonNode generated = json(run);
      JsonNode interpreted = json(concat(run, "--interpret"));

      assertThat(generated.get("implementation").asText()).isEqualTo("generated");
      assertThat(interpreted.get("implementation").asText()).isEqualTo("reference");
      assertThat(withoutImplementation(interpreted)).isEqualTo(withoutImplementation(generated));
    }
  }

  /**
   * 4 chains of 10,000 random-scan sweeps at T = 2 against the exact enumeration: 19 comparisons
   * (energy, m, |m| and 16 marginals), false failure at most 19 * 6.3e-5 = 1.2e-3; the chi-square
   * p-value of a correct sampler is about uniform, below 1e-4 with probability 1e-4.
   */
  @Test
  void theFourByFourTorusAgreesWithItsExactValues() throws IOException {
    JsonNode network =
        json("sample", ISING4, "--chains", "4", "--seed", "11", "--json").at("/networks/0");

    assertWithinFourStandardErrors(network);
    assertThat(network.at("/observables/0/exact").asDouble())
        .as("e at T = 2, data/ising/ising_exact_small.json")
        .isCloseTo(-1.75538028877744, offset(1e-12));
    assertThat(network.at("/exact/chiSquare/pValue").asDouble()).isGreaterThan(1e-4);
  }

  /**
   * All four networks of bm_exact.json at both temperatures with Gibbs sampling: 2 * (11 + 11 + 14
   * + 14) = 100 comparisons, false failure at most 100 * 6.3e-5 = 6.3e-3.
   */
  @ParameterizedTest(name = "T = {0}")
  @ValueSource(strings = {"1", "0.5"})
  void theBoltzmannMachinesAgreeWithTheirExactValues(String temperature) throws IOException {
    JsonNode document =
        json("sample", BM, "--temperature", temperature, "--chains", "2", "--seed", "5", "--json");

    assertThat(document.get("networks")).hasSize(4);
    for (JsonNode network : document.get("networks")) {
      assertWithinFourStandardErrors(network);
    }
  }

  /**
   * The clamped pair: one comparison, false failure 6.3e-5; the clamped unit never moves, so its
   * diagnostics are undefined, with the reason, and never 1.0.
   */
  @Test
  void theClampedUnitNeverMovesAndTheOtherIsOnWithProbabilitySigmaOfOneAndAHalf()
      throws IOException {
    JsonNode network = json("sample", PAIR, "--chains", "2", "--json").at("/networks/0");

    JsonNode free = network.at("/observables/3");
    JsonNode clamped = network.at("/observables/4");
    assertThat(free.get("name").asText()).isEqualTo("P(unit[0] on)");
    assertThat(free.get("exact").asDouble()).isCloseTo(0.817574476193644, offset(1e-15));
    assertThat(Math.abs(free.get("deviation").asDouble())).isLessThan(4);
    assertThat(clamped.get("mean").asDouble()).isEqualTo(1.0);
    assertThat(clamped.has("rHat")).isFalse();
    assertThat(clamped.at("/undefined/rHat").asText()).contains("all draws are equal");
    assertThat(clamped.at("/undefined/standardError").asText()).contains("all draws are equal");
  }

  @Test
  void atTemperatureZeroTheFreeUnitFollowsTheDeterministicRule() throws IOException {
    JsonNode network =
        json("sample", PAIR, "--temperature", "0", "--chains", "2", "--json").at("/networks/0");

    // local field 1.5 > 0: on at T = 0 after its first update, so every recorded draw is on
    JsonNode free = network.at("/observables/3");
    assertThat(free.get("mean").asDouble()).isEqualTo(1.0);
    assertThat(free.get("exact").asDouble()).isEqualTo(1.0);
    assertThat(free.at("/undefined/rHat").asText()).contains("all draws are equal");
  }

  /** beta = 0: a fair coin for the free unit; one comparison, false failure 6.3e-5. */
  @Test
  void atBetaZeroTheFreeUnitIsAFairCoin() throws IOException {
    JsonNode network =
        json("sample", PAIR, "--beta", "0", "--chains", "2", "--json").at("/networks/0");

    JsonNode free = network.at("/observables/3");
    assertThat(free.get("exact").asDouble()).isEqualTo(0.5);
    assertThat(Math.abs(free.get("deviation").asDouble())).isLessThan(4);
  }

  @Test
  void aDeclaredAnnealingScheduleRunsBeforeSamplingAtItsLastTemperature() throws IOException {
    String model = CommandRunner.project("cli/src/test/resources/models/annealed.hnet");

    CommandRunner.Result text = CommandRunner.run("sample", model, "--chains", "1");
    JsonNode network = json("sample", model, "--chains", "1", "--json").at("/networks/0");

    assertThat(text.out())
        .contains(
            "annealed before burn-in, as the model declares: linear from"
                + " T = 4 to T = 1 over 50 sweeps");
    assertThat(network.at("/annealing/sweeps").asLong()).isEqualTo(50);
    assertThat(network.at("/temperature/temperature").asText()).isEqualTo("1");
    assertThat(network.at("/temperature/source").asText())
        .isEqualTo("the end of the model's annealing schedule");
    assertThat(network.get("dynamics").asText()).isEqualTo("metropolis");
  }

  @Test
  void theTraceFileHoldsEveryRecordedSweepOfEveryChain(@TempDir Path folder) throws IOException {
    Path trace = folder.resolve("trace.csv");

    CommandRunner.Result result =
        CommandRunner.run(
            "sample",
            PAIR,
            "--chains",
            "3",
            "--sweeps",
            "20",
            "--thin",
            "2",
            "--burn-in",
            "5",
            "--trace-file",
            trace.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(trace);
    assertThat(lines).hasSize(1 + 3 * 10);
    assertThat(lines.get(0)).isEqualTo("network,chain,sweep,energy,magnetisation");
    assertThat(lines.get(1)).startsWith("clamped_pair,0,7,");
    assertThat(lines.get(30)).startsWith("clamped_pair,2,25,");
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).containsExactly(trace);
    }
  }

  @Test
  void nothingButTheResultsIsPrintedWhenNoTerminalIsWatching() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    CommandRunner.Result result;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      result = CommandRunner.run("sample", PAIR, "--chains", "2", "--sweeps", "5000");
    } finally {
      System.setErr(original);
    }

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CommandRunner.run("sample", PAIR, "--sweeps", "6", "--thin", "2").err())
        .contains("records 3 sweeps per chain; the diagnostics need at least 4");
    assertThat(CommandRunner.run("sample", PAIR, "--method", "glauber").err())
        .contains("unknown method 'glauber'");
    assertThat(CommandRunner.run("sample", PAIR, "--start", "middle").err())
        .contains("--start: expected random, on or off, got 'middle'");
    CommandRunner.Result noTemperature =
        CommandRunner.run("sample", CommandRunner.project("examples/digits/digits.hnet"));
    assertThat(noTemperature.exitCode()).isEqualTo(2);
    assertThat(noTemperature.err()).contains("declares no temperature");
  }

  static void assertWithinFourStandardErrors(JsonNode network) {
    for (JsonNode observable : network.get("observables")) {
      if (observable.has("deviation")) {
        assertThat(Math.abs(observable.get("deviation").asDouble()))
            .as(network.get("name").asText() + " " + observable.get("name").asText())
            .isLessThan(4);
      }
    }
  }

  private static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private static JsonNode json(String... args) throws IOException {
    CommandRunner.Result result = CommandRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  private static JsonNode withoutImplementation(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    copy.remove("implementation");
    copy.withArray("networks").forEach(network -> ((ObjectNode) network).remove("representation"));
    return copy;
  }
}
