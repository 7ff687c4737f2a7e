package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void anOutputThatIsAFileIsNamedWithTheReason(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("afile"), "keep me");

    CommandRunner.Result direct = generate(file.toString());
    CommandRunner.Result below = generate(file.resolve("sub").toString());

    assertThat(direct.exitCode()).isEqualTo(1);
    assertThat(direct.err()).isEqualTo("hnet: -d " + file + ": is a file, not a directory\n");
    assertThat(below.exitCode()).isEqualTo(1);
    assertThat(below.err())
        .isEqualTo(
            "hnet: -d " + file.resolve("sub") + ": " + file + " is a file, not a directory\n");
    assertThat(file).hasContent("keep me");
  }

  @Test
  void nothingIsWrittenBesideTheOutputDirectory(@TempDir Path folder) throws IOException {
    Path out = folder.resolve("out");

    CommandRunner.Result result = generate(out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(out);
    }
    try (var files = Files.list(out)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .allMatch(name -> name.endsWith(".java"));
    }
  }

  @Test
  void anEmptyDirectoryArgumentIsRefused() {
    CommandRunner.Result result = generate("");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("-d: the directory is empty; write -d . for the current");
  }

  @Test
  void packagesOfTheJavaPlatformAreRefused(@TempDir Path folder) throws IOException {
    for (String name : List.of("java", "java.lang", "javax.swing.mine")) {
      CommandRunner.Result result =
          CommandRunner.run(
              "generate",
              CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
              "-d",
              folder.toString(),
              "-p",
              name);

      assertThat(result.exitCode()).as(name).isEqualTo(2);
      assertThat(result.err()).contains("--package: " + name + " belongs to the Java platform");
    }
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aPackageThatOnlyStartsLikeJavaIsAccepted(@TempDir Path folder) {
    CommandRunner.Result result =
        CommandRunner.run(
            "generate",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "-d",
            folder.toString(),
            "-p",
            "javanese.models");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(folder.resolve("javanese/models/W1.java")).exists();
  }

  private static CommandRunner.Result generate(String directory) {
    return CommandRunner.run(
        "generate",
        CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
        "-d",
        directory);
  }
}
