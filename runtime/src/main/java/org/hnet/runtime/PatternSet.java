package org.hnet.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * Labelled patterns of one length in one activation coding; immutable.
 *
 * @param activation the coding of every value
 * @param length the number of neurons a pattern covers
 * @param rows the patterns; each has {@code length} values of {@code activation}
 * @param labels one label per pattern (for example the digit it shows)
 */
public record PatternSet(Activation activation, int length, List<int[]> rows, List<String> labels) {

  /** Copies and validates the rows. */
  public PatternSet {
    rows = rows.stream().map(int[]::clone).toList();
    labels = List.copyOf(labels);
    if (rows.size() != labels.size()) {
      throw new IllegalArgumentException(
          rows.size() + " patterns but " + labels.size() + " labels");
    }
    for (int k = 0; k < rows.size(); k++) {
      int[] row = rows.get(k);
      if (row.length != length) {
        throw new IllegalArgumentException(
            "pattern " + k + " has " + row.length + " values, expected " + length);
      }
      for (int value : row) {
        if (!activation.contains(value)) {
          throw new IllegalArgumentException(
              "pattern " + k + " holds " + value + ", which is not " + activation.describe());
        }
      }
    }
  }

  /** An empty set of patterns of the given length. */
  public static PatternSet empty(Activation activation, int length) {
    return new PatternSet(activation, length, List.of(), List.of());
  }

  /** The number of patterns. */
  public int size() {
    return rows.size();
  }

  /** A copy of pattern {@code k}. */
  public int[] pattern(int k) {
    return rows.get(k).clone();
  }

  /** The same patterns in another coding (on stays on, off stays off). */
  public PatternSet in(Activation coding) {
    List<int[]> converted =
        rows.stream()
            .map(row -> Arrays.stream(row).map(v -> coding.convert(v, activation)).toArray())
            .toList();
    return new PatternSet(coding, length, converted, labels);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatternSet that
        && activation == that.activation
        && length == that.length
        && labels.equals(that.labels)
        && Arrays.deepEquals(rows.toArray(), that.rows.toArray());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(rows.toArray()) * 31 + labels.hashCode();
  }
}
