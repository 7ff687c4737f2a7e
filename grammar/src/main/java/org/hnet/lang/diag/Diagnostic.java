package org.hnet.lang.diag;

import java.util.Comparator;

/**
 * One problem found in a model file.
 *
 * @param code the catalogue entry, which fixes the severity
 * @param span where the problem is
 * @param message what is wrong, in one sentence, quoting the offending text
 * @param hint what would be right, or empty
 */
public record Diagnostic(DiagnosticCode code, SourceSpan span, String message, String hint) {

  /** The most characters of a message or hint; the rest is cut with "...". */
  public static final int MAX_TEXT = 500;

  /** Orders diagnostics by file, line and column, then by code. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.span().file())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(d -> d.code().id());

  /**
   * Cuts a message or hint longer than {@value #MAX_TEXT} characters, which only quoting an
   * enormous name or label makes: one sentence is enough to say what is wrong.
   */
  public Diagnostic {
    message = shortened(message);
    hint = shortened(hint);
  }

  private static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 3)) + "...";
  }

  /** The severity of the code. */
  public Severity severity() {
    return code.severity();
  }

  /**
   * The first line of the report: {@code file:line:col: error: message [HN123]}, or {@code error:
   * message [HN123]} when there is no file to point into (an empty file name).
   */
  public String headline() {
    String where = span.file().isEmpty() ? "" : span + ": ";
    return where + severity().label() + ": " + message + " [" + code.id() + "]";
  }
}
