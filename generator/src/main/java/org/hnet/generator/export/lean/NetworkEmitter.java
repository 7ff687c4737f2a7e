package org.hnet.generator.export.lean;

import java.util.List;
import org.hnet.lang.model.Network;

/**
 * Writes the Lean section of one network, inside its own namespace. {@link #of} picks the emitter:
 * a network whose weights can be written as a matrix literal gets its parameters and facts; a
 * lattice too large for that gets a comment that says what is not exported and why.
 */
sealed interface NetworkEmitter permits DenseEmitter, LargeLatticeEmitter {

  /** The most neurons of a lattice whose weights are written out as a matrix. */
  int LATTICE_LIMIT = 64;

  /**
   * Writes the section of {@code network}.
   *
   * @param out where to write
   * @param starts the start states of the runs whose facts are stated, at least one
   */
  void emit(LeanWriter out, List<int[]> starts);

  /** The emitter for {@code network}, in the namespace {@code namespace}. */
  static NetworkEmitter of(Network network, String namespace) {
    if (network.lattice().isPresent() && network.size() > LATTICE_LIMIT) {
      return new LargeLatticeEmitter(network, namespace);
    }
    return new DenseEmitter(network, namespace);
  }
}
