package org.hnet.lang;

import org.hnet.runtime.Lattice;

/**
 * Limits the front end applies while loading a model, so that an enormous model is refused with a
 * diagnostic before memory runs out.
 *
 * <p>Two limits, because networks cost memory in two ways. A dense network holds an {@code n x n}
 * weight matrix, 8 n^2 bytes of it (800 MB at 10000 neurons), so its limit is low. A lattice
 * ({@code connections lattice}) holds at most four weights per neuron and costs about 150 bytes per
 * neuron in the front end, names included, so its limit is a hundred times higher.
 *
 * @param maxNeurons the most neurons a dense network may declare; at most {@value #MAX_SUPPORTED}
 * @param maxLatticeNeurons the most neurons a lattice may declare; at most {@link
 *     #MAX_SUPPORTED_LATTICE}
 */
public record LoaderOptions(int maxNeurons, int maxLatticeNeurons) {
  /** The default limit on the neurons of a dense network. */
  public static final int DEFAULT_MAX_NEURONS = 10_000;

  /** The largest limit: a dense {@code n x n} weight array must be indexable by an {@code int}. */
  public static final int MAX_SUPPORTED = 46_340;

  /** The default limit on the neurons of a lattice: a 1024 x 1024 grid. */
  public static final int DEFAULT_MAX_LATTICE_NEURONS = 1 << 20;

  /** The largest lattice limit: four weights per neuron must fit one array. */
  public static final int MAX_SUPPORTED_LATTICE = Lattice.MAX_SIZE;

  /** Checks the limits. */
  public LoaderOptions {
    if (maxNeurons < 1 || maxNeurons > MAX_SUPPORTED) {
      throw new IllegalArgumentException(
          "maxNeurons must be between 1 and " + MAX_SUPPORTED + ", got " + maxNeurons);
    }
    if (maxLatticeNeurons < 1 || maxLatticeNeurons > MAX_SUPPORTED_LATTICE) {
      throw new IllegalArgumentException(
          "maxLatticeNeurons must be between 1 and "
              + MAX_SUPPORTED_LATTICE
              + ", got "
              + maxLatticeNeurons);
    }
  }

  /** Options with the given dense limit and the default lattice limit. */
  public LoaderOptions(int maxNeurons) {
    this(maxNeurons, DEFAULT_MAX_LATTICE_NEURONS);
  }

  /** The default options. */
  public static LoaderOptions defaults() {
    return new LoaderOptions(DEFAULT_MAX_NEURONS, DEFAULT_MAX_LATTICE_NEURONS);
  }

  /** These options with another limit on the neurons of a dense network ({@code --max-neurons}). */
  public LoaderOptions withMaxNeurons(int limit) {
    return new LoaderOptions(limit, maxLatticeNeurons);
  }

  /** These options with another limit on the neurons of a lattice. */
  public LoaderOptions withMaxLatticeNeurons(int limit) {
    return new LoaderOptions(maxNeurons, limit);
  }
}
