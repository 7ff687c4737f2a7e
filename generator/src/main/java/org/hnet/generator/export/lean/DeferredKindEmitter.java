package org.hnet.generator.export.lean;

import java.util.List;
import org.hnet.lang.model.Network;

/**
 * Writes, for a network whose kind has no exporter yet (binary activation), a comment that says so
 * and why, so that the file still elaborates and a reader is not misled. The JSON spec holds the
 * network in full.
 */
record DeferredKindEmitter(Network network, String namespace) implements NetworkEmitter {

  @Override
  public void emit(LeanWriter out, List<int[]> starts) {
    out.comment("Network " + network.name() + " (" + namespace + ") is not exported to Lean:");
    out.comment("its neurons take the values 0 and 1, so it is the formalization's ZeroOne");
    out.comment("two-state network or a general NeuralNetwork, not a HopfieldNetwork, and hnet");
    out.comment("does not export those yet. The JSON spec holds the network in full.");
  }
}
