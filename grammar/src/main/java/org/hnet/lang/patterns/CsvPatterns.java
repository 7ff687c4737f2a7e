package org.hnet.lang.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;

/**
 * Reads CSV patterns: 0/1 or -1/1 values separated by commas, one pattern per line, an optional
 * header line and an optional {@code label} column. The coding is inferred from the values; a file
 * holding both 0 and -1 is refused.
 *
 * <p>The first line that is not blank is a header when one of its cells is {@code label} (in any
 * case), or when none of its cells is a number; it is a pattern when all of its cells are numbers.
 * A first line that mixes numbers and other words is neither, and an error. Every other line is a
 * pattern. An empty cell is an error where it is, so is a line whose cells are separated by
 * semicolons or tabs.
 */
final class CsvPatterns {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private final String label;
  private final Diagnostics diagnostics;
  private final PatternFiles.Labels labelRule;
  private final List<boolean[]> rows = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final Map<String, SourceSpan> labelled = new HashMap<>();
  private int columns = -1;
  private int labelColumn = -1;
  private int headerLine;
  private boolean wrongSeparator;
  private SourceSpan firstZero;
  private SourceSpan firstMinusOne;

  CsvPatterns(String label, Diagnostics diagnostics, PatternFiles.Labels labelRule) {
    this.label = label;
    this.diagnostics = diagnostics;
    this.labelRule = labelRule;
  }

  Optional<RawPatterns> parse(List<String> lines) {
    for (int k = 0; k < lines.size() && !wrongSeparator; k++) {
      if (!lines.get(k).isBlank()) {
        line(lines.get(k), k + 1);
      }
    }
    checkCoding();
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    if (rows.isEmpty() && headerLine > 0) {
      headerAlone();
      return Optional.empty();
    }
    int length = rows.isEmpty() ? 0 : rows.get(0).length;
    return Optional.of(new RawPatterns(length, rows, labels));
  }

  private void line(String text, int line) {
    List<Cell> cells = Cell.split(text);
    if (cells.size() == 1 && separatedOtherwise(text, line)) {
      return;
    }
    if (columns < 0) {
      columns = cells.size();
      if (first(cells, line)) {
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

  /** Reports a line whose cells are separated by ';' or tabs rather than commas. */
  private boolean separatedOtherwise(String text, int line) {
    int at = text.indexOf(';') >= 0 ? text.indexOf(';') : text.indexOf('\t');
    if (at < 0) {
      return false;
    }
    String separator = text.charAt(at) == ';' ? "';'" : "tabs";
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        new SourceSpan(label, line, text.codePointCount(0, at) + 1, 1),
        "the cells of line " + line + " are separated by " + separator + "; hnet reads commas",
        "save the file with commas between the values, as in 1,-1,1,-1");
    wrongSeparator = true;
    return true;
  }

  /**
   * Reads the first line: a header (returns true), a pattern (returns false), or an error when it
   * mixes numbers and other words (returns true).
   */
  private boolean first(List<Cell> cells, int line) {
    Optional<Cell> number = cells.stream().filter(Cell::isNumber).findFirst();
    Optional<Cell> word = cells.stream().filter(c -> !c.isNumber() && !c.isEmpty()).findFirst();
    boolean named = cells.stream().anyMatch(Cell::isLabelColumn);
    if (named || (number.isEmpty() && word.isPresent())) {
      header(cells, line);
      return true;
    }
    if (word.isEmpty()) {
      return false;
    }
    Cell odd = word.get();
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        odd.span(label, line),
        "line "
            + line
            + " mixes numbers and words, so it is neither a header nor a pattern: '"
            + odd.text()
            + "' is not a number",
        "a header line holds only column names (or a column named label), a pattern line only"
            + " values 0 and 1, or -1 and 1");
    return true;
  }

  private void header(List<Cell> cells, int line) {
    headerLine = line;
    for (int k = 0; k < cells.size(); k++) {
      if (cells.get(k).isLabelColumn()) {
        labelColumn = k;
        return;
      }
    }
  }

  private void headerAlone() {
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        new SourceSpan(label, headerLine, 1, 1),
        "pattern file " + label + " holds no patterns: its only line is a header",
        "a line none of whose cells is a number is read as a header; write the patterns below it");
  }

  private void row(List<Cell> cells, int line) {
    boolean[] values = new boolean[columns - (labelColumn >= 0 ? 1 : 0)];
    int count = 0;
    boolean valid = true;
    for (int k = 0; k < cells.size(); k++) {
      if (k != labelColumn) {
        Optional<Boolean> on = value(cells.get(k), line, k == cells.size() - 1);
        valid &= on.isPresent();
        values[count++] = on.orElse(false);
      }
    }
    if (valid) {
      String name =
          labelColumn >= 0 ? labelOf(cells.get(labelColumn), line) : Integer.toString(rows.size());
      rows.add(values);
      labels.add(name);
    }
  }

  /** The label in a label cell; a label given twice is an error when labels must be unique. */
  private String labelOf(Cell cell, int line) {
    String name = unquote(cell.text());
    SourceSpan span = cell.span(label, line);
    SourceSpan first = labelled.putIfAbsent(name, span);
    if (first != null && labelRule == PatternFiles.Labels.UNIQUE) {
      diagnostics.report(
          DiagnosticCode.DUPLICATE_LABEL,
          span,
          "label '" + name + "' is given to two patterns",
          "the first is at line "
              + first.line()
              + ", column "
              + first.column()
              + "; stored patterns are named by their labels, so each label names one pattern");
    }
    return name;
  }

  private Optional<Boolean> value(Cell cell, int line, boolean last) {
    SourceSpan span = cell.span(label, line);
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
      case "" -> {
        empty(span, line, last);
        return Optional.empty();
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

  private void empty(SourceSpan span, int line, boolean last) {
    diagnostics.report(
        DiagnosticCode.PATTERN_FILE_FORMAT,
        span,
        "empty cell in a pattern file" + (last ? ": line " + line + " ends with a comma" : ""),
        last
            ? "remove the comma at the end of the line"
            : "write a value, 0 or 1, or -1 or 1, between every two commas");
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
   * @param column the column of its first character, from 1; for an empty cell, where it would be
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

    boolean isEmpty() {
      return text.isEmpty();
    }

    boolean isNumber() {
      return NUMBER.matcher(text).matches();
    }

    boolean isLabelColumn() {
      return unquote(text).toLowerCase(Locale.ROOT).equals("label");
    }

    SourceSpan span(String file, int line) {
      return new SourceSpan(file, line, column, text.length());
    }
  }
}
