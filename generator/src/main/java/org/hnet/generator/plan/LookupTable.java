package org.hnet.generator.plan;

/**
 * A table of the Gibbs probabilities and Metropolis acceptances of a generated network, used when
 * the scaled local field {@code d} of a neuron can take only a few values. Entry {@code k} belongs
 * to the key value {@code first + k}: the scaled local field itself for a dense network, or the sum
 * of the neighbours' values for a lattice with one threshold (where {@code d = coupling * sum -
 * threshold}).
 *
 * <p>The entries depend on {@code beta}, which may change from call to call (annealing does so
 * every sweep). Each entry therefore remembers the {@code beta} it was computed for and is
 * recomputed, by the same {@code StochasticRule} expressions the reference network evaluates, when
 * it is read at another one. Nothing is allocated: the arrays are made with the network, and a
 * change of {@code beta} costs one evaluation per entry actually read, never more than a direct
 * computation would.
 *
 * @param key what indexes the table
 * @param first the key value of entry 0
 * @param size the number of entries, at most {@link #LIMIT}
 */
public record LookupTable(Key key, long first, int size) {

  /** The most entries a table may have. */
  public static final int LIMIT = 1024;

  /** What indexes a table. */
  public enum Key {
    /** The scaled local field {@code d = SCALE * (net(u) - threshold(u))}. */
    LOCAL_FIELD("the scaled local field"),
    /** The sum of the values of a site's neighbours, one term per bond. */
    NEIGHBOUR_SUM("the neighbour sum");

    private final String words;

    Key(String words) {
      this.words = words;
    }

    /** The key in words, for the class header. */
    public String words() {
      return words;
    }
  }

  /** Checks the size. */
  public LookupTable {
    if (size < 1 || size > LIMIT) {
      throw new IllegalArgumentException(
          "a lookup table has 1 to " + LIMIT + " entries, got " + size);
    }
  }

  /** The key value of the last entry. */
  public long last() {
    return first + size - 1;
  }

  /** The table in words: "9 Gibbs probabilities and 9 Metropolis acceptances, keyed by ...". */
  public String describe() {
    return "lookup tables of "
        + size
        + " Gibbs probabilities and "
        + size
        + " Metropolis acceptances, keyed by "
        + key.words()
        + " ("
        + first
        + " to "
        + last()
        + ")";
  }
}
