package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.VectorLiteral;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.learning.RationalWeights;

/**
 * Works out a network's weights from its weights statement or its connections, and checks them
 * against the formalization's Hopfield networks: symmetric, zero on the diagonal, and non-zero only
 * on declared connections. Learned weights are kept only on declared connections.
 */
final class WeightCheck {

  /**
   * The checked weights.
   *
   * @param source how they were given
   * @param values their values
   */
  record Result(WeightSource source, WeightValues values) {}

  private final CheckContext context;
  private final ConnectionCheck.Result connections;

  private WeightCheck(CheckContext context, ConnectionCheck.Result connections) {
    this.context = context;
    this.connections = connections;
  }

  /**
   * The weights, or empty after reporting why they are invalid.
   *
   * @param statement the weights statement, if any
   * @param rule the rule it names, already checked, if it names one
   * @param patterns the network's patterns, for a learning rule; empty when they are invalid
   */
  static Optional<Result> weights(
      CheckContext context,
      Optional<Statement> statement,
      Optional<LearningRuleKind> rule,
      ConnectionCheck.Result connections,
      Optional<PatternSet> patterns) {
    WeightCheck check = new WeightCheck(context, connections);
    if (statement.isPresent() && connections.firstWeight().isPresent()) {
      check.givenTwice(statement.get().span(), connections.firstWeight().get());
      return Optional.empty();
    }
    if (statement.isEmpty()) {
      boolean edges = !connections.weights().isEmpty();
      WeightSource source = edges ? new WeightSource.Edges() : new WeightSource.Unspecified();
      return check.written(source, connections.weights());
    }
    if (statement.get() instanceof Statement.MatrixWeights matrix) {
      return check.matrix(matrix).flatMap(e -> check.written(new WeightSource.Matrix(), e));
    }
    Statement.LearnedWeights learned = (Statement.LearnedWeights) statement.get();
    return rule.flatMap(r -> patterns.flatMap(p -> check.learned(learned, r, p)));
  }

