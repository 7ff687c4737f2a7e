package org.hnet.runtime;

import java.util.List;

/**
 * What a network is, apart from its parameters: names for people, its picture shape and the
 * patterns it was built to store.
 *
 * @param name the network's name in its model file
 * @param source the model file it came from, as written by the generator (may be empty)
 * @param generatorVersion the hnet version that generated it, or "reference" for the reference
 *     implementation
 * @param representation how the generator stored the parameters, e.g. "dense int" (see the
 *     generated header)
 * @param neuronNames one name per neuron, in index order
 * @param rows the number of rows when the neurons form one grid, else 0
 * @param columns the number of columns when the neurons form one grid, else 0
 * @param patterns the stored patterns, in the network's activation coding
 */
public record NetworkInfo(
    String name,
    String source,
    String generatorVersion,
    String representation,
    List<String> neuronNames,
    int rows,
    int columns,
    PatternSet patterns) {

  /** Copies the lists so the record is immutable, and checks the grid shape. */
  public NetworkInfo {
    neuronNames = List.copyOf(neuronNames);
    if (rows < 0
        || columns < 0
        || (rows * (long) columns != 0 && rows * (long) columns != neuronNames.size())) {
      throw new IllegalArgumentException(
          "grid " + rows + " x " + columns + " does not match " + neuronNames.size() + " neurons");
    }
  }

  /** Whether the neurons form one grid, so that states can be drawn as pictures. */
  public boolean isGrid() {
    return rows > 0;
  }
}
