package org.hnet.lang.parse;

import java.util.List;
import org.hnet.lang.ast.HnetFile;
import org.hnet.lang.diag.Diagnostic;

/**
 * What parsing one file gave: its syntax tree, as far as it could be read, and the lexical and
 * syntax errors.
 *
 * @param tree the syntax tree; networks with a syntax error are marked incomplete
 * @param diagnostics the errors found, in the order found
 */
public record ParsedFile(HnetFile tree, List<Diagnostic> diagnostics) {

  /** Copies the list. */
  public ParsedFile {
    diagnostics = List.copyOf(diagnostics);
  }
}
