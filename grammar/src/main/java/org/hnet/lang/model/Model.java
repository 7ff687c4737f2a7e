package org.hnet.lang.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything a model file declares, checked: its networks in the order written.
 *
 * @param file the file as the user named it
 * @param networks the networks, in file order
 */
public record Model(String file, List<Network> networks) {

  /** Copies the list. */
  public Model {
    networks = List.copyOf(networks);
  }

  /** The network with the given name, if the file declares one. */
  public Optional<Network> network(String name) {
    return networks.stream().filter(n -> n.name().equals(name)).findFirst();
  }
}
