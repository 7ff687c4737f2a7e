package org.hnet.lang.check;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hnet.lang.ast.NeuronRef;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.dynamics.Schedule;

/**
 * Checks a deterministic {@code dynamics} statement. A given asynchronous order must visit every
 * neuron at least once, so that repeating it is a fair sequence in the formalization's sense and
 * the convergence theorem applies. Without the statement, and when the statement declares
 * stochastic dynamics instead, the deterministic dynamics are asynchronous in index order.
 */
final class DynamicsCheck {

  private DynamicsCheck() {}

  /** The schedule, or empty after reporting why it is invalid. */
  static Optional<Schedule> schedule(CheckContext context, Optional<Statement.Dynamics> statement) {
    if (statement.isEmpty()) {
      return Optional.of(new Schedule.IndexOrder());
    }
    return switch (statement.get().mode()) {
      case ASYNCHRONOUS -> Optional.of(new Schedule.IndexOrder());
      case RANDOM -> Optional.of(new Schedule.RandomOrder());
      case SYNCHRONOUS -> Optional.of(new Schedule.Synchronous());
      case ORDERED -> order(context, statement.get());
    };
  }

  private static Optional<Schedule> order(CheckContext context, Statement.Dynamics statement) {
    return fairOrder(context, statement.order(), statement.span()).map(Schedule.GivenOrder::new);
  }

  /**
   * The neurons of an order, head first, or empty after reporting why it is invalid: a reference
   * that resolves to nothing, or an order that misses a neuron (HN100, at {@code span}).
   */
  static Optional<int[]> fairOrder(
      CheckContext context, List<NeuronRef> references, SourceSpan span) {
    IntStream.Builder order = IntStream.builder();
    boolean resolved = true;
    for (NeuronRef reference : references) {
      Optional<int[]> neurons = context.table().resolve(reference);
      resolved &= neurons.isPresent();
      neurons.ifPresent(indices -> IntStream.of(indices).forEach(order::add));
    }
    if (!resolved) {
      return Optional.empty();
    }
    int[] sequence = order.build().toArray();
    BitSet visited = new BitSet(context.size());
    IntStream.of(sequence).forEach(visited::set);
    int[] missed = IntStream.range(0, context.size()).filter(u -> !visited.get(u)).toArray();
    if (missed.length > 0) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.ORDER_NOT_FAIR,
              span,
              "the update order misses " + context.table().names(missed),
              "an order must visit every neuron at least once, so that every sweep updates all of them");
      return Optional.empty();
    }
    return Optional.of(sequence);
  }
}
