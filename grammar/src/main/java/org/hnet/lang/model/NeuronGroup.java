package org.hnet.lang.model;

import org.hnet.lang.diag.SourceSpan;

/**
 * The neurons one declaration made: a single name, an indexed range or a grid.
 *
 * @param name the group's name
 * @param shape its shape
 * @param firstIndex the index of its first neuron in the network
 * @param firstLabel the index written for the first neuron ({@code 1} for {@code x[1..16]}); 0 for
 *     single neurons and grids
 * @param rows the number of rows of a grid; 1 otherwise
 * @param columns the number of columns of a grid; the count of an indexed range; 1 for a single
 *     neuron
 * @param span where it was declared
 */
public record NeuronGroup(
    String name,
    Shape shape,
    int firstIndex,
    int firstLabel,
    int rows,
    int columns,
    SourceSpan span) {

  /** The shapes a declaration can have. */
  public enum Shape {
    /** {@code neurons a;} */
    SINGLE,
    /** {@code neurons x[16];} or {@code neurons x[1..16];} */
    RANGE,
    /** {@code neurons pixel[8, 8];} */
    GRID
  }

  /** The number of neurons in the group. */
  public int size() {
    return rows * columns;
  }
}
