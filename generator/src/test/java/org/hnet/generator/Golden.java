package org.hnet.generator;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden files of generated code under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dhnet.golden.update=true} to rewrite them; otherwise a difference fails the test with a
 * line diff. The generator version is written as {@code @VERSION@} so that a release does not
 * change every golden file.
 */
final class Golden {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
  private static final String UPDATE = "hnet.golden.update";
  private static final int MAX_DIFF_LINES = 60;

  private Golden() {}

  /** Checks {@code actual} against the golden file {@code name}, or rewrites it on request. */
  static void check(String name, String actual) throws IOException {
    String text = actual.replace(JavaGenerator.VERSION, "@VERSION@");
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("golden file " + file + " is missing; run with -D" + UPDATE + "=true to create it");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(text)) {
      fail(
          "generated code differs from "
              + file
              + " (run with -D"
              + UPDATE
              + "=true to accept it):\n"
              + diff(expected.split("\n", -1), text.split("\n", -1)));
    }
  }

  /** A line diff from the longest common subsequence: "-" expected only, "+" actual only. */
  static String diff(String[] expected, String[] actual) {
    int[][] common = new int[expected.length + 1][actual.length + 1];
    for (int i = expected.length - 1; i >= 0; i--) {
      for (int j = actual.length - 1; j >= 0; j--) {
        common[i][j] =
            expected[i].equals(actual[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while ((i < expected.length || j < actual.length) && lines.size() < MAX_DIFF_LINES) {
      if (i < expected.length && j < actual.length && expected[i].equals(actual[j])) {
        i++;
        j++;
      } else if (j < actual.length
          && (i == expected.length || common[i][j + 1] >= common[i + 1][j])) {
        lines.add(String.format("+%4d: %s", j + 1, actual[j++]));
      } else {
        lines.add(String.format("-%4d: %s", i + 1, expected[i++]));
      }
    }
    return String.join("\n", lines);
  }
}
