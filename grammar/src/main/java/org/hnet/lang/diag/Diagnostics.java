package org.hnet.lang.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one file as the front end finds them, so that all problems are
 * reported together rather than one at a time. Not thread-safe.
 */
public final class Diagnostics {
  private final List<Diagnostic> found = new ArrayList<>();

  /** Records a diagnostic without a hint. */
  public void report(DiagnosticCode code, SourceSpan span, String message) {
    report(code, span, message, "");
  }

  /** Records a diagnostic with a hint saying what would be right. */
  public void report(DiagnosticCode code, SourceSpan span, String message, String hint) {
    found.add(new Diagnostic(code, span, message, hint));
  }

  /** Records diagnostics found elsewhere. */
  public void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  /** The number of errors so far. */
  public int errorCount() {
    return (int) found.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /** Whether any error was found. */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /**
   * The diagnostics found, sorted by position, each once (a pattern file that two networks read
   * reports its problems once).
   */
  public List<Diagnostic> sorted() {
    return found.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
  }
}
