package org.hnet.lang.patterns;

import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;

/**
 * Patterns as on/off flags, before they are put in a coding.
 *
 * @param length the number of values of every pattern
 * @param rows the patterns, {@code true} for on
 * @param labels one label per pattern
 */
record RawPatterns(int length, List<boolean[]> rows, List<String> labels) {

  /** The patterns in {@code coding}: on is the high value, off the low one. */
  PatternSet in(Activation coding) {
    List<int[]> values =
        rows.stream()
            .map(
                row -> {
                  int[] pattern = new int[row.length];
                  for (int k = 0; k < row.length; k++) {
                    pattern[k] = coding.of(row[k]);
                  }
                  return pattern;
                })
            .toList();
    return new PatternSet(coding, length, values, labels);
  }
}
