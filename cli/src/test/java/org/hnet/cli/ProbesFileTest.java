package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbesFileTest {

  @TempDir Path folder;

  @Test
  void aDeviceIsNotARegularFile() {
    CommandRunner.Result result = run("/dev/null");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "hnet: --probes /dev/null: exists but is not a regular file (a device, pipe or"
                + " socket)\n");
  }

  @Test
  void aMissingFileIsNamedWithoutAnEmptySourceLine() {
    Path missing = folder.resolve("missing.csv");

    CommandRunner.Result result = run(missing.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("hnet: --probes " + missing + ": does not exist\n");
  }

  @Test
  void aDirectoryAndAnEmptyFileAreNamedAsSuch() throws IOException {
    Path empty = Files.writeString(folder.resolve("empty.csv"), "\n  \n");

    assertThat(run(folder.toString()).err())
        .isEqualTo("hnet: --probes " + folder + ": is a directory, not a file\n");
    assertThat(run(empty.toString()).err())
        .isEqualTo("hnet: --probes " + empty + ": is empty: it holds no probes\n");
  }

  @Test
  void aFileThatIsNotTextIsRefused() throws IOException {
    Path binary = Files.write(folder.resolve("binary.txt"), new byte[] {'+', (byte) 0xff, '\n'});

    CommandRunner.Result result = run(binary.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("hnet: --probes " + binary + ": is not UTF-8 text (line 1, column 2)\n");
  }

  @Test
  void errorsInTheFileShowTheirLineAndCaret() throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.csv"), "1,0,1,0\n1,0,2,0\n");

    CommandRunner.Result result = run(bad.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(bad + ":2:5: error: value '2' in a pattern file")
        .contains("  1,0,2,0\n      ^\n")
        .endsWith("hnet: --probes " + bad + ": has errors; nothing was run\n")
        .doesNotContainPattern("(?m)^ *\n *\\^");
  }

  @Test
  void onlyACsvLabelColumnLabelsTheRows() throws IOException {
    Path labelled = Files.writeString(folder.resolve("a.csv"), "a, Label ,b\n1,x,0\n");
    Path numbered = Files.writeString(folder.resolve("b.csv"), "a,b\n1,0\n");
    Path signs = Files.writeString(folder.resolve("c.txt"), "+-\n");

    assertThat(ProbesFile.read(labelled).labelled()).isTrue();
    assertThat(ProbesFile.read(numbered).labelled()).isFalse();
    assertThat(ProbesFile.read(signs).labelled()).isFalse();
  }

  private static CommandRunner.Result run(String probes) {
    return CommandRunner.run(
        "run",
        CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
        "--probes",
        probes);
  }
}
