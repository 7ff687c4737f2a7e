package org.hnet.lang.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;

/**
 * Checks a {@code clamp} statement: every value is a value of the network's activation, and no
 * neuron is clamped twice. A clamped neuron holds its value under every update, deterministic or
 * stochastic.
 */
final class ClampCheck {
  private final CheckContext context;
  private final Activation activation;
  private final Map<Integer, Clamp> clamps = new TreeMap<>();
  private final Map<Integer, SourceSpan> clampedAt = new TreeMap<>();

  private ClampCheck(CheckContext context, Activation activation) {
    this.context = context;
    this.activation = activation;
  }

  /** The clamps in index order (none without the statement), or empty after reporting errors. */
  static Optional<List<Clamp>> clamps(
      CheckContext context, Optional<Statement.Clamps> statement, Activation activation) {
    if (statement.isEmpty()) {
      return Optional.of(List.of());
    }
    ClampCheck check = new ClampCheck(context, activation);
    int errors = context.diagnostics().errorCount();
    statement.get().entries().forEach(check::entry);
    if (context.diagnostics().errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(new ArrayList<>(check.clamps.values()));
  }

  private void entry(Statement.ClampEntry entry) {
    Optional<int[]> neurons = context.table().resolve(entry.neurons());
    Optional<Integer> value = value(entry);
    if (neurons.isEmpty() || value.isEmpty()) {
      return;
    }
    for (int u : neurons.get()) {
      SourceSpan first = clampedAt.putIfAbsent(u, entry.span());
      if (first != null) {
        twice(entry, u, first);
        return;
      }
      clamps.put(u, new Clamp(u, value.get()));
    }
  }

  /** The value of an entry, or empty after reporting that it is no value of the activation. */
  private Optional<Integer> value(Statement.ClampEntry entry) {
    Optional<BigFraction> value = context.numbers().value(entry.value());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    BigFraction v = value.get();
    if (v.isInteger() && v.getNumerator().bitLength() < 8) {
      int whole = v.getNumerator().intValue();
      if (activation.contains(whole)) {
        return Optional.of(whole);
      }
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.CLAMP_VALUE,
            entry.value().span(),
            "clamp value "
                + entry.value().text()
                + " is not a value of "
                + activation.describe()
                + " neurons",
            activation.describe()
                + " neurons take "
                + activation.low()
                + " and "
                + activation.high());
    return Optional.empty();
  }

  private void twice(Statement.ClampEntry entry, int neuron, SourceSpan first) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.DUPLICATE_CLAMP,
            entry.span(),
            context.table().name(neuron) + " is clamped twice",
            "the first clamp is at line " + first.line() + ", column " + first.column());
  }
}
