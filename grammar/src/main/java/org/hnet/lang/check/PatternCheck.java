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

  private Optional<PatternSet> inline(List<Statement.PatternRow> rows) {
    int errors = context.diagnostics().errorCount();
    List<int[]> patterns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Map<String, SourceSpan> labelled = new HashMap<>();
    for (Statement.PatternRow row : rows) {
      row.label().ifPresent(label -> checkLabel(label, labelled));
      Optional<int[]> values = row.text().isPresent() ? text(row.text().get()) : values(row);
      values.filter(v -> hasNetworkLength(v.length, row.span())).ifPresent(patterns::add);
      labels.add(row.label().map(Statement.Label::text).orElse(Integer.toString(labels.size())));
    }
    if (context.diagnostics().errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new PatternSet(activation, context.size(), patterns, labels));
  }

  private void checkLabel(Statement.Label label, Map<String, SourceSpan> labelled) {
    SourceSpan first = labelled.putIfAbsent(label.text(), label.span());
    if (first != null) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.DUPLICATE_LABEL,
              label.span(),
              "label '" + label.text() + "' is given to two patterns",
              "the first is at line " + first.line() + ", column " + first.column());
    }
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
    PatternFileResult result = PatternFiles.read(path, label, activation);
    context.sources().put(label, result.text());
    for (Diagnostic d : result.diagnostics()) {
      boolean missing = d.code() == DiagnosticCode.PATTERN_FILE_MISSING;
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
