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
 * counts as one column. A line wider than {@value #MAX_SHOWN_COLUMNS} columns is shown as a window
 * of that many columns around the caret, with {@code ...} where it was cut. The caret marks the
 * span's first character and {@code ~} the rest of it on that line. Without the file's text only
 * the headline and the hint are printed.
 *
 * <p>A list of diagnostics is shown up to its first {@value #MAX_SHOWN}; the rest are counted in
 * one more line (HN009), and the closing summary counts every diagnostic of the list.
 */
public final class DiagnosticPrinter {
  /** The distance between tab stops when a source line is shown. */
  public static final int TAB_WIDTH = 8;

  /** The widest part of a source line shown, in columns. */
  public static final int MAX_SHOWN_COLUMNS = 100;

  /** The most diagnostics of a list rendered one by one; the rest are counted (HN009). */
  public static final int MAX_SHOWN = 100;

  private static final String INDENT = "  ";
  private static final String CUT = "...";

  /** How many columns of a cut line are shown before the caret, when there are that many. */
  private static final int CONTEXT_BEFORE = 40;

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

  /**
   * Several diagnostics, one after the other, the first {@value #MAX_SHOWN} of them in full and the
   * rest counted (HN009), then a summary of them all, such as "2 errors, 1 warning" or "300 errors,
   * 200 not shown".
   */
  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.stream().limit(MAX_SHOWN).forEach(d -> out.append(render(d)));
    int hidden = diagnostics.size() - MAX_SHOWN;
    if (hidden > 0) {
      out.append(render(notShown(diagnostics.get(MAX_SHOWN).span(), hidden)));
    }
    if (!diagnostics.isEmpty()) {
      out.append(summary(diagnostics));
      out.append(hidden > 0 ? ", " + hidden + " not shown" : "").append('\n');
    }
    return out.toString();
  }

  /** The line that stands for the diagnostics beyond the first {@value #MAX_SHOWN}. */
  private static Diagnostic notShown(SourceSpan firstHidden, int hidden) {
    String problems = hidden == 1 ? "1 more problem is" : hidden + " more problems are";
    return new Diagnostic(
        DiagnosticCode.TOO_MANY_ERRORS,
        firstHidden,
        problems + " not shown, the first of them here",
        "fix the first ones and load the file again");
  }

  /** "1 error", "2 errors, 1 warning", "no problems": every diagnostic of the list counts. */
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
        file, f -> sources.containsKey(f) ? SourceLines.split(sources.get(f)) : List.of());
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
    Window window = Window.around(start[first], width);
    int caret = Math.max(window.left(), start[first]);
    int underline = Math.max(1, Math.min(start[last], window.right()) - caret);
    out.append(INDENT).append(window.cut(shown.toString())).append('\n');
    out.append(INDENT)
        .append(" ".repeat(window.prefix().length() + caret - window.left()))
        .append('^')
        .append("~".repeat(underline - 1))
        .append('\n');
  }

  /**
   * The columns {@code [left, right)} of a shown line that are printed.
   *
   * @param left the first column shown
   * @param right the column after the last one shown
   * @param width the width of the whole line
   */
  private record Window(int left, int right, int width) {

    /** The whole line when it is narrow enough, else {@value #MAX_SHOWN_COLUMNS} around caret. */
    static Window around(int caret, int width) {
      if (width <= MAX_SHOWN_COLUMNS) {
        return new Window(0, width, width);
      }
      int left = Math.max(0, caret - CONTEXT_BEFORE);
      int right = Math.min(width, left + MAX_SHOWN_COLUMNS);
      left = Math.max(0, Math.min(left, right - MAX_SHOWN_COLUMNS));
      return new Window(left, right, width);
    }

    String prefix() {
      return left > 0 ? CUT : "";
    }

    /** The shown line cut to the window, with marks where it was cut. */
    String cut(String shown) {
      if (left == 0 && right == width) {
        return shown;
      }
      int from = shown.offsetByCodePoints(0, left);
      int to = shown.offsetByCodePoints(from, right - left);
      return prefix() + shown.substring(from, to) + (right < width ? CUT : "");
    }
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
