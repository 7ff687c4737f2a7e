package org.hnet.lang.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.ast.NetworkDecl;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.StatementKind;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.EnergyKind;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.runtime.Activation;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/** Checks one network block and builds the validated {@link Network}. */
final class NetworkChecker {
  private final Diagnostics diagnostics;
  private final Numbers numbers;
  private final Path baseDirectory;
  private final int maxNeurons;
  private final Map<String, String> sources;
  private final Map<StatementKind, Statement> statements = new EnumMap<>(StatementKind.class);
  private final List<Statement.Neurons> neurons = new ArrayList<>();

  NetworkChecker(
      Diagnostics diagnostics, Path baseDirectory, int maxNeurons, Map<String, String> sources) {
    this.diagnostics = diagnostics;
    this.numbers = new Numbers(diagnostics);
    this.baseDirectory = baseDirectory;
    this.maxNeurons = maxNeurons;
    this.sources = sources;
  }

  /** The network, or empty when it has errors (all of them reported). */
  Optional<Network> check(NetworkDecl network) {
    int errors = diagnostics.errorCount();
    network.statements().forEach(this::sort);
    Optional<EnergyKind> energy = energy();
    Optional<LearningRuleKind> rule = rule();
    Optional<NeuronTable> table =
        NeuronTable.build(network.name(), neurons, numbers, diagnostics, maxNeurons);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    CheckContext context =
        new CheckContext(network.name(), table.get(), numbers, diagnostics, baseDirectory, sources);
    Optional<Network> checked = parts(context, rule, energy.orElse(EnergyKind.HOPFIELD));
    return diagnostics.errorCount() > errors ? Optional.empty() : checked;
  }

  private void sort(Statement statement) {
    if (statement instanceof Statement.Neurons group) {
      neurons.add(group);
      return;
    }
    Statement first = statements.putIfAbsent(statement.kind(), statement);
    if (first != null) {
      diagnostics.report(
          DiagnosticCode.DUPLICATE_STATEMENT,
          statement.span(),
          "statement '" + statement.kind().keyword() + "' is given twice",
          "the first is at line " + first.span().line() + "; each statement may appear once");
    }
  }

  private Optional<EnergyKind> energy() {
    Optional<Statement.Energy> statement = statement(StatementKind.ENERGY, Statement.Energy.class);
    if (statement.isEmpty() || statement.get().name().text().equals("hopfield")) {
      return Optional.of(EnergyKind.HOPFIELD);
    }
    Identifier name = statement.get().name();
    diagnostics.report(
        DiagnosticCode.UNKNOWN_ENERGY,
        name.span(),
        "unknown energy '" + name.text() + "'",
        "the energy of these networks is hopfield: E = -1/2 sum w(u, v) s(u) s(v) + sum threshold(u) s(u)");
    return Optional.empty();
  }

  private Optional<LearningRuleKind> rule() {
    return statement(StatementKind.WEIGHTS, Statement.LearnedWeights.class)
        .flatMap(learned -> LearningCheck.rule(learned, diagnostics));
  }

  /** The checked parts of a network, before its weights and thresholds are lowered. */
  private record Parts(
      Activation activation,
      Roles roles,
      ConnectionCheck.Result connections,
      WeightCheck.Result weights,
      BigFraction[] thresholds,
      PatternSet patterns,
      EnergyKind energy,
      Schedule schedule) {}

  private Optional<Network> parts(
      CheckContext context, Optional<LearningRuleKind> rule, EnergyKind energy) {
    Activation activation =
        statement(StatementKind.ACTIVATION, Statement.ActivationDecl.class)
            .map(Statement.ActivationDecl::activation)
            .orElse(Activation.BIPOLAR);
    Optional<Roles> roles = RoleCheck.roles(context, roleStatements());
    Optional<ConnectionCheck.Result> connections =
        ConnectionCheck.connections(
            context, statement(StatementKind.CONNECTIONS, Statement.Connections.class));
    Optional<BigFraction[]> thresholds =
        ThresholdCheck.thresholds(context, any(StatementKind.THRESHOLDS));
    Optional<PatternSet> patterns =
        PatternCheck.patterns(context, any(StatementKind.PATTERNS), activation);
    Optional<WeightCheck.Result> weights =
        connections.flatMap(
            c -> WeightCheck.weights(context, any(StatementKind.WEIGHTS), rule, c, patterns));
    Optional<Schedule> schedule =
        DynamicsCheck.schedule(
            context, statement(StatementKind.DYNAMICS, Statement.Dynamics.class));
    if (Stream.of(roles, weights, thresholds, patterns, schedule).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    Parts parts =
        new Parts(
            activation,
            roles.get(),
            connections.get(),
            weights.get(),
            thresholds.get(),
            patterns.get(),
            energy,
            schedule.get());
    return lower(context, parts);
  }

  private Optional<Network> lower(CheckContext context, Parts parts) {
    SourceSpan warnAt =
        any(StatementKind.WEIGHTS).map(Statement::span).orElse(context.network().span());
    return ParameterLowering.lower(
            context, parts.activation(), parts.weights().values(), parts.thresholds(), warnAt)
        .map(parameters -> network(context, parts, parameters));
  }

  private static Network network(CheckContext context, Parts parts, NetworkParameters parameters) {
    List<NeuronGroup> groups = context.table().groups();
    boolean grid = groups.size() == 1 && groups.get(0).shape() == NeuronGroup.Shape.GRID;
    return new Network(
        context.network().text(),
        context.network().span(),
        context.table().neurons(),
        groups,
        grid ? groups.get(0).rows() : 0,
        grid ? groups.get(0).columns() : 0,
        parts.roles(),
        parts.activation(),
        parts.connections().connectivity(),
        parts.weights().source(),
        parameters,
        parts.patterns(),
        parts.energy(),
        parts.schedule());
  }

  private List<Statement.Role> roleStatements() {
    List<Statement.Role> roles = new ArrayList<>();
    for (StatementKind kind :
        List.of(StatementKind.INPUT, StatementKind.OUTPUT, StatementKind.HIDDEN)) {
      statement(kind, Statement.Role.class).ifPresent(roles::add);
    }
    return roles;
  }

  private Optional<Statement> any(StatementKind kind) {
    return Optional.ofNullable(statements.get(kind));
  }

  private <T extends Statement> Optional<T> statement(StatementKind kind, Class<T> type) {
    Statement statement = statements.get(kind);
    return type.isInstance(statement) ? Optional.of(type.cast(statement)) : Optional.empty();
  }
}
