package org.hnet.lang.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;

/**
 * Checks a {@code thresholds} statement and gives one exact threshold per neuron: 0 for every
 * neuron without the statement and for the neurons a named block leaves out.
 */
final class ThresholdCheck {

  private ThresholdCheck() {}

  /** The thresholds in index order, or empty after reporting why they are invalid. */
  static Optional<BigFraction[]> thresholds(CheckContext context, Optional<Statement> statement) {
    BigFraction[] zeros = new BigFraction[context.size()];
    Arrays.fill(zeros, BigFraction.ZERO);
    if (statement.isEmpty()) {
      return Optional.of(zeros);
    }
    if (statement.get() instanceof Statement.UniformThresholds uniform) {
      return context.numbers().value(uniform.value()).map(v -> filled(context.size(), v));
    }
    if (statement.get() instanceof Statement.VectorThresholds vector) {
      return vector(context, vector.values().values(), vector.values().span());
    }
    return named(context, ((Statement.NamedThresholds) statement.get()).entries(), zeros);
  }

  private static BigFraction[] filled(int size, BigFraction value) {
    BigFraction[] values = new BigFraction[size];
    Arrays.fill(values, value);
    return values;
  }

  private static Optional<BigFraction[]> vector(
      CheckContext context, List<NumberLiteral> numbers, SourceSpan span) {
    if (numbers.size() != context.size()) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.THRESHOLD_VECTOR_LENGTH,
              span,
              "threshold vector has "
                  + numbers.size()
                  + " values, but network '"
                  + context.network().text()
                  + "' has "
                  + context.size()
                  + " neurons",
              "give one threshold per neuron in index order, or one number for all: thresholds 0;");
      return Optional.empty();
    }
    BigFraction[] values = new BigFraction[numbers.size()];
    boolean valid = true;
    for (int u = 0; u < values.length; u++) {
      Optional<BigFraction> value = context.numbers().value(numbers.get(u));
      valid &= value.isPresent();
      values[u] = value.orElse(BigFraction.ZERO);
    }
    return valid ? Optional.of(values) : Optional.empty();
  }

  private static Optional<BigFraction[]> named(
      CheckContext context, List<Statement.NamedThreshold> entries, BigFraction[] values) {
    Map<Integer, SourceSpan> given = new HashMap<>();
    boolean valid = true;
    for (Statement.NamedThreshold entry : entries) {
      Optional<int[]> neurons = context.table().resolve(entry.neurons());
      Optional<BigFraction> value = context.numbers().value(entry.value());
      if (neurons.isEmpty() || value.isEmpty()) {
        valid = false;
        continue;
      }
      boolean reported = false;
      for (int u : neurons.get()) {
        SourceSpan first = given.putIfAbsent(u, entry.span());
        if (first != null && !reported) {
          reported = true;
          duplicate(context, entry, u, first);
        }
        values[u] = value.get();
      }
      valid &= !reported;
    }
    return valid ? Optional.of(values) : Optional.empty();
  }

  private static void duplicate(
      CheckContext context, Statement.NamedThreshold entry, int neuron, SourceSpan first) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.DUPLICATE_THRESHOLD,
            entry.span(),
            "threshold of " + context.table().name(neuron) + " is given twice",
            "the first is at line " + first.line() + ", column " + first.column());
  }
}
