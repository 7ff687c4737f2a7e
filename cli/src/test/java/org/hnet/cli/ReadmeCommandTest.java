package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's first command in this JVM, exactly as written there, so that the README and the
 * command line cannot drift apart. (CI runs the README's second command, which runs this.)
 */
class ReadmeCommandTest {

  @Test
  void theReadmesFirstCommandRecallsHandwrittenDigits() throws IOException {
    String[] args = firstCommandArguments();

    CommandRunner.Result result = CommandRunner.run(args);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .as("the only message is the warning that the Hebbian rule cannot store the digits")
        .contains("none of the 10 stored patterns of network 'digits_hebbian' is a fixed point")
        .contains("[HW003]")
        .endsWith("1 warning\n");
    assertThat(result.out())
        .contains("network digits")
        .contains("Recall of the 10 stored patterns")
        .contains("probes of")
        .contains("network digits_hebbian");
    assertThat(correctProbes(result.out(), 0))
        .as("the pseudo-inverse network recalls more than half of the 500 digits")
        .isGreaterThan(250);
    assertThat(correctProbes(result.out(), 1))
        .as("the Hebbian network recalls none: no prototype is even a fixed point")
        .isZero();
  }

  @Test
  void theOutputTheReadmeQuotesIsWhatTheFirstCommandPrints() throws IOException {
    List<String> quoted = quotedOutput();

    CommandRunner.Result result = CommandRunner.run(firstCommandArguments());

    assertThat(quoted).as("README.md quotes the first command's totals").isNotEmpty();
    assertThat(result.out().lines()).containsAll(quoted);
  }

  @Test
  void theReadmesModelRunsAsTheReadmeSays(@TempDir Path folder) throws IOException {
    String readme = Files.readString(CommandRunner.ROOT.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## A model"));
    int start = section.indexOf("```\n") + 4;
    String model = section.substring(start, section.indexOf("\n```", start));
    Matcher command = Pattern.compile("`\\./hnet run memory\\.hnet ([^`]*)`").matcher(section);
    assertThat(command.find()).as("the README runs memory.hnet").isTrue();
    Path file = Files.writeString(folder.resolve("memory.hnet"), model + "\n");
    List<String> args = new ArrayList<>(List.of("run", file.toString()));
    args.addAll(List.of(command.group(1).split(" ")));

    CommandRunner.Result result = CommandRunner.run(args.toArray(String[]::new));

    // --noise 0.25 of 4 neurons flips exactly one, as the README says
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Recall of the 2 stored patterns, 1 run each, from a copy with 1 of 4 neurons");
  }

  /** The lines of the README's fenced block of totals ("... ended in ..."). */
  private static List<String> quotedOutput() throws IOException {
    String[] blocks = Files.readString(CommandRunner.ROOT.resolve("README.md")).split("```");
    for (int k = 1; k < blocks.length; k += 2) {
      List<String> lines = blocks[k].lines().filter(line -> !line.isBlank()).toList();
      if (!lines.isEmpty() && lines.stream().allMatch(line -> line.contains(" ended in "))) {
        return lines;
      }
    }
    return List.of();
  }

  private static String[] firstCommandArguments() throws IOException {
    List<String> lines = Files.readAllLines(CommandRunner.ROOT.resolve("README.md"));
    String command =
        lines.stream()
            .filter(line -> line.startsWith("./hnet "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("README.md shows no ./hnet command"));
    return Arrays.stream(command.substring("./hnet ".length()).trim().split("\\s+"))
        .map(ReadmeCommandTest::resolveProjectFile)
        .toArray(String[]::new);
  }

  private static String resolveProjectFile(String argument) {
    Path path = CommandRunner.ROOT.resolve(argument);
    return !argument.startsWith("-") && Files.exists(path) ? path.toString() : argument;
  }

  private static int correctProbes(String out, int network) {
    Matcher matcher = Pattern.compile("(\\d+) of 500 probes").matcher(out);
    for (int k = 0; k <= network; k++) {
      if (!matcher.find()) {
        throw new AssertionError("no probe summary for network " + network + " in:\n" + out);
      }
    }
    return Integer.parseInt(matcher.group(1));
  }
}
