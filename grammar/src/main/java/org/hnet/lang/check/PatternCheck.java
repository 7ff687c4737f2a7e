package org.hnet.lang.check;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.StringLiteral;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.patterns.PatternFileResult;
import org.hnet.lang.patterns.PatternFiles;
import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;

/**
 * Checks a {@code patterns} statement and gives the patterns in the network's coding. Inline
 * strings map {@code +} to on and {@code -} to off; inline vectors must hold values of the
 * network's activation; files are decoded in their own coding and converted (on stays on).
 */
final class PatternCheck {
  private final CheckContext context;
  private final Activation activation;

  private PatternCheck(CheckContext context, Activation activation) {
    this.context = context;
    this.activation = activation;
  }

  /** The patterns, or empty after reporting why they are invalid. */
  static Optional<PatternSet> patterns(
      CheckContext context, Optional<Statement> statement, Activation activation) {
    if (statement.isEmpty()) {
      return Optional.of(PatternSet.empty(activation, context.size()));
    }
    PatternCheck check = new PatternCheck(context, activation);
    if (statement.get() instanceof Statement.FilePatterns file) {
      return check.file(file.file());
    }
    return check.inline(((Statement.InlinePatterns) statement.get()).rows());
  }

  /**
   * Where a label was first given.
   *
   * @param span the label, or the row when the label is its position
   * @param row the row's position
   * @param written whether the label was written, rather than the row's position
   */
  private record Labelled(SourceSpan span, int row, boolean written) {}

  private Optional<PatternSet> inline(List<Statement.PatternRow> rows) {
    int errors = context.diagnostics().errorCount();
    List<int[]> patterns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Map<String, Labelled> labelled = new HashMap<>();
    for (Statement.PatternRow row : rows) {
      labels.add(checkLabel(row, labels.size(), labelled));
      Optional<int[]> values = row.text().isPresent() ? text(row.text().get()) : values(row);
      values.filter(v -> hasNetworkLength(v.length, row.span())).ifPresent(patterns::add);
    }
    if (context.diagnostics().errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new PatternSet(activation, context.size(), patterns, labels));
  }

  /**
   * The label of the row at {@code position}: the one written, or else its position. Reports a
   * label that an earlier row has, written or not.
   */
  private String checkLabel(
      Statement.PatternRow row, int position, Map<String, Labelled> labelled) {
    String text = row.label().map(Statement.Label::text).orElse(Integer.toString(position));
    SourceSpan span = row.label().map(Statement.Label::span).orElse(row.span());
    Labelled first =
        labelled.putIfAbsent(text, new Labelled(span, position, row.label().isPresent()));
    if (first != null) {
      duplicateLabel(text, span, row.label().isPresent(), first);
    }
    return text;
  }

  private void duplicateLabel(String text, SourceSpan span, boolean written, Labelled first) {
    String where = "line " + first.span().line() + ", column " + first.span().column();
    String message =
        written
            ? "label '" + text + "' is given to two patterns"
            : "this pattern has no label, so its label is its position "
                + text
                + ", which the pattern at "
                + where
                + " already has";
    String hint =
        !written
            ? "give this pattern a label of its own: an unlabelled pattern is labelled by its"
                + " position, from 0"
            : first.written()
                ? "the first is at " + where
                : "pattern "
                    + first.row()
                    + ", at "
                    + where
                    + ", has no label, so its label is its position "
                    + first.row()
                    + "; give one of the two another label";
    context.diagnostics().report(DiagnosticCode.DUPLICATE_LABEL, span, message, hint);
  }

  private Optional<int[]> text(StringLiteral text) {
    int[] codePoints = text.value().codePoints().toArray();
    int[] values = new int[codePoints.length];
    int count = 0;
    boolean valid = true;
    for (int k = 0; k < codePoints.length; k++) {
      int c = codePoints[k];
      if (c == '+' || c == '-') {
        values[count++] = activation.of(c == '+');
      } else if (c != ' ') {
        valid = false;
        badCharacter(text.charSpan(k), c);
      }
    }
    return valid ? Optional.of(Arrays.copyOf(values, count)) : Optional.empty();
  }

