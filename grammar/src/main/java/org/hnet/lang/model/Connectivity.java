package org.hnet.lang.model;

import java.util.List;

/**
 * Which directed connections exist: every ordered pair of distinct neurons, or a declared list.
 *
 * @param complete whether every ordered pair of distinct neurons is connected
 * @param connections the declared connections, in file order; empty when {@code complete}
 */
public record Connectivity(boolean complete, List<Connection> connections) {

  /** Copies the list. */
  public Connectivity {
    connections = List.copyOf(connections);
  }

  /** The complete graph without self-loops. */
  public static Connectivity completeGraph() {
    return new Connectivity(true, List.of());
  }

  /** Whether the connection into {@code to} from {@code from} exists. */
  public boolean connects(int from, int to) {
    if (complete) {
      return from != to;
    }
    return connections.stream().anyMatch(c -> c.from() == from && c.to() == to);
  }
}
