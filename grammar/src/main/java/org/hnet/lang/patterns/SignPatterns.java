package org.hnet.lang.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;

/** Reads the {@code +}/{@code -} format: one pattern per line, {@code #} comments. */
final class SignPatterns {
  private final String label;
  private final Diagnostics diagnostics;
  private final List<boolean[]> rows = new ArrayList<>();
  private int firstLine;

  SignPatterns(String label, Diagnostics diagnostics) {
    this.label = label;
    this.diagnostics = diagnostics;
  }

  Optional<RawPatterns> parse(List<String> lines) {
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        row(line, k + 1).ifPresent(rows::add);
      }
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      labels.add(Integer.toString(k));
    }
    return Optional.of(new RawPatterns(rows.isEmpty() ? 0 : rows.get(0).length, rows, labels));
  }

  private Optional<boolean[]> row(String line, int lineNumber) {
    int[] codePoints = line.codePoints().toArray();
    boolean[] values = new boolean[codePoints.length];
    int count = 0;
    for (int k = 0; k < codePoints.length; k++) {
      int c = codePoints[k];
      if (c == '+' || c == '-') {
        values[count++] = c == '+';
      } else if (c != ' ' && c != '\t') {
        badCharacter(c, lineNumber, k + 1);
        return Optional.empty();
      }
    }
    boolean[] row = Arrays.copyOf(values, count);
    return sameLength(row, lineNumber) ? Optional.of(row) : Optional.empty();
  }

  private void badCharacter(int c, int line, int column) {
    diagnostics.report(
        DiagnosticCode.PATTERN_CHARACTER,
        new SourceSpan(label, line, column, 1),
        "character '" + Character.toString(c) + "' in a pattern: expected + or -",
        "write + for on and - for off; lines starting with # are comments");
  }

  private boolean sameLength(boolean[] row, int line) {
    if (rows.isEmpty() && firstLine == 0) {
      firstLine = line;
      return true;
    }
    int expected = rows.isEmpty() ? row.length : rows.get(0).length;
    if (row.length == expected) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        new SourceSpan(label, line, 1, 1),
        "pattern on line "
            + line
            + " has "
            + row.length
            + " values, but the first pattern (line "
            + firstLine
            + ") has "
            + expected,
        "every pattern of a file has one value per neuron");
    return false;
  }
}
