package org.hnet.lang.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;

/**
 * Reads CSV patterns: 0/1 or -1/1 values, an optional header line, an optional {@code label}
 * column. The coding is inferred from the values; a file holding both 0 and -1 is refused.
 */
final class CsvPatterns {
  private final String label;
  private final Diagnostics diagnostics;
  private final List<boolean[]> rows = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private int columns = -1;
  private int labelColumn = -1;
  private SourceSpan firstZero;
  private SourceSpan firstMinusOne;

  CsvPatterns(String label, Diagnostics diagnostics) {
    this.label = label;
    this.diagnostics = diagnostics;
  }

  Optional<RawPatterns> parse(List<String> lines) {
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        line(Cell.split(lines.get(k)), k + 1);
      }
    }
    checkCoding();
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    int length = rows.isEmpty() ? 0 : rows.get(0).length;
    return Optional.of(new RawPatterns(length, rows, labels));
  }

  private void line(List<Cell> cells, int line) {
    if (columns < 0) {
      columns = cells.size();
      if (isHeader(cells)) {
        header(cells);
        return;
      }
    }
    if (cells.size() != columns) {
      diagnostics.report(
          DiagnosticCode.PATTERN_FILE_FORMAT,
          new SourceSpan(label, line, 1, 1),
          "line " + line + " has " + cells.size() + " values, expected " + columns,
          "every line of a CSV pattern file has the same number of values");
      return;
    }
    row(cells, line);
  }

  private static boolean isHeader(List<Cell> cells) {
    return cells.stream().anyMatch(cell -> !cell.text().matches("[+-]?[0-9]+"));
  }

  private void header(List<Cell> cells) {
    for (int k = 0; k < cells.size(); k++) {
      if (cells.get(k).text().toLowerCase(Locale.ROOT).equals("label")) {
        labelColumn = k;
        return;
      }
    }
  }

  private void row(List<Cell> cells, int line) {
    boolean[] values = new boolean[columns - (labelColumn >= 0 ? 1 : 0)];
    int count = 0;
    boolean valid = true;
    for (int k = 0; k < cells.size(); k++) {
      if (k != labelColumn) {
        Optional<Boolean> on = value(cells.get(k), line);
        valid &= on.isPresent();
        values[count++] = on.orElse(false);
      }
    }
    if (valid) {
      rows.add(values);
      labels.add(
          labelColumn >= 0
              ? unquote(cells.get(labelColumn).text())
              : Integer.toString(rows.size() - 1));
    }
  }

  private Optional<Boolean> value(Cell cell, int line) {
    SourceSpan span = new SourceSpan(label, line, cell.column(), cell.text().length());
    switch (cell.text()) {
      case "1", "+1" -> {
        return Optional.of(true);
      }
      case "0" -> {
        firstZero = firstZero == null ? span : firstZero;
        return Optional.of(false);
      }
      case "-1" -> {
        firstMinusOne = firstMinusOne == null ? span : firstMinusOne;
        return Optional.of(false);
      }
      default -> {
        diagnostics.report(
            DiagnosticCode.PATTERN_FILE_FORMAT,
            span,
            "value '" + cell.text() + "' in a pattern file: expected 0 or 1, or -1 or 1",
            "binary files hold 0 and 1, bipolar files hold -1 and 1");
        return Optional.empty();
      }
    }
  }

  private void checkCoding() {
    if (firstZero == null || firstMinusOne == null) {
      return;
    }
    boolean zeroFirst =
        firstZero.line() < firstMinusOne.line()
            || (firstZero.line() == firstMinusOne.line()
                && firstZero.column() < firstMinusOne.column());
    SourceSpan later = zeroFirst ? firstMinusOne : firstZero;
    SourceSpan earlier = zeroFirst ? firstZero : firstMinusOne;
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        later,
        "pattern file mixes binary 0 and bipolar -1",
        "the file holds "
            + (zeroFirst ? "0" : "-1")
            + " at line "
            + earlier.line()
            + ", column "
            + earlier.column()
            + ": use 0 and 1 or -1 and 1 throughout");
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  /**
   * One cell of a line.
   *
   * @param text the cell, without surrounding spaces
   * @param column the column of its first character, from 1
   */
  record Cell(String text, int column) {

    static List<Cell> split(String line) {
      List<Cell> cells = new ArrayList<>();
      int start = 0;
      while (true) {
        int end = line.indexOf(',', start);
        String raw = end < 0 ? line.substring(start) : line.substring(start, end);
        int lead = raw.length() - raw.stripLeading().length();
        cells.add(new Cell(raw.strip(), line.codePointCount(0, start + lead) + 1));
        if (end < 0) {
          return cells;
        }
        start = end + 1;
      }
    }
  }
}
