package org.hnet.lang.patterns;

import java.util.List;
import java.util.Optional;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.runtime.PatternSet;

/**
 * What reading a pattern file gave.
 *
 * @param patterns the patterns, present iff there is no error
 * @param diagnostics the problems found, positioned in the pattern file
 * @param text the file's text, for showing the lines diagnostics point at; empty when unreadable
 */
public record PatternFileResult(
    Optional<PatternSet> patterns, List<Diagnostic> diagnostics, String text) {

  /** Copies the list. */
  public PatternFileResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
