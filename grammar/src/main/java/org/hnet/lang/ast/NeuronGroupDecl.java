package org.hnet.lang.ast;

import java.util.List;
import org.hnet.lang.diag.SourceSpan;

/**
 * One group in a {@code neurons} statement: {@code a}, {@code x[16]}, {@code x[1..16]} or {@code
 * pixel[8, 8]}.
 *
 * @param name the group's name
 * @param shape which of the forms was written
 * @param bounds the numbers inside the brackets: none, a count, the first and last index, or rows
 *     and columns
 * @param span where the group was written
 */
public record NeuronGroupDecl(
    Identifier name, Shape shape, List<NumberLiteral> bounds, SourceSpan span) {

  /** The forms a group can take. */
  public enum Shape {
    /** {@code a}: one neuron. */
    SINGLE,
    /** {@code x[16]}: x[0] to x[15]. */
    COUNT,
    /** {@code x[1..16]}: x[1] to x[16]. */
    RANGE,
    /** {@code pixel[8, 8]}: rows and columns, row-major. */
    GRID
  }

  /** Copies the list. */
  public NeuronGroupDecl {
    bounds = List.copyOf(bounds);
  }
}
