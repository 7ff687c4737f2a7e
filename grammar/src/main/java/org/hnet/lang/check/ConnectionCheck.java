package org.hnet.lang.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Connectivity;

/**
 * Checks a {@code connections} statement: every edge joins two distinct neurons, no directed
 * connection is declared twice, and weights on edges are exact numbers. Without the statement the
 * connectivity is complete (every ordered pair of distinct neurons).
 */
final class ConnectionCheck {

  /**
   * The checked connections.
   *
   * @param connectivity which directed connections exist
   * @param adjacency bit {@code receiver * n + sender} is set when that connection exists (explicit
   *     connectivity only)
   * @param weights the non-zero weights written on edges, by {@code receiver * n + sender}
   * @param firstWeight where the first weight on an edge was written, if any
   * @param resolved whether every edge's neurons and weight were resolved: when not, some edges are
   *     missing, and checks that need all of them (symmetry, undeclared connections) are skipped
   */
  record Result(
      Connectivity connectivity,
      BitSet adjacency,
      Map<Integer, WrittenWeight> weights,
      Optional<SourceSpan> firstWeight,
      boolean resolved) {

    /** Whether the connection into {@code receiver} from {@code sender} exists. */
    boolean connects(int receiver, int sender, int size) {
      return connectivity.complete() ? receiver != sender : adjacency.get(receiver * size + sender);
    }
  }

  private final CheckContext context;
  private final BitSet adjacency = new BitSet();
  private final List<Connection> connections = new ArrayList<>();
  private final Map<Integer, WrittenWeight> weights = new HashMap<>();
  private Optional<SourceSpan> firstWeight = Optional.empty();

  private ConnectionCheck(CheckContext context) {
    this.context = context;
  }

  /** The connections, or empty after reporting why they are invalid. */
  static Optional<Result> connections(
      CheckContext context, Optional<Statement.Connections> statement) {
    if (statement.isEmpty() || statement.get().complete()) {
      return Optional.of(
          new Result(Connectivity.completeGraph(), new BitSet(), Map.of(), Optional.empty(), true));
    }
    return Optional.of(new ConnectionCheck(context).check(statement.get().edges()));
  }

  /**
   * The connections, also when some edges have errors (reported), so that the weights can still be
   * checked against the others; the network fails on those errors all the same.
   */
  private Result check(List<Statement.Edge> edges) {
    boolean resolved = true;
    for (Statement.Edge edge : edges) {
      resolved &= edge(edge);
    }
    Connectivity connectivity = new Connectivity(false, connections);
    return new Result(connectivity, adjacency, weights, firstWeight, resolved);
  }

  /** Adds an edge's connections; returns whether its neurons and weight resolved. */
  private boolean edge(Statement.Edge edge) {
    Optional<int[]> from = context.table().resolve(edge.from());
    Optional<int[]> to = context.table().resolve(edge.to());
    Optional<BigFraction> weight = edge.weight().flatMap(context.numbers()::value);
    if (from.isEmpty() || to.isEmpty() || weight.isEmpty() != edge.weight().isEmpty()) {
      return false;
    }
    if (edge.weight().isPresent() && firstWeight.isEmpty()) {
      firstWeight = Optional.of(edge.weight().get().span());
    }
    SourceSpan weightSpan = edge.weight().map(w -> w.span()).orElse(edge.span());
    boolean reported = false;
    for (int sender : from.get()) {
      for (int receiver : to.get()) {
        reported |= connect(edge, sender, receiver, weight, weightSpan, reported);
        if (edge.both()) {
          reported |= connect(edge, receiver, sender, weight, weightSpan, reported);
        }
      }
    }
    return true;
  }

  /** Adds one directed connection; returns whether it reported an error. */
  private boolean connect(
      Statement.Edge edge,
      int sender,
      int receiver,
      Optional<BigFraction> weight,
      SourceSpan weightSpan,
      boolean alreadyReported) {
    if (sender == receiver) {
      return alreadyReported || selfConnection(edge, sender);
    }
    int key = receiver * context.size() + sender;
    if (adjacency.get(key)) {
      return alreadyReported || duplicate(edge, sender, receiver);
    }
    adjacency.set(key);
    connections.add(new Connection(sender, receiver, edge.span()));
    if (weight.isPresent() && weight.get().signum() != 0) {
      weights.put(key, new WrittenWeight(receiver, sender, weight.get(), weightSpan));
    }
    return false;
  }

  private boolean selfConnection(Statement.Edge edge, int neuron) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.SELF_CONNECTION,
            edge.span(),
            "connection from " + context.table().name(neuron) + " to itself",
            "a Hopfield network has no self-connections: its net input skips the neuron itself");
    return true;
  }

  private boolean duplicate(Statement.Edge edge, int sender, int receiver) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.DUPLICATE_CONNECTION,
            edge.span(),
            "connection "
                + context.table().name(sender)
                + " -> "
                + context.table().name(receiver)
                + " is declared twice",
            "a <-> b already declares both a -> b and b -> a");
    return true;
  }
}
