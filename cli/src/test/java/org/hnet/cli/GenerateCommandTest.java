package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void writesOneClassPerNetworkIntoThePackageFolder(@TempDir Path folder) throws IOException {
    CommandRunner.Result result =
        CommandRunner.run(
            "generate",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "-d",
            folder.toString(),
            "--package",
            "org.example.lean");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path packageFolder = folder.resolve("org/example/lean");
    assertThat(packageFolder.resolve("W1.java")).exists();
    assertThat(packageFolder.resolve("HebbianPs.java")).exists();
    assertThat(Files.readString(packageFolder.resolve("W1.java")))
        .contains("package org.example.lean;")
        .contains("Do not edit.");
  }

  @Test
  void aBadPackageNameIsAUsageErrorAndWritesNothing(@TempDir Path folder) throws IOException {
    CommandRunner.Result result =
        CommandRunner.run(
            "generate",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "-d",
            folder.toString(),
            "--package",
            "1bad");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("not a Java package name: '1bad'");
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void anInvalidModelWritesNothing(@TempDir Path folder) throws IOException {
    Path model = folder.resolve("bad.hnet");
    Files.writeString(model, "network bad { neurons a; activation trinary; }\n");
    Path out = folder.resolve("out");

    CommandRunner.Result result =
        CommandRunner.run("generate", model.toString(), "-d", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
