package org.hnet.lang.ast;

import java.util.List;
import org.hnet.lang.diag.SourceSpan;

/**
 * A {@code network NAME { ... }} block as written.
 *
 * @param name the network's name
 * @param statements its statements, in the order written
 * @param complete whether the block parsed without a syntax error; the checks skip incomplete
 *     networks, whose statements may be missing pieces
 * @param span where the block was written, from the keyword to the closing brace
 */
public record NetworkDecl(
    Identifier name, List<Statement> statements, boolean complete, SourceSpan span) {

  /** Copies the list. */
  public NetworkDecl {
    statements = List.copyOf(statements);
  }
}
