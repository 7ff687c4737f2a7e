package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  private static final String MODEL = "examples/lean-hebbian/lean_hebbian.hnet";

  @Test
  void writesTheSpecAndTheLeanFile(@TempDir Path folder) throws IOException {
    CommandRunner.Result result =
        CommandRunner.run(
            "export", CommandRunner.project(MODEL), "--json", "--lean", "-d", folder.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            folder.resolve("lean_hebbian.spec.json").toString(),
            folder.resolve("LeanHebbian.lean").toString());
    JsonNode spec = new ObjectMapper().readTree(folder.resolve("lean_hebbian.spec.json").toFile());
    assertThat(spec.get("format").asText()).isEqualTo("hnet-spec");
    assertThat(Files.readString(folder.resolve("LeanHebbian.lean")))
        .contains("namespace HnetExport.LeanHebbian");
  }

  @Test
  void startStatesChooseTheRunsTheLeanFileStates(@TempDir Path folder) throws IOException {
    CommandRunner.Result result =
        CommandRunner.run(
            "export",
            CommandRunner.project(MODEL),
            "--lean",
            "-d",
            folder.toString(),
            "--start",
            "w1=+--+");

    assertThat(result.exitCode()).as(result.err()).isZero();
    // from extu = [1, -1, -1, 1], W1 is first stable after 3 updates (data/lean/hebbian.json)
    assertThat(Files.readString(folder.resolve("LeanHebbian.lean")))
        .contains("def start0 : NN.State := ⟨![1, -1, -1, 1]")
        .contains("theorem start0_stable_after : (start0.seqStates p (useq 4) 3).isStable p");
    assertThat(folder.resolve("lean_hebbian.spec.json")).doesNotExist();
  }

  @Test
  void aRunRefersToTheSpecItsLeanFileNames(@TempDir Path folder) throws IOException {
    CommandRunner.run("export", CommandRunner.project(MODEL), "--lean", "-d", folder.toString());
    CommandRunner.Result run =
        CommandRunner.run("run", CommandRunner.project(MODEL), "--json", "--interpret");

    JsonNode reference = new ObjectMapper().readTree(run.out()).get("spec");
    String lean = Files.readString(folder.resolve("LeanHebbian.lean"));

    assertThat(reference.get("format").asText()).isEqualTo("hnet-spec");
    assertThat(reference.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(reference.get("sha256").asText()).hasSize(64);
    assertThat(lean.replace("\n-- ", " ")).contains(reference.get("sha256").asText());
  }

  @Test
  void nothingToExportIsAUsageError(@TempDir Path folder) throws IOException {
    CommandRunner.Result result =
        CommandRunner.run("export", CommandRunner.project(MODEL), "-d", folder.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--json, --lean or both");
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aBadStartStateIsAUsageError(@TempDir Path folder) {
    CommandRunner.Result result =
        CommandRunner.run(
            "export",
            CommandRunner.project(MODEL),
            "--lean",
            "-d",
            folder.toString(),
            "--start",
            "w1=+-");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("network w1 needs 4 signs + or -, got '+-'");
  }

  @Test
  void anInvalidModelIsReportedWithItsPositionAndWritesNothing(@TempDir Path folder)
      throws IOException {
    Path model = folder.resolve("bad.hnet");
    Files.writeString(model, "network bad { neurons a; activation trinary; }\n");
    Path out = folder.resolve("out");

    CommandRunner.Result result =
        CommandRunner.run("export", model.toString(), "--json", "-d", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bad.hnet:1:").contains("error:");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputThatIsAFileIsNamedWithTheReason(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("afile"), "keep me");

    CommandRunner.Result result =
        CommandRunner.run("export", CommandRunner.project(MODEL), "--json", "-d", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("hnet: -d " + file + ": is a file, not a directory\n");
    assertThat(file).hasContent("keep me");
  }
}
