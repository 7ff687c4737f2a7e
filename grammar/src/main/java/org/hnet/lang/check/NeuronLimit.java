package org.hnet.lang.check;

/**
 * The most neurons one network may declare (HN110): a low limit for dense networks, whose weight
 * matrix takes 8 n^2 bytes, and a high one for lattices, which store at most four weights per
 * neuron.
 *
 * @param dense the limit of a dense network
 * @param lattice the limit of a network with {@code connections lattice}
 */
record NeuronLimit(int dense, int lattice) {

  /** The limit of a network, dense or on a lattice. */
  int of(boolean onLattice) {
    return onLattice ? lattice : dense;
  }

  /** What a network beyond its limit is told. */
  String message(String network, long declared, boolean onLattice) {
    return (onLattice ? "lattice '" : "network '")
        + network
        + "' declares "
        + declared
        + " neurons, more than the limit of "
        + of(onLattice)
        + (onLattice ? " for lattices" : "");
  }

  /** How to get past the limit. */
  String hint(long declared, boolean onLattice) {
    if (onLattice) {
      return "raise the limit with LoaderOptions.withMaxLatticeNeurons("
          + declared
          + "); a lattice costs about 150 bytes per neuron";
    }
    return "dense weights take 8 n^2 bytes; raise the limit with --max-neurons "
        + declared
        + " (LoaderOptions.withMaxNeurons), or, for nearest-neighbour couplings on a grid, write"
        + " connections lattice, which allows up to "
        + lattice
        + " neurons";
  }
}
