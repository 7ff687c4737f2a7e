package org.hnet.lang.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hnet.runtime.Lattice;

/**
 * Which directed connections exist: every ordered pair of distinct neurons, a declared list, or the
 * nearest neighbours of a lattice.
 *
 * @param complete whether every ordered pair of distinct neurons is connected
 * @param connections the declared connections, in file order; empty when {@code complete} or on a
 *     lattice
 * @param lattice the grid whose nearest neighbours are connected ({@code connections lattice
 *     periodic;}); the network's neurons are then exactly its sites
 */
public record Connectivity(
    boolean complete, List<Connection> connections, Optional<Lattice> lattice) {

  /** Copies the list and checks that at most one form is given. */
  public Connectivity {
    connections = List.copyOf(connections);
    Objects.requireNonNull(lattice, "lattice");
    if (lattice.isPresent() && (complete || !connections.isEmpty())) {
      throw new IllegalArgumentException("a lattice has neither complete nor listed connections");
    }
  }

  /** Complete or listed connections, no lattice. */
  public Connectivity(boolean complete, List<Connection> connections) {
    this(complete, connections, Optional.empty());
  }

  /** The complete graph without self-loops. */
  public static Connectivity completeGraph() {
    return new Connectivity(true, List.of());
  }

  /** The nearest neighbours of {@code lattice}. */
  public static Connectivity lattice(Lattice lattice) {
    return new Connectivity(false, List.of(), Optional.of(lattice));
  }

  /** Whether the connection into {@code to} from {@code from} exists. */
  public boolean connects(int from, int to) {
    if (complete) {
      return from != to;
    }
    if (lattice.isPresent()) {
      int[] neighbours = new int[4];
      int found = lattice.get().neighbours(to, neighbours);
      for (int k = 0; k < found; k++) {
        if (neighbours[k] == from) {
          return true;
        }
      }
      return false;
    }
    return connections.stream().anyMatch(c -> c.from() == from && c.to() == to);
  }
}
