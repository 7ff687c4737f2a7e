package org.hnet.generator.export.lean;

import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;

/**
 * Writes the Lean section of one network, inside its own namespace. There is one emitter per kind
 * of network the formalization has a structure for; {@link #of} picks it.
 */
sealed interface NetworkEmitter permits HopfieldEmitter, DeferredKindEmitter {

  /**
   * Writes the section of {@code network}.
   *
   * @param out where to write
   * @param starts the start states of the runs whose facts are stated
   */
  void emit(LeanWriter out, List<int[]> starts);

  /**
   * The emitter for {@code network}: deterministic bipolar networks are the formalization's {@code
   * HopfieldNetwork}; binary ones need its {@code ZeroOne} or general networks, which are not
   * exported yet.
   */
  static NetworkEmitter of(Network network, String namespace) {
    if (network.activation() == Activation.BIPOLAR) {
      return new HopfieldEmitter(network, namespace);
    }
    return new DeferredKindEmitter(network, namespace);
  }
}
