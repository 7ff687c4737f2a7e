package org.hnet.lang.ast;

import java.util.List;
import org.hnet.lang.diag.SourceSpan;

/**
 * A reference to one or more neurons: {@code a}, a whole group {@code x}, {@code x[3]}, a range
 * {@code x[0..3]} or a grid cell {@code pixel[2, 5]}.
 *
 * @param name the group named
 * @param shape which of the forms was written
 * @param indices the numbers inside the brackets: none, one, two (range bounds or row and column)
 * @param span where the reference was written
 */
public record NeuronRef(
    Identifier name, Shape shape, List<NumberLiteral> indices, SourceSpan span) {

  /** The forms a reference can take. */
  public enum Shape {
    /** {@code a} or {@code x}: the whole group. */
    WHOLE,
    /** {@code x[3]}. */
    INDEX,
    /** {@code x[0..3]}, both ends included. */
    RANGE,
    /** {@code pixel[2, 5]}. */
    GRID_CELL
  }

  /** Copies the list. */
  public NeuronRef {
    indices = List.copyOf(indices);
  }

  /** The reference in the form neuron names take: {@code x[0..3]}, {@code pixel[2, 5]}. */
  public String text() {
    String separator = shape == Shape.RANGE ? ".." : ", ";
    return indices.isEmpty()
        ? name.text()
        : name.text()
            + "["
            + String.join(separator, indices.stream().map(NumberLiteral::text).toList())
            + "]";
  }
}
