package org.hnet.lang.check;

import java.math.BigInteger;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.LoaderOptions;

/**
 * The most neurons one network may declare (HN110): a low limit for dense networks, whose weight
 * matrix takes 8 n^2 bytes, and a high one for lattices, which store at most four weights per
 * neuron. Its messages speak of the options a user has (the command line's {@code --max-neurons},
 * the Maven plugin's {@code maxNeurons}), never of Java methods.
 *
 * @param dense the limit of a dense network
 * @param lattice the limit of a network with {@code connections lattice}
 */
record NeuronLimit(int dense, int lattice) {

  /** The limit of a network, dense or on a lattice. */
  int of(boolean onLattice) {
    return onLattice ? lattice : dense;
  }

  /** What a network beyond its limit is told, with the true count however large. */
  String message(String network, BigInteger declared, boolean onLattice) {
    return (onLattice ? "lattice '" : "network '")
        + network
        + "' declares "
        + declared
        + " neurons, more than the limit of "
        + of(onLattice)
        + (onLattice ? " for lattices" : "");
  }

  /**
   * How to get past the limit: raise it when the count is within what hnet supports, else say that
   * it is beyond; for a dense network, point at lattices when they would hold it.
   */
  String hint(BigInteger declared, boolean onLattice) {
    if (onLattice) {
      return latticeHint(declared);
    }
    BigInteger bytes = declared.multiply(declared).shiftLeft(3);
    String weights =
        "dense weights take 8 n^2 bytes"
            + (bytes.bitLength() < 63
                ? ", " + HeapBudget.describe(bytes.longValueExact()) + " for this network"
                : "");
    String raise =
        declared.compareTo(BigInteger.valueOf(LoaderOptions.MAX_SUPPORTED)) <= 0
            ? "; raise the limit with --max-neurons "
                + declared
                + " (maxNeurons in the Maven plugin)"
            : "; hnet supports at most "
                + LoaderOptions.MAX_SUPPORTED
                + " neurons with dense weights, so this network is beyond what it supports";
    return weights + raise + latticeAlternative(declared);
  }

  private String latticeAlternative(BigInteger declared) {
    if (declared.compareTo(BigInteger.valueOf(lattice)) > 0) {
      return "";
    }
    return "; for nearest-neighbour couplings on a grid, write connections lattice, which allows up"
        + " to "
        + lattice
        + " neurons";
  }

  private String latticeHint(BigInteger declared) {
    if (declared.compareTo(BigInteger.valueOf(LoaderOptions.MAX_SUPPORTED_LATTICE)) > 0) {
      return "hnet supports lattices of at most "
          + LoaderOptions.MAX_SUPPORTED_LATTICE
          + " neurons, so this lattice is beyond what it supports";
    }
    return "lattices are limited to "
        + lattice
        + " neurons; each costs about 150 bytes in the front end";
  }
}
