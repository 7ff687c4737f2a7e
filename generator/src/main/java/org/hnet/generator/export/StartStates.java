package org.hnet.generator.export;

import java.util.List;
import java.util.Map;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;

/** Checks the start states an export is given against the model's networks. */
final class StartStates {

  private StartStates() {}

  static void check(Model model, Map<String, List<int[]>> starts) {
    for (Map.Entry<String, List<int[]>> entry : starts.entrySet()) {
      Network network =
          model
              .network(entry.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "start states for network '"
                              + entry.getKey()
                              + "', which the model does not have"));
      entry.getValue().forEach(state -> check(network, state));
    }
  }

  private static void check(Network network, int[] state) {
    if (state.length != network.size()) {
      throw new IllegalArgumentException(
          "a start state of network "
              + network.name()
              + " has "
              + state.length
              + " values, but the network has "
              + network.size()
              + " neurons");
    }
    for (int value : state) {
      if (!network.activation().contains(value)) {
        throw new IllegalArgumentException(
            "a start state of network "
                + network.name()
                + " holds "
                + value
                + ", which is not "
                + network.activation().describe());
      }
    }
  }
}
