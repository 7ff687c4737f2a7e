package org.hnet.lang;

/**
 * Limits the front end applies while loading a model, so that an enormous model is refused with a
 * diagnostic before memory runs out.
 *
 * @param maxNeurons the most neurons a network may declare; at most {@value #MAX_SUPPORTED}
 */
public record LoaderOptions(int maxNeurons) {
  /** The default limit on the neurons of a network. */
  public static final int DEFAULT_MAX_NEURONS = 10_000;

  /** The largest limit: a dense {@code n x n} weight array must be indexable by an {@code int}. */
  public static final int MAX_SUPPORTED = 46_340;

  /** Checks the limit. */
  public LoaderOptions {
    if (maxNeurons < 1 || maxNeurons > MAX_SUPPORTED) {
      throw new IllegalArgumentException(
          "maxNeurons must be between 1 and " + MAX_SUPPORTED + ", got " + maxNeurons);
    }
  }

  /** The default options. */
  public static LoaderOptions defaults() {
    return new LoaderOptions(DEFAULT_MAX_NEURONS);
  }

  /** These options with another limit on the neurons of a network ({@code --max-neurons}). */
  public LoaderOptions withMaxNeurons(int limit) {
    return new LoaderOptions(limit);
  }
}
