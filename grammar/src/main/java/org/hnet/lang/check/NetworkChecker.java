package org.hnet.lang.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.ast.NetworkDecl;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.StatementKind;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.EnergyKind;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/** Checks one network block and builds the validated {@link Network}. */
final class NetworkChecker {
  private final Diagnostics diagnostics;
  private final Numbers numbers;
  private final Path baseDirectory;
  private final NeuronLimit limit;
  private final HeapBudget heap;
  private final Map<String, String> sources;
  private final Map<StatementKind, Statement> statements = new EnumMap<>(StatementKind.class);
  private final List<Statement.Neurons> neurons = new ArrayList<>();
  private int errorsBefore;

  NetworkChecker(
      Diagnostics diagnostics,
      Path baseDirectory,
      NeuronLimit limit,
      HeapBudget heap,
      Map<String, String> sources) {
    this.diagnostics = diagnostics;
    this.numbers = new Numbers(diagnostics);
    this.baseDirectory = baseDirectory;
    this.limit = limit;
    this.heap = heap;
    this.sources = sources;
  }

  /**
   * The network, or empty when it has errors, all of them reported: a check that fails leaves the
   * others running wherever they can still say something true.
   */
  Optional<Network> check(NetworkDecl network) {
    errorsBefore = diagnostics.errorCount();
    network.statements().forEach(this::sort);
    Optional<EnergyKind> energy = energy();
    Optional<LearningRuleKind> rule = rule();
    Optional<NeuronTable> table =
        NeuronTable.build(network.name(), neurons, numbers, diagnostics, limit, isLattice(), heap);
    if (table.isEmpty()) {
      withoutNeurons(network.name());
      return Optional.empty();
    }
    CheckContext context =
        new CheckContext(
            network.name(), table.get(), numbers, diagnostics, baseDirectory, sources, heap);
    Optional<Network> checked = parts(context, rule, energy.orElse(EnergyKind.HOPFIELD));
    return hasNewErrors() ? Optional.empty() : checked;
  }

  private boolean hasNewErrors() {
    return diagnostics.errorCount() > errorsBefore;
  }

  /** The checks that need no neurons, for a network whose neurons are in error. */
  private void withoutNeurons(Identifier network) {
    CheckContext context =
        new CheckContext(
            network,
            NeuronTable.unknown(numbers, diagnostics),
            numbers,
            diagnostics,
            baseDirectory,
            sources,
            heap);
    sampling(context);
    if (!isLattice()) {
      notOnLattice(StatementKind.COUPLING);
      notOnLattice(StatementKind.FIELD);
    }
  }

  private void sort(Statement statement) {
    if (statement instanceof Statement.Neurons group) {
      neurons.add(group);
      return;
    }
    Statement first = statements.putIfAbsent(statement.kind(), statement);
    if (first instanceof Statement.Temperature given
        && statement instanceof Statement.Temperature again
        && given.given() != again.given()) {
      temperatureTwice(given, again);
      return;
    }
    if (first != null) {
      diagnostics.report(
          DiagnosticCode.DUPLICATE_STATEMENT,
          statement.span(),
          "statement '" + statement.kind().keyword() + "' is given twice",
          "the first is at line " + first.span().line() + "; each statement may appear once");
    }
  }

  private void temperatureTwice(Statement.Temperature first, Statement.Temperature second) {
    diagnostics.report(
        DiagnosticCode.TEMPERATURE_TWICE,
        second.span(),
        "the temperature is given twice, by '"
            + first.keyword()
            + "' at line "
            + first.span().line()
            + " and by '"
            + second.keyword()
            + "' here",
        "beta is 1/T: give either temperature T or beta b");
  }

