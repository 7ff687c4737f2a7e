package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void generatedCodeAndTheReferenceGiveTheSameRuns() throws IOException {
    String model = CommandRunner.project("examples/digits/digits.hnet");
    String probes = CommandRunner.project("examples/digits/digits_500.csv");

    JsonNode generated = json("run", model, "--probes", probes, "--seed", "7", "--json");
    JsonNode interpreted =
        json("run", model, "--probes", probes, "--seed", "7", "--json", "--interpret");

    assertThat(generated.get("implementation").asText()).isEqualTo("generated");
    assertThat(interpreted.get("implementation").asText()).isEqualTo("reference");
    assertThat(withoutImplementation(generated)).isEqualTo(withoutImplementation(interpreted));
  }

  @Test
  void aRunIsReproducibleFromItsSeed() {
    String model = CommandRunner.project("examples/digits/digits.hnet");

    CommandRunner.Result first = CommandRunner.run("run", model, "--seed", "3", "--trials", "2");
    CommandRunner.Result second = CommandRunner.run("run", model, "--seed", "3", "--trials", "2");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void theLeanHebbianNetworkReachesTheFormalizationsFixedPoint(@TempDir Path folder)
      throws IOException {
    Path probes = folder.resolve("extu.txt");
    Files.writeString(probes, "+--+\n");

    JsonNode run =
        json(
            "run",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "--network",
            "hebbian_ps",
            "--probes",
            probes.toString(),
            "--json");

    // From extu = [1, -1, -1, 1] in index order the formalization's HopfieldNet_stabilize gives
    // [-1, 1, -1, 1] after HopfieldNet_conv_time_steps = 2 updates (data/lean/hebbian.json).
    JsonNode trial = run.at("/networks/0/probes/trials/0");
    assertThat(trial.get("outcome").asText()).isEqualTo("fixed point");
    assertThat(trial.get("updates").asLong()).isEqualTo(2);
    assertThat(JSON.convertValue(trial.get("end"), int[].class)).containsExactly(-1, 1, -1, 1);
    assertThat(trial.get("exactEnergyAfter").asText()).isEqualTo("-4");
  }

  @Test
  void anUnknownNetworkIsAUsageError() {
    CommandRunner.Result result =
        CommandRunner.run(
            "run", CommandRunner.project("examples/digits/digits.hnet"), "--network", "nine");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("has no network 'nine'").contains("digits_hebbian");
  }

  @Test
  void noiseOutsideZeroToOneIsRefused() {
    CommandRunner.Result result =
        CommandRunner.run(
            "run", CommandRunner.project("examples/digits/digits.hnet"), "--noise", "1.5");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--noise must be between 0 and 1, got 1.5");
  }

  @Test
  void probesOfTheWrongLengthAreRefused(@TempDir Path folder) throws IOException {
    Path probes = folder.resolve("short.txt");
    Files.writeString(probes, "+-+\n");

    CommandRunner.Result result =
        CommandRunner.run(
            "run",
            CommandRunner.project("examples/digits/digits.hnet"),
            "--probes",
            probes.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("has rows of 3 values").contains("64 neurons");
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
