package org.hnet.lang.ast;

import java.util.List;
import org.hnet.lang.diag.SourceSpan;

/**
 * A bracketed list of numbers: a matrix row, a threshold vector or a pattern.
 *
 * @param values the numbers, in the order written
 * @param span where the list was written, brackets included
 */
public record VectorLiteral(List<NumberLiteral> values, SourceSpan span) {

  /** Copies the list. */
  public VectorLiteral {
    values = List.copyOf(values);
  }
}
