package org.hnet.generator.plan;

import java.util.Optional;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.SparseParameters;

/**
 * Chooses how a generated class represents a network: its layout, its number type, where its
 * parameters live and how its stochastic updates get their probabilities.
 *
 * <p>Number type. Exact parameters become {@code int} arrays when {@link
 * ExactParameters#magnitudeBound} (the largest absolute scaled net input, threshold or energy any
 * state can produce) is at most {@link Integer#MAX_VALUE}. Every scaled threshold and every
 * off-diagonal scaled weight is one term of that bound, and every partial sum of a net input is
 * bounded by it, so all of them fit as well; the diagonal is never read and is emitted as 0. Larger
 * exact parameters become {@code long} arrays, which {@link ExactParameters} guarantees to be
 * enough. When a neuron changes, generated code adds {@code w(u, v) * delta} (with {@code delta}
 * one of -2, -1, 1, 2) to a net input: the product alone may exceed the type only when the net
 * input it is added to does not, and Java's two's-complement arithmetic then still gives the exact
 * sum. Energies are always summed in {@code long}. Floating-point parameters become {@code double}
 * arrays. A lattice keeps, per site, the sum of its neighbours' values (an {@code int}, at most 4
 * in magnitude) and multiplies it by the coupling in {@code long}; its number type is that of the
 * coupling and thresholds, chosen by the same bound.
 *
 * <p>Storage. Parameters are written as array literals when the network has at most {@value
 * #LITERAL_LIMIT} weights (64 neurons) and its stored patterns hold at most {@value #LITERAL_LIMIT}
 * values; otherwise they go to a binary resource beside the class. The limit comes from the class
 * file format: a class's static initializer is one method of at most 64 KiB of bytecode, and each
 * element of an array literal costs up to 8 bytes there (duplicate the array, push the index, load
 * the constant, store). {@value #LITERAL_LIMIT} weights then take at most 32 KiB, which leaves room
 * for the thresholds and the rest of the initializer; the patterns are built in a method of their
 * own under the same bound. A lattice has no weight array; its thresholds (if they differ between
 * sites) and its clamps are literals up to {@value #LATTICE_LITERAL_LIMIT} sites.
 *
 * <p>Lookup tables. An exact network whose scaled local fields all lie in a range of at most {@link
 * LookupTable#LIMIT} values gets a table keyed by the local field; a lattice with one threshold
 * gets a table keyed by the neighbour sum (-4 to 4 bipolar, 0 to 4 binary).
 */
public final class RepresentationChooser {

  /** The most weights, and the most pattern values, a class holds as array literals. */
  public static final int LITERAL_LIMIT = 4096;

  /** The most sites of a lattice whose thresholds and clamps are array literals. */
  public static final int LATTICE_LITERAL_LIMIT = 1024;

  private RepresentationChooser() {}

  /** The representation of {@code network}. */
  public static Representation choose(Network network) {
    if (network.lattice().isPresent()) {
      return lattice(network, network.lattice().get());
    }
    return dense(network);
  }

  private static Representation dense(Network network) {
    NumberType numbers;
    String numbersReason;
    Optional<LookupTable> lookup = Optional.empty();
    if (network.parameters() instanceof ExactParameters exact) {
      long bound =
          ExactParameters.magnitudeBound(exact.size(), exact.weights(), exact.thresholds());
      numbers = bound <= Integer.MAX_VALUE ? NumberType.INT : NumberType.LONG;
      numbersReason = exactReason(numbers, bound, exact.scale());
      lookup = LocalFields.range(exact);
    } else {
      numbers = NumberType.DOUBLE;
      numbersReason = "the parameters are floating point, so ties are decided in double";
    }
    Storage storage = isSmall(network) ? Storage.LITERAL : Storage.RESOURCE;
    return new Representation(
        Layout.DENSE,
        numbers,
        storage,
        network.parameters().isSymmetric(),
        false,
        lookup,
        numbersReason,
        storageReason(storage, network),
        samplingReason(
            lookup,
            numbers.isExact()
                ? "the scaled local fields span more than " + LookupTable.LIMIT + " values"
                : "the local fields are floating point"));
  }

  private static Representation lattice(Network network, Lattice lattice) {
    SparseParameters sparse = (SparseParameters) network.parameters();
    long bound = LocalFields.bound(sparse);
    NumberType numbers = bound <= Integer.MAX_VALUE ? NumberType.INT : NumberType.LONG;
    boolean uniform = LocalFields.uniformThreshold(sparse);
    Optional<LookupTable> lookup =
        uniform ? Optional.of(neighbourSums(network.activation())) : Optional.empty();
    boolean small =
        lattice.size() <= LATTICE_LITERAL_LIMIT
            && (long) lattice.size() * network.patterns().size() <= LITERAL_LIMIT;
    Storage storage = small ? Storage.LITERAL : Storage.RESOURCE;
    return new Representation(
        Layout.LATTICE,
        numbers,
        storage,
        true,
        uniform,
        lookup,
        exactReason(numbers, bound, sparse.scale()),
        latticeStorageReason(storage, lattice, uniform),
        samplingReason(lookup, "the thresholds differ between sites"));
  }

  /** The table of a lattice: neighbour sums -4 to 4 (bipolar) or 0 to 4 (binary). */
  private static LookupTable neighbourSums(Activation activation) {
    long first = 4L * activation.low();
    int size = (int) (4L * activation.high() - first + 1);
    return new LookupTable(LookupTable.Key.NEIGHBOUR_SUM, first, size);
  }

  private static String exactReason(NumberType numbers, long bound, long scale) {
    String fits = numbers == NumberType.INT ? "fits int" : "exceeds int";
    return "exact over SCALE = "
        + scale
        + "; every scaled net input, threshold and energy is at most "
        + bound
        + " in magnitude, which "
        + fits;
  }

  private static boolean isSmall(Network network) {
    long size = network.size();
    long patternValues = size * network.patterns().size();
    return size * size <= LITERAL_LIMIT && patternValues <= LITERAL_LIMIT;
  }

  private static String storageReason(Storage storage, Network network) {
    long size = network.size();
    String counts =
        size * size + " weights and " + size * network.patterns().size() + " pattern values";
    if (storage == Storage.LITERAL) {
      return "array literals (" + counts + ", at most " + LITERAL_LIMIT + " of each)";
    }
    return "binary resources beside the class ("
        + counts
        + "; array literals hold at most "
        + LITERAL_LIMIT
        + " of each)";
  }

  private static String latticeStorageReason(Storage storage, Lattice lattice, boolean uniform) {
    String weights =
        "no weight array, the neighbours of a site are found by index arithmetic on the "
            + lattice.rows()
            + " x "
            + lattice.columns()
            + (lattice.boundary() == Lattice.Boundary.PERIODIC ? " torus" : " grid")
            + (uniform ? "; one threshold for every site" : "");
    if (storage == Storage.LITERAL) {
      return weights + "; array literals (at most " + LATTICE_LITERAL_LIMIT + " sites)";
    }
    return weights
        + "; binary resources beside the class ("
        + lattice.size()
        + " sites; array literals hold at most "
        + LATTICE_LITERAL_LIMIT
        + ")";
  }

  /** How stochastic updates get their probabilities; {@code why} says why there is no table. */
  private static String samplingReason(Optional<LookupTable> lookup, String why) {
    if (lookup.isPresent()) {
      return lookup.get().describe()
          + ", each entry computed by StochasticRule when first read at a beta and again when"
          + " read at another";
    }
    return "Gibbs probabilities and Metropolis acceptances computed by StochasticRule at every"
        + " update, without a lookup table: "
        + why;
  }
}
