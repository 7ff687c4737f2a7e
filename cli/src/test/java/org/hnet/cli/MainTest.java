package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

  @Test
  void aModelTooLargeForTheHeapIsRefusedBeforeMemoryRunsOut(@TempDir Path folder)
      throws IOException, InterruptedException {
    // 2000 dense neurons need tens of megabytes while checked: more than a 32 MB heap has left
    Path model =
        Files.writeString(folder.resolve("big.hnet"), "network big { neurons s[2000]; }\n");
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "check",
                model.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(java.waitFor()).as(err).isEqualTo(2);
    assertThat(err)
        .contains(model + ":1:9: error: network 'big' has 2000 neurons")
        .contains("[HN110]")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("\tat ");
  }

  @Test
  void runningOutOfMemoryIsOneLineWithTheWayOut() {
    HnetCommand root = new HnetCommand();
    CommandLine commandLine = new CommandLine(root).addSubcommand(new Hungry());
    StringWriter err = new StringWriter();

    int code =
        Main.execute(
            commandLine,
            root,
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            Optional::empty,
            "hungry");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("hnet: not enough memory")
        .contains("Java may use at most ")
        .endsWith("give Java more, e.g. HNET_JAVA_OPTS=-Xmx8g (see hnet --help)");
  }

  @Test
  void runningOutOfStackIsOneLineWithTheWayOut() {
    HnetCommand root = new HnetCommand();
    CommandLine commandLine = new CommandLine(root).addSubcommand(new Deep());
    StringWriter err = new StringWriter();

    int code =
        Main.execute(
            commandLine,
            root,
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            Optional::empty,
            "deep");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "hnet: Java ran out of stack while running hnet; give it a larger stack, e.g."
                + " HNET_JAVA_OPTS=-Xss64m (see hnet --help)\n");
  }

  @Test
  void theHelpNamesTheExitCodesAndHowToGiveJavaMemory() {
    CommandRunner.Result result = CommandRunner.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("Exit codes: 0 success; 1 the command failed (an output could not be written,")
        .contains("or Java ran out of memory or stack); 2 usage error or invalid model; 70")
        .contains("JAVA_OPTS and then HNET_JAVA_OPTS to java, for example HNET_JAVA_OPTS=-Xmx8g");
  }

  /** A command that runs out of memory, as a model too large for the heap would. */
  @Command(name = "hungry")
  static final class Hungry implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  /** A command that recurses until the stack overflows. */
  @Command(name = "deep")
  static final class Deep implements Callable<Integer> {
    @Override
    public Integer call() {
      return depth(0);
    }

    private static int depth(int level) {
      return depth(level + 1) + 1;
    }
  }
}
