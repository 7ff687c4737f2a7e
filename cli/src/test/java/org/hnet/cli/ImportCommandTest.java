package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.print.ModelEquivalence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @Test
  void printsAModelThatLoadsIntoTheExportedModel(@TempDir Path folder) throws IOException {
    String model = CommandRunner.project("examples/digits/digits.hnet");
    CommandRunner.run("export", model, "--json", "-d", folder.toString());

    CommandRunner.Result result =
        CommandRunner.run("import", folder.resolve("digits.spec.json").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("// Imported by hnet from ")
        .contains("neurons pixel[8, 8];")
        .contains("weights pseudoinverse;")
        .contains(
            "    \"---++--- --++++-- --+--+-- --+--+-- --+--+-- --+--+-- --++++-- ---++---\";");
    LoadResult again = ModelLoader.of().parse("again.hnet", result.out(), folder);
    LoadResult original = ModelLoader.of().load(Path.of(model));
    assertThat(ModelEquivalence.differences(original.model().get(), again.model().get())).isEmpty();
  }

  @Test
  void aBoltzmannMachineAndALatticeComeBackWithTheirTemperatureDynamicsAndClamps(
      @TempDir Path folder) throws IOException {
    for (String example : new String[] {"boltzmann/clamped_pair", "ising/ising4"}) {
      String model = CommandRunner.project("examples/" + example + ".hnet");
      CommandRunner.run("export", model, "--json", "-d", folder.toString());
      String spec = example.substring(example.indexOf('/') + 1) + ".spec.json";

      CommandRunner.Result result = CommandRunner.run("import", folder.resolve(spec).toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      LoadResult again = ModelLoader.of().parse("again.hnet", result.out(), folder);
      LoadResult original = ModelLoader.of().load(Path.of(model));
      assertThat(ModelEquivalence.differences(original.model().get(), again.model().get()))
          .isEmpty();
    }
    assertThat(CommandRunner.run("import", folder.resolve("ising4.spec.json").toString()).out())
        .contains("  connections lattice periodic;\n  coupling 1;\n")
        .contains("  field 0;\n")
        .contains("  temperature 2;\n")
        .contains("  dynamics gibbs;\n");
  }

  @Test
  void malformedJsonIsReportedWithItsLineAndColumn(@TempDir Path folder) throws IOException {
    Path spec = folder.resolve("bad.spec.json");
    // the second comma of line 3 is in column 22
    Files.writeString(spec, "{\n  \"format\": \"hnet-spec\",\n  \"formatVersion\": 1,,\n}\n");

    CommandRunner.Result result = CommandRunner.run("import", spec.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("hnet: " + spec + ":3:22: error: malformed JSON");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anInvalidValueIsReportedWithItsJsonPointer(@TempDir Path folder) throws IOException {
    CommandRunner.run(
        "export",
        CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
        "--json",
        "-d",
        folder.toString());
    Path spec = folder.resolve("lean_hebbian.spec.json");
    String text = Files.readString(spec).replaceFirst("\"bipolar\"", "\"ternary\"");
    Files.writeString(spec, text);
    int line = text.substring(0, text.indexOf("\"ternary\"")).split("\n", -1).length;

    CommandRunner.Result result = CommandRunner.run("import", spec.toString());

    // the value starts in column 21: six spaces, "activation": and a space
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            ":" + line + ":21: error: at /networks/0/activation: unknown activation \"ternary\"");
  }

  @Test
  void learnedWeightsThatTheRuleDoesNotLearnAreRefused(@TempDir Path folder) throws IOException {
    CommandRunner.run(
        "export",
        CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
        "--json",
        "-d",
        folder.toString());
    Path spec = folder.resolve("lean_hebbian.spec.json");
    // w1's weights are Hebbian; make them twice as large, symmetrically
    String text =
        Files.readString(spec)
            .replaceFirst("\\[\"0\", \"1\", \"-1\", \"-1\"\\]", "[\"0\", \"2\", \"-1\", \"-1\"]")
            .replaceFirst("\\[\"1\", \"0\", \"-1\", \"-1\"\\]", "[\"2\", \"0\", \"-1\", \"-1\"]");
    Files.writeString(spec, text);

    CommandRunner.Result result = CommandRunner.run("import", spec.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("cannot be written as .hnet text that means the same")
        .contains("network w1: weight into 0 from 1 differs");
  }

  @Test
  void aMissingFileIsAClearError(@TempDir Path folder) {
    CommandRunner.Result result =
        CommandRunner.run("import", folder.resolve("none.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("hnet: " + folder.resolve("none.json") + " cannot be read: it does not exist\n");
  }
}
