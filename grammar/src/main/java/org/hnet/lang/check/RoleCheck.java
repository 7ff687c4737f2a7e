package org.hnet.lang.check;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hnet.lang.ast.NeuronRef;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.StatementKind;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;

/**
 * Checks the input, output and hidden statements against the formalization's side conditions: input
 * and output are not empty, hidden neurons are neither input nor output, and every neuron has a
 * role. Without any role statement every neuron is input and output and none is hidden.
 */
final class RoleCheck {
  private final CheckContext context;
  private final BitSet input = new BitSet();
  private final BitSet output = new BitSet();
  private final BitSet hidden = new BitSet();
  private final Map<Integer, SourceSpan> hiddenAt = new HashMap<>();

  private RoleCheck(CheckContext context) {
    this.context = context;
  }

  /** The roles, or empty after reporting why they are invalid. */
  static Optional<Roles> roles(CheckContext context, List<Statement.Role> statements) {
    if (statements.isEmpty()) {
      return Optional.of(Roles.allVisible(context.size()));
    }
    return new RoleCheck(context).check(statements);
  }

  private Optional<Roles> check(List<Statement.Role> statements) {
    boolean resolved = true;
    for (Statement.Role statement : statements) {
      for (NeuronRef reference : statement.neurons()) {
        resolved &= mark(statement.kind(), reference);
      }
    }
    if (!resolved) {
      return Optional.empty();
    }
    int errors = context.diagnostics().errorCount();
    requireNonEmpty(input, DiagnosticCode.EMPTY_INPUT, "input");
    requireNonEmpty(output, DiagnosticCode.EMPTY_OUTPUT, "output");
    checkHiddenOverlap();
    context.table().groups().forEach(this::checkAssigned);
    return context.diagnostics().errorCount() > errors
        ? Optional.empty()
        : Optional.of(Roles.of(context.size(), input, output, hidden));
  }

  private boolean mark(StatementKind kind, NeuronRef reference) {
    Optional<int[]> neurons = context.table().resolve(reference);
    neurons.ifPresent(
        indices -> {
          for (int u : indices) {
            (kind == StatementKind.INPUT ? input : kind == StatementKind.OUTPUT ? output : hidden)
                .set(u);
            if (kind == StatementKind.HIDDEN) {
              hiddenAt.putIfAbsent(u, reference.span());
            }
          }
        });
    return neurons.isPresent();
  }

  private void requireNonEmpty(BitSet role, DiagnosticCode code, String name) {
    if (role.isEmpty()) {
      context
          .diagnostics()
          .report(
              code,
              context.network().span(),
              "network '" + context.network().text() + "' has no " + name + " neurons",
              "name at least one in an " + name + " statement, for example " + name + " a;");
    }
  }

  private void checkHiddenOverlap() {
    hidden.stream()
        .filter(u -> input.get(u) || output.get(u))
        .forEach(
            u ->
                context
                    .diagnostics()
                    .report(
                        DiagnosticCode.HIDDEN_OVERLAP,
                        hiddenAt.get(u),
                        "neuron "
                            + context.table().name(u)
                            + " is hidden and also "
                            + (input.get(u) ? "input" : "output"),
                        "a hidden neuron is neither input nor output"));
  }

  private void checkAssigned(NeuronGroup group) {
    int[] missing =
        IntStream.range(group.firstIndex(), group.firstIndex() + group.size())
            .filter(u -> !input.get(u) && !output.get(u) && !hidden.get(u))
            .toArray();
    if (missing.length > 0) {
      String names = context.table().names(missing);
      String message =
          missing.length == 1
              ? "neuron " + names + " has no role"
              : "neurons " + names + " have no role";
      context
          .diagnostics()
          .report(
              DiagnosticCode.UNASSIGNED_NEURON,
              group.span(),
              message,
              "name every neuron in an input, output or hidden statement");
    }
  }
}