  private boolean isLattice() {
    return statements.get(StatementKind.CONNECTIONS) instanceof Statement.LatticeConnections;
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

  /** The checked parts of a network besides its weights and thresholds. */
  private record Parts(
      Activation activation,
      Roles roles,
      PatternSet patterns,
      EnergyKind energy,
      Schedule schedule,
      Sampling sampling,
      List<Clamp> clamps) {}

  /** Weights and thresholds lowered to parameters, with how they were given. */
  private record Couplings(
      Connectivity connectivity, WeightSource source, NetworkParameters parameters) {}

  /**
   * Checked weights and thresholds. They are lowered to parameters only when the rest of the
   * network is valid too, since lowering may warn (HW001) about numbers an error makes moot.
   */
  private interface Unlowered {
    Optional<Couplings> lower();
  }

  private Optional<Network> parts(
      CheckContext context, Optional<LearningRuleKind> rule, EnergyKind energy) {
    Activation activation =
        statement(StatementKind.ACTIVATION, Statement.ActivationDecl.class)
            .map(Statement.ActivationDecl::activation)
            .orElse(Activation.BIPOLAR);
    Optional<Roles> roles = RoleCheck.roles(context, roleStatements());
    Optional<PatternSet> patterns =
        PatternCheck.patterns(context, any(StatementKind.PATTERNS), activation);
    Optional<Unlowered> couplings =
        isLattice() ? lattice(context, activation) : dense(context, rule, activation, patterns);
    Optional<Schedule> schedule =
        DynamicsCheck.schedule(
            context, statement(StatementKind.DYNAMICS, Statement.Dynamics.class));
    Optional<Sampling> sampling = sampling(context);
    Optional<List<Clamp>> clamps =
        ClampCheck.clamps(
            context, statement(StatementKind.CLAMP, Statement.Clamps.class), activation);
    if (Stream.of(roles, patterns, couplings, schedule, sampling, clamps)
        .anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    if (hasNewErrors()) {
      // lowering may warn (HW001) about numbers an error makes moot
      return Optional.empty();
    }
    Parts parts =
        new Parts(
            activation,
            roles.get(),
            patterns.get(),
            energy,
            schedule.get(),
            sampling.get(),
            clamps.get());
    return couplings
        .get()
        .lower()
        .map(
            lowered -> {
              warnAboutPatterns(context, parts, lowered);
              return network(context, parts, lowered);
            });
  }

  /** Warnings about a valid network's use of its patterns (HW002, HW003). */
  private void warnAboutPatterns(CheckContext context, Parts parts, Couplings couplings) {
    any(StatementKind.PATTERNS)
        .ifPresent(
            patterns ->
                PatternUseCheck.patternsWithoutWeights(
                    context, parts.patterns(), couplings.source(), patterns.span()));
    if (couplings.source() instanceof WeightSource.Learned learned) {
      PatternUseCheck.fixedPoints(
          context,
          couplings.parameters(),
          parts.patterns(),
          parts.clamps(),
          learned.rule(),
          any(StatementKind.WEIGHTS).orElseThrow().span());
    }
  }

  private Optional<Sampling> sampling(CheckContext context) {
    return SamplingCheck.sampling(
        context,
        statement(StatementKind.TEMPERATURE, Statement.Temperature.class),
        statement(StatementKind.DYNAMICS, Statement.StochasticDynamics.class),
        statement(StatementKind.ANNEAL, Statement.Anneal.class));
  }

  /** Complete or listed connections with weights and thresholds; no lattice numbers. */
  private Optional<Unlowered> dense(
      CheckContext context,
      Optional<LearningRuleKind> rule,
      Activation activation,
      Optional<PatternSet> patterns) {
    notOnLattice(StatementKind.COUPLING);
    notOnLattice(StatementKind.FIELD);
    Optional<ConnectionCheck.Result> connections =
        ConnectionCheck.connections(
            context, statement(StatementKind.CONNECTIONS, Statement.Connections.class));
    Optional<BigFraction[]> thresholds =
        ThresholdCheck.thresholds(context, any(StatementKind.THRESHOLDS));
    Optional<WeightCheck.Result> weights =
        connections.flatMap(
            c -> WeightCheck.weights(context, any(StatementKind.WEIGHTS), rule, c, patterns));
    if (Stream.of(connections, thresholds, weights).anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    SourceSpan weightsAt =
        any(StatementKind.WEIGHTS)
            .or(() -> any(StatementKind.CONNECTIONS))
            .map(Statement::span)
            .orElse(context.network().span());
    SourceSpan thresholdsAt = any(StatementKind.THRESHOLDS).map(Statement::span).orElse(weightsAt);
    ParameterLowering.Spans spans = new ParameterLowering.Spans(weightsAt, thresholdsAt);
    return Optional.of(
        () ->
            ParameterLowering.lower(
                    context, activation, weights.get().values(), thresholds.get(), spans)
                .map(
                    parameters ->
                        new Couplings(
                            connections.get().connectivity(), weights.get().source(), parameters)));
  }

  private void notOnLattice(StatementKind kind) {
    any(kind)
        .ifPresent(
            statement ->
                diagnostics.report(
                    DiagnosticCode.NOT_A_LATTICE,
                    statement.span(),
                    "'" + kind.keyword() + "' is for networks on a lattice",
                    "declare one with connections lattice periodic; (or open), or give the"
                        + " weights and thresholds statements instead"));
  }

  /** Nearest-neighbour connections on a grid, with the coupling and the field or thresholds. */
  private Optional<Unlowered> lattice(CheckContext context, Activation activation) {
    Statement.LatticeConnections statement =
        statement(StatementKind.CONNECTIONS, Statement.LatticeConnections.class).orElseThrow();
    return LatticeCheck.check(
            context,
            statement,
            statement(StatementKind.COUPLING, Statement.Coupling.class),
            statement(StatementKind.FIELD, Statement.Field.class),
            any(StatementKind.THRESHOLDS),
            any(StatementKind.WEIGHTS))
        .map(
            checked ->
                () ->
                    LatticeCheck.lower(context, checked, activation, statement)
                        .map(
                            parameters ->
                                new Couplings(
                                    Connectivity.lattice(checked.lattice()),
                                    new WeightSource.Coupling(checked.coupling()),
                                    parameters)));
  }

  private static Network network(CheckContext context, Parts parts, Couplings couplings) {
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
        couplings.connectivity(),
        couplings.source(),
        couplings.parameters(),
        parts.patterns(),
        parts.energy(),
        parts.schedule(),
        parts.sampling(),
        parts.clamps());
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
