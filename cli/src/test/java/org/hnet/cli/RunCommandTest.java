package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.recall.Noise;
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

  @Test
  void theNoisyCopiesAreTheSameInEveryNetworkOfTheFile() throws IOException {
    JsonNode run =
        json(
            "run",
            CommandRunner.project("examples/digits/digits.hnet"),
            "--trials",
            "3",
            "--seed",
            "11",
            "--json");

    JsonNode pseudoinverse = run.at("/networks/0/storedPatterns/trials");
    JsonNode hebbian = run.at("/networks/1/storedPatterns/trials");
    assertThat(pseudoinverse.size()).isEqualTo(30);
    for (int k = 0; k < 30; k++) {
      assertThat(hebbian.get(k).get("start"))
          .as("trial %d", k)
          .isEqualTo(pseudoinverse.get(k).get("start"));
    }
  }

  @Test
  void theNoiseFollowsTheDocumentedStreams() throws IOException {
    JsonNode run =
        json(
            "run",
            CommandRunner.project("examples/digits/digits.hnet"),
            "--network",
            "digits",
            "--trials",
            "2",
            "--seed",
            "5",
            "--json");

    // The scheme of run --help: root = new SplittableRandom(5); stored = root.split();
    // pattern k = stored.split() in order; trial t = (pattern k).split(); the noise comes first.
    SplittableRandom stored = new SplittableRandom(5).split();
    JsonNode trials = run.at("/networks/0/storedPatterns/trials");
    for (int k = 0; k < 10; k++) {
      SplittableRandom pattern = stored.split();
      for (int t = 0; t < 2; t++) {
        int[] start = JSON.convertValue(trials.get(2 * k + t).get("start"), int[].class);
        int[] expected = Noise.of(0.1).apply(prototype(k), Activation.BIPOLAR, pattern.split());
        assertThat(start).as("pattern %d, trial %d", k, t).containsExactly(expected);
      }
    }
  }

  @Test
  void probeRunsDoNotDependOnTheStoredPatternTrials(@TempDir Path folder) throws IOException {
    Path probes = firstDigits(folder, 20);
    String model = CommandRunner.project("examples/digits/digits.hnet");

    JsonNode one = json("run", model, "--probes", probes.toString(), "--trials", "1", "--json");
    JsonNode five = json("run", model, "--probes", probes.toString(), "--trials", "5", "--json");

    assertThat(five.at("/networks/0/probes")).isEqualTo(one.at("/networks/0/probes"));
    assertThat(five.at("/networks/1/probes")).isEqualTo(one.at("/networks/1/probes"));
    // trial 0 of each pattern does not depend on --trials either
    for (int k = 0; k < 10; k++) {
      assertThat(five.at("/networks/0/storedPatterns/trials/" + 5 * k))
          .isEqualTo(one.at("/networks/0/storedPatterns/trials/" + k));
    }
  }

  @Test
  void labelledProbesAreScoredByLabel(@TempDir Path folder) throws IOException {
    Path probes = firstDigits(folder, 3);

    JsonNode run =
        json(
            "run",
            CommandRunner.project("examples/digits/digits.hnet"),
            "--network",
            "digits",
            "--probes",
            probes.toString(),
            "--json");

    JsonNode set = run.at("/networks/0/probes");
    assertThat(set.get("byLabel").get(0).get("label").asText()).isEqualTo("0");
    assertThat(set.get("byLabel").get(0).get("count").asInt()).isEqualTo(3);
    assertThat(set.at("/trials/0/label").asText()).isEqualTo("0");
  }

  @Test
  void unlabelledProbesAreCountedByFinalStateOnly(@TempDir Path folder) throws IOException {
    // two stored patterns of the README model as probes, in both unlabelled formats
    Path model = readmeModel(folder);
    Path signs = Files.writeString(folder.resolve("probes.txt"), "++--\n-+-+\n");
    Path csv = Files.writeString(folder.resolve("probes.csv"), "1,1,-1,-1\n-1,1,-1,1\n");

    for (Path probes : List.of(signs, csv)) {
      CommandRunner.Result text =
          CommandRunner.run("run", model.toString(), "--probes", probes.toString());
      JsonNode run = json("run", model.toString(), "--probes", probes.toString(), "--json");

      assertThat(text.exitCode()).as(text.err()).isZero();
      assertThat(text.out())
          .as(probes.toString())
          .contains("The probes have no labels")
          .doesNotContain("ended in the stored pattern of")
          .doesNotContain("label     probes")
          .contains("Final states: 2 stored patterns, 0 negations, 0 spurious fixed points");
      assertThat(run.at("/networks/0/probes/byLabel").isMissingNode()).isTrue();
      assertThat(run.at("/networks/0/probes/trials/0/label").isMissingNode()).isTrue();
    }
  }

  @Test
  void aNetworkWithoutStoredPatternsScoresNoLabels(@TempDir Path folder) throws IOException {
    Path model = twoNeurons(folder, "synchronous");
    Path probes = Files.writeString(folder.resolve("p.csv"), "label,a,b\nx,-1,-1\n");

    CommandRunner.Result result =
        CommandRunner.run("run", model.toString(), "--probes", probes.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("No stored patterns to recall: network two stores none.")
        .contains("The network stores no patterns")
        .doesNotContain("ended in the stored pattern of")
        .contains("Final states: 0 fixed points, 1 without a fixed point.");
  }

  @Test
  void everyNetworkListsItsProbeRunsAndACycleSaysSo(@TempDir Path folder) throws IOException {
    // two neurons with w = -1 from (-1, -1): synchronously both flip to (1, 1) and back, a
    // 2-cycle; asynchronously neuron 0 turns on (net input 1 >= 0), then neuron 1 stays off:
    // the fixed point (1, -1) with E = -1/2 * 2 * (-1) * 1 * (-1) = -1
    Path probes = Files.writeString(folder.resolve("p.txt"), "--\n");

    CommandRunner.Result sync =
        CommandRunner.run(
            "run", twoNeurons(folder, "synchronous").toString(), "--probes", probes.toString());
    JsonNode syncJson =
        json(
            "run",
            twoNeurons(folder, "synchronous").toString(),
            "--probes",
            probes.toString(),
            "--json");
    CommandRunner.Result async =
        CommandRunner.run(
            "run", twoNeurons(folder, "asynchronous").toString(), "--probes", probes.toString());

    assertThat(sync.out()).containsPattern("#1 +0 +4 +4 +2 +1 +1 +-  cycle of period 2");
    assertThat(syncJson.at("/networks/0/probes/trials/0/outcome").asText()).isEqualTo("cycle");
    assertThat(syncJson.at("/networks/0/probes/trials/0/reached").asText()).isEqualTo("none");
    assertThat(async.out()).containsPattern("#1 +0 +1 +1 +2 +1 +-1 +-  fixed point");
  }

  @Test
  void aRoundedNoiseIsExplained(@TempDir Path folder) throws IOException {
    Path model = readmeModel(folder);

    CommandRunner.Result tenth = CommandRunner.run("run", model.toString());
    CommandRunner.Result quarter = CommandRunner.run("run", model.toString(), "--noise", "0.25");

    // 0.1 x 4 = 0.4 rounds to 0; 0.25 x 4 = 1
    assertThat(tenth.out())
        .contains("from a copy with 0 of 4 neurons flipped (--noise 0.1):")
        .contains("(0.1 x 4 neurons rounds to 0, so each run starts from the pattern itself.)");
    assertThat(quarter.out())
        .contains("from a copy with 1 of 4 neurons flipped (--noise 0.25):")
        .doesNotContain("rounds to 0");
  }

  @Test
  void theWordingFitsWhatRan(@TempDir Path folder) throws IOException {
    Path model =
        Files.writeString(
            folder.resolve("one.hnet"),
            "network one { neurons s[4]; patterns { \"++--\"; } weights hebbian; }\n");
    Path probes = Files.writeString(folder.resolve("p.csv"), "label,a,b,c,d\n0,-1,-1,1,1\n");

    CommandRunner.Result run =
        CommandRunner.run("run", model.toString(), "--probes", probes.toString(), "--interpret");
    CommandRunner.Result none = CommandRunner.run("run", model.toString(), "--trials", "0");

    assertThat(run.out())
        .contains("runs on: the reference implementation (--interpret)")
        .doesNotContain("generated class")
        .contains("Recall of the 1 stored pattern, 1 run each,")
        .contains("1 of 1 run ended in the pattern it started from.")
        .contains("Runs from the 1 probe of")
        .contains("0 of 1 probe (0.0%) ended in the stored pattern of its label.")
        .contains("Final states: 0 stored patterns, 1 negation, 0 spurious fixed points");
    assertThat(none.out()).contains("No runs from the stored patterns: --trials 0 asks for none.");
  }

  @Test
  void energiesPrintExactlyAndNeverInScientificNotation(@TempDir Path folder) throws IOException {
    Path model =
        Files.writeString(
            folder.resolve("third.hnet"),
            "network third { neurons a, b; weights [[0, 1/3], [1/3, 0]]; }\n");
    Path probes = Files.writeString(folder.resolve("p.txt"), "++\n");

    CommandRunner.Result third =
        CommandRunner.run("run", model.toString(), "--probes", probes.toString());
    CommandRunner.Result digits =
        CommandRunner.run("run", CommandRunner.project("examples/digits/digits.hnet"));

    // E(+1, +1) = -1/2 * (1/3 + 1/3) = -1/3
    assertThat(third.out()).containsPattern("#1 +0 +0 +0 +1 +-1/3 +-1/3 ");
    // the Hebbian digits have integer energies; the pseudo-inverse ones end exactly in -27
    assertThat(digits.out())
        .doesNotContainPattern("[0-9]e[+-]?[0-9]")
        .containsPattern(" -27 +1\\.000  pattern 0")
        .containsPattern(" -9540 ");
  }

  @Test
  void picturesAndTablesFollowTheirOptions() {
    String model = CommandRunner.project("examples/digits/digits.hnet");

    CommandRunner.Result none = CommandRunner.run("run", model, "--pictures", "0", "--show", "0");
    CommandRunner.Result two = CommandRunner.run("run", model, "--pictures", "2", "--show", "3");

    assertThat(none.out()).doesNotContain("start -> end").doesNotContain("energy before");
    assertThat(two.out())
        .contains("The first 3 of 10 runs (--show):")
        .contains("0 start    end ok     target     1 start")
        .doesNotContain("2 start");
  }

  @Test
  void absurdTrialCountsAreRefusedBeforeAnythingRuns() {
    String model = CommandRunner.project("examples/digits/digits.hnet");

    CommandRunner.Result text = CommandRunner.run("run", model, "--trials", "100000000");
    CommandRunner.Result json = CommandRunner.run("run", model, "--trials", "20000", "--json");

    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.out()).isEmpty();
    assertThat(text.err())
        .contains(
            "--trials 100000000 with the 10 stored patterns of network digits makes 1000000000 runs; at most 10000000");
    assertThat(json.exitCode()).isEqualTo(2);
    assertThat(json.err()).contains("--json lists every run").contains("at most 100000 runs");
    assertThat(CommandRunner.run("run", model, "--show", "100001").err())
        .contains("--show must be between 0 and 100000, got 100001");
  }

  @Test
  void theTablesKeepOnlyTheRunsTheyShow() {
    // 10 patterns x 2000 trials: the text output lists 10 runs and counts all 20000
    CommandRunner.Result result =
        CommandRunner.run(
            "run",
            CommandRunner.project("examples/digits/digits.hnet"),
            "--network",
            "digits",
            "--trials",
            "2000",
            "--pictures",
            "0");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("The first 10 of 20000 runs (--show):")
        .containsPattern(" of 20000 runs ended in the pattern");
  }

  @Test
  void aFailedWriteIsAFailure() {
    PrintWriter full =
        new PrintWriter(
            new Writer() {
              @Override
              public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            full,
            new PrintWriter(err, true),
            "run",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "--json");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("hnet: the output could not be written completely");
  }

  private static Path twoNeurons(Path folder, String dynamics) throws IOException {
    return Files.writeString(
        folder.resolve("two.hnet"),
        "network two { neurons a, b; weights [[0, -1], [-1, 0]]; thresholds 0; dynamics "
            + dynamics
            + "; }\n");
  }

  private static Path readmeModel(Path folder) throws IOException {
    return Files.writeString(
        folder.resolve("memory.hnet"),
        String.join(
            "\n",
            "network memory {",
            "  neurons s[4];",
            "  activation bipolar;",
            "  patterns { \"++--\"; \"-+-+\"; }",
            "  weights hebbian;",
            "  thresholds 0;",
            "  dynamics asynchronous;",
            "}",
            ""));
  }

  /** The header and the first {@code rows} handwritten digits (all of them zeros). */
  private static Path firstDigits(Path folder, int rows) throws IOException {
    List<String> lines =
        Files.readAllLines(CommandRunner.ROOT.resolve("examples/digits/digits_500.csv"));
    return Files.write(folder.resolve("digits.csv"), lines.subList(0, rows + 1));
  }

  /** Prototype k of digit_prototypes.txt, bipolar. */
  private static int[] prototype(int k) throws IOException {
    String line =
        Files.readAllLines(CommandRunner.ROOT.resolve("examples/digits/digit_prototypes.txt"))
            .stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList()
            .get(k)
            .strip();
    return line.chars().map(c -> c == '+' ? 1 : -1).toArray();
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
