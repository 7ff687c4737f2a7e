package org.hnet.generator.plan;

import org.hnet.lang.model.Network;
import org.hnet.runtime.ExactParameters;

/**
 * Chooses how a generated class represents a network: its number type and where its parameters
 * live.
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
 * arrays.
 *
 * <p>Storage. Parameters are written as array literals when the network has at most {@value
 * #LITERAL_LIMIT} weights (64 neurons) and its stored patterns hold at most {@value #LITERAL_LIMIT}
 * values; otherwise they go to a binary resource beside the class. The limit comes from the class
 * file format: a class's static initializer is one method of at most 64 KiB of bytecode, and each
 * element of an array literal costs up to 8 bytes there (duplicate the array, push the index, load
 * the constant, store). {@value #LITERAL_LIMIT} weights then take at most 32 KiB, which leaves room
 * for the thresholds and the rest of the initializer; the patterns are built in a method of their
 * own under the same bound.
 */
public final class RepresentationChooser {

  /** The most weights, and the most pattern values, a class holds as array literals. */
  public static final int LITERAL_LIMIT = 4096;

  private RepresentationChooser() {}

  /** The representation of {@code network}. */
  public static Representation choose(Network network) {
    NumberType numbers;
    String numbersReason;
    if (network.parameters() instanceof ExactParameters exact) {
      long bound =
          ExactParameters.magnitudeBound(exact.size(), exact.weights(), exact.thresholds());
      numbers = bound <= Integer.MAX_VALUE ? NumberType.INT : NumberType.LONG;
      numbersReason = exactReason(numbers, bound, exact.scale());
    } else {
      numbers = NumberType.DOUBLE;
      numbersReason = "the parameters are floating point, so ties are decided in double";
    }
    Storage storage = isSmall(network) ? Storage.LITERAL : Storage.RESOURCE;
    return new Representation(
        numbers,
        storage,
        network.parameters().isSymmetric(),
        numbersReason,
        storageReason(storage, network));
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
}