  private void givenTwice(SourceSpan statement, SourceSpan edge) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.CONFLICTING_WEIGHTS,
            edge,
            "weights are given twice: on the connections and in the weights statement at line "
                + statement.line(),
            "give the weights either on the connections or in the weights statement");
  }

  private Optional<Map<Integer, WrittenWeight>> matrix(Statement.MatrixWeights matrix) {
    int n = context.size();
    List<VectorLiteral> rows = matrix.rows();
    if (rows.isEmpty()) {
      shape(matrix.span(), "the weight matrix has no rows");
      return Optional.empty();
    }
    if (rows.size() != n) {
      shape(matrix.span(), "weight matrix has " + rows.size() + " rows");
      return Optional.empty();
    }
    boolean valid = true;
    for (int r = 0; r < n; r++) {
      if (rows.get(r).values().size() != n) {
        shape(
            rows.get(r).span(),
            "row " + r + " of the weight matrix has " + rows.get(r).values().size() + " values");
        valid = false;
      }
    }
    return valid ? entries(rows) : Optional.empty();
  }

  private void shape(SourceSpan span, String what) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.MATRIX_SHAPE,
            span,
            what
                + ", but network '"
                + context.network().text()
                + "' has "
                + context.size()
                + " neurons",
            "a weight matrix needs one row per receiving neuron and one column per sending neuron:"
                + " weights [[0, 1], [1, 0]]; for two neurons");
  }

  private Optional<Map<Integer, WrittenWeight>> entries(List<VectorLiteral> rows) {
    int n = context.size();
    Map<Integer, WrittenWeight> entries = new HashMap<>();
    boolean valid = true;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        NumberLiteral number = rows.get(r).values().get(c);
        Optional<BigFraction> value = context.numbers().value(number);
        valid &= value.isPresent();
        if (value.isPresent() && value.get().signum() != 0) {
          entries.put(r * n + c, new WrittenWeight(r, c, value.get(), number.span()));
        }
      }
    }
    return valid ? Optional.of(entries) : Optional.empty();
  }

  private Optional<Result> written(WeightSource source, Map<Integer, WrittenWeight> entries) {
    int errors = context.diagnostics().errorCount();
    entries.values().forEach(entry -> checkEntry(entry, entries));
    if (context.diagnostics().errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new Result(source, new WeightValues.Written(entries)));
  }

  /**
   * Checks one written weight: zero on the diagonal, on a declared connection, equal to its mirror.
   * When some edges did not resolve, only the diagonal is checked: a missing edge would make the
   * other checks report what is not wrong.
   */
  private void checkEntry(WrittenWeight entry, Map<Integer, WrittenWeight> entries) {
    int n = context.size();
    if (entry.receiver() == entry.sender()) {
      selfWeight(entry);
    } else if (!connections.resolved()) {
      return;
    } else if (!connections.connects(entry.receiver(), entry.sender(), n)) {
      undeclared(entry);
    } else {
      WrittenWeight mirror = entries.get(entry.sender() * n + entry.receiver());
      boolean equal = mirror != null && mirror.value().equals(entry.value());
      if (!equal && (mirror == null || isLater(entry.span(), mirror.span()))) {
        asymmetric(entry, mirror);
      }
    }
  }

  private static boolean isLater(SourceSpan a, SourceSpan b) {
    return a.line() > b.line() || (a.line() == b.line() && a.column() > b.column());
  }

  private void selfWeight(WrittenWeight entry) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.NONZERO_DIAGONAL,
            entry.span(),
            "the weight of "
                + name(entry.receiver())
                + " into itself is "
                + text(entry.value())
                + ", but must be 0",
            "a Hopfield network has no self-connections: write 0 on the diagonal");
  }

  private void undeclared(WrittenWeight entry) {
    String from = name(entry.sender());
    String to = name(entry.receiver());
    context
        .diagnostics()
        .report(
            DiagnosticCode.UNDECLARED_CONNECTION,
            entry.span(),
            "the weight into "
                + to
                + " from "
                + from
                + " is "
                + text(entry.value())
                + ", but there is no connection "
                + from
                + " -> "
                + to,
            "declare the connection ("
                + from
                + " -> "
                + to
                + " or "
                + from
                + " <-> "
                + to
                + ") or make the weight 0");
  }

  private void asymmetric(WrittenWeight entry, WrittenWeight mirror) {
    String from = name(entry.sender());
    String to = name(entry.receiver());
    String other = mirror == null ? "0" : text(mirror.value());
    context
        .diagnostics()
        .report(
            DiagnosticCode.ASYMMETRIC_WEIGHTS,
            entry.span(),
            "weights are not symmetric: the weight into "
                + to
                + " from "
                + from
                + " is "
                + text(entry.value())
                + ", but the weight into "
                + from
                + " from "
                + to
                + " is "
                + other,
            "a Hopfield network needs the same weight in both directions");
  }

  private Optional<Result> learned(
      Statement.LearnedWeights statement, LearningRuleKind rule, PatternSet patterns) {
    BigFraction scale = BigFraction.ONE;
    if (statement.scale().isPresent()) {
      Optional<BigFraction> value = context.numbers().value(statement.scale().get());
      if (value.isEmpty()) {
        return Optional.empty();
      }
      scale = value.get();
    }
    boolean explicit = !connections.connectivity().complete();
    if (explicit && (!connections.resolved() || !symmetricConnections())) {
      return Optional.empty();
    }
    WeightSource source = new WeightSource.Learned(rule, scale);
    return LearningCheck.learn(context, rule, scale, statement, patterns)
        .map(values -> new Result(source, masked(values)));
  }

  private boolean symmetricConnections() {
    int n = context.size();
    boolean symmetric = true;
    for (Connection c : connections.connectivity().connections()) {
      if (!connections.connects(c.from(), c.to(), n)) {
        symmetric = false;
        String from = name(c.from());
        String to = name(c.to());
        context
            .diagnostics()
            .report(
                DiagnosticCode.ASYMMETRIC_WEIGHTS,
                c.span(),
                "connection "
                    + from
                    + " -> "
                    + to
                    + " has no reverse "
                    + to
                    + " -> "
                    + from
                    + ", so the learned weights would not be symmetric",
                "declare learned connections in both directions: " + from + " <-> " + to);
      }
    }
    return symmetric;
  }

  /** The learned weights with every weight on an undeclared connection set to 0. */
  private WeightValues masked(WeightValues values) {
    if (connections.connectivity().complete()) {
      return values;
    }
    int n = context.size();
    if (values instanceof WeightValues.Scaled scaled) {
      long[] counts = scaled.counts();
      forEachUnconnected(n, k -> counts[k] = 0);
      return new WeightValues.Scaled(counts, scaled.scale());
    }
    if (values instanceof WeightValues.Rational rational) {
      BigInteger[] numerators = rational.weights().numerators();
      forEachUnconnected(n, k -> numerators[k] = BigInteger.ZERO);
      return new WeightValues.Rational(
          RationalWeights.of(n, rational.weights().denominator(), numerators));
    }
    WeightValues.Floating floating = (WeightValues.Floating) values;
    double[] doubles = floating.values();
    forEachUnconnected(n, k -> doubles[k] = 0);
    return floating;
  }

  private void forEachUnconnected(int n, java.util.function.IntConsumer action) {
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (!connections.connects(r, c, n)) {
          action.accept(r * n + c);
        }
      }
    }
  }

  private String name(int neuron) {
    return context.table().name(neuron);
  }

  private static String text(BigFraction value) {
    return value.isInteger()
        ? value.getNumerator().toString()
        : value.getNumerator() + "/" + value.getDenominator();
  }
}
