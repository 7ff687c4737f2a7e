package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @Test
  void aValidModelIsSummarized() {
    CommandRunner.Result result =
        CommandRunner.run("check", CommandRunner.project("examples/digits/digits.hnet"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("2 networks, 1 warning")
        .contains("64 neurons as an 8 x 8 grid, bipolar")
        .contains(
            "pseudoinverse rule on 10 patterns, exact over the common denominator 2960947479");
  }

  @Test
  void everyErrorIsReportedWithItsPositionAndExitCodeTwo(@TempDir Path folder) throws IOException {
    Path model = folder.resolve("bad.hnet");
    Files.writeString(
        model,
        String.join(
            "\n",
            "network bad {",
            "  neurons a, b;",
            "  weights [[0, 1], [2, 0]];",
            "  thresholds [0, 0, 0];",
            "}",
            ""));

    CommandRunner.Result result = CommandRunner.run("check", model.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(model + ":3:")
        .contains("[HN051]")
        .contains(model + ":4:")
        .contains("[HN060]")
        .contains("^")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsReportedWithoutAStackTrace(@TempDir Path folder) {
    CommandRunner.Result result =
        CommandRunner.run("check", folder.resolve("nothing.hnet").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nothing.hnet").doesNotContain("Exception");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandRunner.Result result = CommandRunner.run("check", "--frobnicate", "x.hnet");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--frobnicate'").contains("--help");
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRunner.Result result = CommandRunner.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("a command is required");
  }

  @Test
  void versionNamesTheBuild() {
    CommandRunner.Result result = CommandRunner.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("hnet ").doesNotContain("unknown");
  }
}
