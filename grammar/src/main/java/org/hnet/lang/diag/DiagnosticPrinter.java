package org.hnet.lang.diag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics for people, in the form compilers use:
 *
 * <pre>
 * model.hnet:4:21: error: weights are not symmetric: ... [HN051]
 *   weights [[0, 1], [2, 0]];
 *                     ^
 *   hint: a Hopfield network needs the same weight in both directions
 * </pre>
 *
 * <p>The source line is shown with tabs expanded to stops every {@value #TAB_WIDTH} columns and
 * control characters shown as {@code ?}, so the caret line lines up under it; every other character
 * counts as one column. The caret marks the span's first character and {@code ~} the rest of it on
 * that line. Without the file's text only the headline and the hint are printed.
 */
public final class DiagnosticPrinter {
  /** The distance between tab stops when a source line is shown. */
  public static final int TAB_WIDTH = 8;

  private static final String INDENT = "  ";

  private final Map<String, String> sources;
  private final Map<String, List<String>> lines = new HashMap<>();

  private DiagnosticPrinter(Map<String, String> sources) {
    this.sources = Map.copyOf(sources);
  }

  /**
   * A printer.
   *
   * @param sources the text of each file, by the name diagnostics use for it
   */
  public static DiagnosticPrinter of(Map<String, String> sources) {
    return new DiagnosticPrinter(sources);
  }

  /** One diagnostic: headline, source line and caret line when the text is known, hint. */
  public String render(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
    SourceSpan span = diagnostic.span();
    List<String> text = lines(span.file());
    if (span.line() <= text.size()) {
      appendSourceAndCaret(out, text.get(span.line() - 1), span);
    }
    if (!diagnostic.hint().isEmpty()) {
      out.append(INDENT).append("hint: ").append(diagnostic.hint()).append('\n');
    }
    return out.toString();
  }

  /** Several diagnostics, one after the other, then a count such as "2 errors, 1 warning". */
  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append(render(d)));
    if (!diagnostics.isEmpty()) {
      out.append(summary(diagnostics)).append('\n');
    }
    return out.toString();
  }

  /** "1 error", "2 errors, 1 warning", "no problems". */
  public static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    if (errors == 0 && warnings == 0) {
      return "no problems";
    }
    String e = errors == 1 ? "1 error" : errors + " errors";
    String w = warnings == 1 ? "1 warning" : warnings + " warnings";
    return errors == 0 ? w : warnings == 0 ? e : e + ", " + w;
  }

  private List<String> lines(String file) {
    return lines.computeIfAbsent(
        file, f -> sources.containsKey(f) ? List.of(sources.get(f).split("\r?\n", -1)) : List.of());
  }

  private static void appendSourceAndCaret(StringBuilder out, String line, SourceSpan span) {
    int[] codePoints = line.codePoints().toArray();
    StringBuilder shown = new StringBuilder();
    int[] start = new int[codePoints.length + 1];
    int width = 0;
    for (int k = 0; k < codePoints.length; k++) {
      start[k] = width;
      width += appendShown(shown, codePoints[k], width);
    }
    start[codePoints.length] = width;

    // the caret under the span's first character, tildes under the rest of it on this line
    int first = Math.min(span.column() - 1, codePoints.length);
    int last = Math.min(first + span.length(), codePoints.length);
    int underline = Math.max(1, start[last] - start[first]);
    out.append(INDENT).append(shown).append('\n');
    out.append(INDENT)
        .append(" ".repeat(start[first]))
        .append('^')
        .append("~".repeat(underline - 1))
        .append('\n');
  }

  /** Appends one character as shown and returns how many columns it takes. */
  private static int appendShown(StringBuilder shown, int codePoint, int column) {
    if (codePoint == '\t') {
      int spaces = TAB_WIDTH - column % TAB_WIDTH;
      shown.append(" ".repeat(spaces));
      return spaces;
    }
    shown.appendCodePoint(Character.isISOControl(codePoint) ? '?' : codePoint);
    return 1;
  }
}