  private void badCharacter(SourceSpan span, int c) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERN_CHARACTER,
            span,
            "character '" + Character.toString(c) + "' in a pattern: expected + or -",
            "write + for on and - for off; spaces are ignored");
  }

  private Optional<int[]> values(Statement.PatternRow row) {
    List<NumberLiteral> numbers = row.values().get().values();
    int[] values = new int[numbers.size()];
    boolean valid = true;
    for (int k = 0; k < values.length; k++) {
      Optional<Integer> value = value(numbers.get(k));
      valid &= value.isPresent();
      values[k] = value.orElse(activation.low());
    }
    return valid ? Optional.of(values) : Optional.empty();
  }

  private Optional<Integer> value(NumberLiteral number) {
    Optional<BigFraction> value = context.numbers().value(number);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    BigFraction v = value.get();
    if (v.equals(new BigFraction(activation.low()))
        || v.equals(new BigFraction(activation.high()))) {
      return Optional.of(v.intValue());
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERN_VALUE,
            number.span(),
            "value " + number.text() + " in a pattern is not " + activation.describe(),
            "a "
                + activation.describe()
                + " network's patterns hold "
                + activation.low()
                + " and "
                + activation.high()
                + "; strings such as \"+-+-\" work in both codings");
    return Optional.empty();
  }

  private boolean hasNetworkLength(int length, SourceSpan span) {
    if (length == context.size()) {
      return true;
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERN_LENGTH,
            span,
            "pattern has "
                + length
                + " values, but network '"
                + context.network().text()
                + "' has "
                + context.size()
                + " neurons",
            "a pattern gives one value per neuron, in index order");
    return false;
  }

  private Optional<PatternSet> file(StringLiteral name) {
    if (name.value().isBlank()) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.PATTERN_FILE_MISSING,
              name.span(),
              "the pattern file name is empty",
              "name a file relative to the model's folder: patterns from \"digits.txt\";");
      return Optional.empty();
    }
    Path path;
    try {
      path = context.baseDirectory().resolve(name.value());
    } catch (InvalidPathException e) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.PATTERN_FILE_MISSING,
              name.span(),
              "pattern file name " + name.value() + " is not a valid path: " + e.getReason());
      return Optional.empty();
    }
    String label = label(name.span().file(), name.value());
    PatternFileResult result =
        PatternFiles.read(path, label, activation, PatternFiles.Labels.UNIQUE);
    context.sources().put(label, result.text());
    for (Diagnostic d : result.diagnostics()) {
      boolean missing =
          d.code() == DiagnosticCode.PATTERN_FILE_MISSING || d.code() == DiagnosticCode.TOO_LARGE;
      context
          .diagnostics()
          .report(d.code(), missing ? name.span() : d.span(), d.message(), d.hint());
    }
    return result.patterns().filter(p -> fileHasNetworkLength(p, name.span()));
  }

  private boolean fileHasNetworkLength(PatternSet patterns, SourceSpan span) {
    if (patterns.length() == context.size()) {
      return true;
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.PATTERN_LENGTH,
            span,
            "patterns in the file have "
                + patterns.length()
                + " values, but network '"
                + context.network().text()
                + "' has "
                + context.size()
                + " neurons",
            "a pattern gives one value per neuron, in index order");
    return false;
  }

  /** The pattern file's name for diagnostics: next to the model file as the user named it. */
  private static String label(String modelFile, String name) {
    int slash = Math.max(modelFile.lastIndexOf('/'), modelFile.lastIndexOf('\\'));
    boolean absolute =
        name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
    return slash < 0 || absolute ? name : modelFile.substring(0, slash + 1) + name;
  }
}
