package org.hnet.lang.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.hnet.lang.ast.HnetFile;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.ast.NetworkDecl;
import org.hnet.lang.ast.NeuronGroupDecl;
import org.hnet.lang.ast.NeuronRef;
import org.hnet.lang.ast.NumberLiteral;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.ast.StatementKind;
import org.hnet.lang.ast.StringLiteral;
import org.hnet.lang.ast.VectorLiteral;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.parse.HnetParser.NetworkContext;
import org.hnet.lang.parse.HnetParser.StatementContext;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.stochastic.Annealing;

/**
 * Turns a parse tree into syntax records with source spans. Networks in which a syntax error was
 * reported are kept with their name only and marked incomplete, since recovery may have left pieces
 * of their statements out.
 */
final class TreeBuilder {
  private final String file;
  private final Set<Integer> errorTokens;

  /**
   * A builder for one file.
   *
   * @param file the file as the user named it
   * @param errorTokens the indices of the tokens at which an error was reported
   */
  TreeBuilder(String file, Set<Integer> errorTokens) {
    this.file = file;
    this.errorTokens = Set.copyOf(errorTokens);
  }

  HnetFile build(HnetParser.HnetFileContext context) {
    List<NetworkDecl> networks = new ArrayList<>();
    for (NetworkContext network : context.network()) {
      if (network.name != null && network.name.exception == null) {
        networks.add(network(network));
      }
    }
    return new HnetFile(file, networks);
  }

  private NetworkDecl network(NetworkContext context) {
    Identifier name = identifier(context.name);
    if (hasErrorInside(context)) {
      return new NetworkDecl(name, List.of(), false, span(context));
    }
    List<Statement> statements = new ArrayList<>();
    try {
      for (StatementContext statement : context.statement()) {
        statements.add(statement(statement));
      }
    } catch (RuntimeException unexpectedShape) {
      // a tree that recovery bent into a shape no rule makes; only possible after an error
      if (errorTokens.isEmpty()) {
        throw unexpectedShape;
      }
      return new NetworkDecl(name, List.of(), false, span(context));
    }
    return new NetworkDecl(name, statements, true, span(context));
  }

  private boolean hasErrorInside(ParserRuleContext context) {
    int first = context.getStart().getTokenIndex();
    int last = context.getStop() == null ? first : context.getStop().getTokenIndex();
    return isBroken(context)
        || errorTokens.stream().anyMatch(index -> index >= first && index <= last);
  }

  /** Whether recovery left a piece of this subtree unmatched or made up. */
  private static boolean isBroken(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      return true;
    }
    if (tree instanceof ParserRuleContext context && context.exception != null) {
      return true;
    }
    for (int k = 0; k < tree.getChildCount(); k++) {
      if (isBroken(tree.getChild(k))) {
        return true;
      }
    }
    return false;
  }

  private Statement statement(StatementContext context) {
    if (context.neuronsStatement() != null) {
      return neurons(context.neuronsStatement());
    }
    if (context.roleStatement() != null) {
      return role(context.roleStatement());
    }
    if (context.activationStatement() != null) {
      return activation(context.activationStatement());
    }
    if (context.connectionsStatement() != null) {
      return connections(context.connectionsStatement());
    }
    if (context.weightsStatement() != null) {
      return weights(context.weightsStatement());
    }
    if (context.thresholdsStatement() != null) {
      return thresholds(context.thresholdsStatement());
    }
    if (context.patternsStatement() != null) {
      return patterns(context.patternsStatement());
    }
    if (context.energyStatement() != null) {
      return new Statement.Energy(
          identifier(context.energyStatement().kind), span(context.energyStatement()));
    }
    if (context.dynamicsStatement() != null) {
      return dynamics(context.dynamicsStatement());
    }
    return boltzmann(context);
  }

  /** The statements of Boltzmann machines: temperature, annealing, lattice numbers, clamps. */
  private Statement boltzmann(StatementContext context) {
    if (context.temperatureStatement() != null) {
      return temperature(context.temperatureStatement());
    }
    if (context.annealStatement() != null) {
      return anneal(context.annealStatement());
    }
    if (context.couplingStatement() != null) {
      HnetParser.CouplingStatementContext coupling = context.couplingStatement();
      return new Statement.Coupling(number(coupling.value), span(coupling));
    }
    if (context.fieldStatement() != null) {
      HnetParser.FieldStatementContext field = context.fieldStatement();
      return new Statement.Field(number(field.value), span(field));
    }
    return clamps(context.clampStatement());
  }

  private Statement temperature(HnetParser.TemperatureStatementContext context) {
    if (context instanceof HnetParser.BetaValueContext beta) {
      return new Statement.Temperature(
          Statement.Temperature.Given.BETA, number(beta.value), span(context));
    }
    HnetParser.TemperatureValueContext temperature = (HnetParser.TemperatureValueContext) context;
    return new Statement.Temperature(
        Statement.Temperature.Given.TEMPERATURE, number(temperature.value), span(context));
  }

  private Statement anneal(HnetParser.AnnealStatementContext context) {
    Annealing.Shape shape =
        context.shape.getType() == HnetLexer.GEOMETRIC
            ? Annealing.Shape.GEOMETRIC
            : Annealing.Shape.LINEAR;
    return new Statement.Anneal(
        shape, number(context.start), number(context.end), number(context.sweeps), span(context));
  }

  private Statement clamps(HnetParser.ClampStatementContext context) {
    List<Statement.ClampEntry> entries = new ArrayList<>();
    for (HnetParser.ClampEntryContext entry : context.clampEntry()) {
      entries.add(
          new Statement.ClampEntry(reference(entry.neuronRef()), number(entry.value), span(entry)));
    }
    return new Statement.Clamps(entries, span(context));
  }

  private Statement neurons(HnetParser.NeuronsStatementContext context) {
    List<NeuronGroupDecl> groups = new ArrayList<>();
    for (HnetParser.NeuronGroupContext group : context.neuronGroup()) {
      groups.add(group(group));
    }
    return new Statement.Neurons(groups, span(context));
  }

  private NeuronGroupDecl group(HnetParser.NeuronGroupContext context) {
    if (context instanceof HnetParser.IndexedNeuronsContext indexed) {
      return group(indexed.name, NeuronGroupDecl.Shape.COUNT, context, indexed.count);
    }
    if (context instanceof HnetParser.RangeNeuronsContext range) {
      return group(range.name, NeuronGroupDecl.Shape.RANGE, context, range.first, range.last);
    }
    if (context instanceof HnetParser.GridNeuronsContext grid) {
      return group(grid.name, NeuronGroupDecl.Shape.GRID, context, grid.rows, grid.columns);
    }
    HnetParser.IdentifierContext name = ((HnetParser.SingleNeuronContext) context).name;
    return group(name, NeuronGroupDecl.Shape.SINGLE, context);
  }

  private NeuronGroupDecl group(
      HnetParser.IdentifierContext name,
      NeuronGroupDecl.Shape shape,
      ParserRuleContext context,
      HnetParser.NumberContext... bounds) {
    return new NeuronGroupDecl(identifier(name), shape, numbers(bounds), span(context));
  }

  private NeuronRef reference(HnetParser.NeuronRefContext context) {
    if (context instanceof HnetParser.IndexRefContext index) {
      return reference(index.name, NeuronRef.Shape.INDEX, context, index.index);
    }
    if (context instanceof HnetParser.RangeRefContext range) {
      return reference(range.name, NeuronRef.Shape.RANGE, context, range.first, range.last);
    }
    if (context instanceof HnetParser.GridRefContext grid) {
      return reference(grid.name, NeuronRef.Shape.GRID_CELL, context, grid.row, grid.column);
    }
    HnetParser.IdentifierContext name = ((HnetParser.NameRefContext) context).name;
    return reference(name, NeuronRef.Shape.WHOLE, context);
  }

  private NeuronRef reference(
      HnetParser.IdentifierContext name,
      NeuronRef.Shape shape,
      ParserRuleContext context,
      HnetParser.NumberContext... indices) {
    return new NeuronRef(identifier(name), shape, numbers(indices), span(context));
  }

  private List<NeuronRef> references(HnetParser.NeuronRefListContext context) {
    List<NeuronRef> references = new ArrayList<>();
    for (HnetParser.NeuronRefContext reference : context.neuronRef()) {
      references.add(reference(reference));
    }
    return references;
  }

  private Statement role(HnetParser.RoleStatementContext context) {
    StatementKind kind =
        switch (context.role.getType()) {
          case HnetLexer.INPUT -> StatementKind.INPUT;
          case HnetLexer.OUTPUT -> StatementKind.OUTPUT;
          default -> StatementKind.HIDDEN;
        };
    return new Statement.Role(kind, references(context.neuronRefList()), span(context));
  }

  private Statement activation(HnetParser.ActivationStatementContext context) {
    Activation activation =
        context.kind.getType() == HnetLexer.BINARY ? Activation.BINARY : Activation.BIPOLAR;
    return new Statement.ActivationDecl(activation, span(context));
  }

  private Statement connections(HnetParser.ConnectionsStatementContext context) {
    if (context instanceof HnetParser.CompleteConnectionsContext) {
      return new Statement.Connections(true, List.of(), span(context));
    }
    if (context instanceof HnetParser.LatticeConnectionsContext lattice) {
      Lattice.Boundary boundary =
          lattice.boundary.getType() == HnetLexer.OPEN
              ? Lattice.Boundary.OPEN
              : Lattice.Boundary.PERIODIC;
      return new Statement.LatticeConnections(boundary, span(context));
    }
    List<Statement.Edge> edges = new ArrayList<>();
    for (HnetParser.EdgeContext edge : ((HnetParser.ExplicitConnectionsContext) context).edge()) {
      edges.add(
          new Statement.Edge(
              reference(edge.from),
              edge.arrow.getType() == HnetLexer.BOTH,
              reference(edge.to),
              Optional.ofNullable(edge.weight).map(this::number),
              span(edge)));
    }
    return new Statement.Connections(false, edges, span(context));
  }

  private Statement weights(HnetParser.WeightsStatementContext context) {
    if (context instanceof HnetParser.LearnedWeightsContext learned) {
      return new Statement.LearnedWeights(
          identifier(learned.name),
          Optional.ofNullable(learned.scale).map(this::number),
          span(context));
    }
    HnetParser.MatrixContext matrix = ((HnetParser.MatrixWeightsContext) context).matrix();
    List<VectorLiteral> rows = new ArrayList<>();
    for (HnetParser.VectorContext row : matrix.vector()) {
      rows.add(vector(row));
    }
    return new Statement.MatrixWeights(rows, span(context));
  }

  private Statement thresholds(HnetParser.ThresholdsStatementContext context) {
    if (context instanceof HnetParser.UniformThresholdsContext uniform) {
      return new Statement.UniformThresholds(number(uniform.number()), span(context));
    }
    if (context instanceof HnetParser.VectorThresholdsContext vector) {
      return new Statement.VectorThresholds(vector(vector.vector()), span(context));
    }
    List<Statement.NamedThreshold> entries = new ArrayList<>();
    for (HnetParser.NamedThresholdContext entry :
        ((HnetParser.NamedThresholdsContext) context).namedThreshold()) {
      entries.add(
          new Statement.NamedThreshold(
              reference(entry.neuronRef()), number(entry.number()), span(entry)));
    }
    return new Statement.NamedThresholds(entries, span(context));
  }

  private Statement patterns(HnetParser.PatternsStatementContext context) {
    if (context instanceof HnetParser.FilePatternsContext fromFile) {
      return new Statement.FilePatterns(string(fromFile.file), span(context));
    }
    List<Statement.PatternRow> rows = new ArrayList<>();
    for (HnetParser.PatternRowContext row :
        ((HnetParser.InlinePatternsContext) context).patternRow()) {
      rows.add(
          new Statement.PatternRow(
              Optional.ofNullable(row.label).map(this::label),
              Optional.ofNullable(row.text).map(this::string),
              Optional.ofNullable(row.values).map(this::vector),
              span(row)));
    }
    return new Statement.InlinePatterns(rows, span(context));
  }

  private Statement.Label label(HnetParser.PatternLabelContext context) {
    Token token = context.getStart();
    String text = token.getType() == HnetLexer.STRING ? string(token).value() : token.getText();
    return new Statement.Label(text, span(context));
  }

  private Statement dynamics(HnetParser.DynamicsStatementContext context) {
    if (context instanceof HnetParser.StochasticDynamicsContext stochastic) {
      Statement.StochasticDynamics.Scan scan =
          stochastic.scan != null && stochastic.scan.getType() == HnetLexer.SWEEP
              ? Statement.StochasticDynamics.Scan.SWEEP
              : Statement.StochasticDynamics.Scan.RANDOM;
      return new Statement.StochasticDynamics(
          rule(stochastic.method), scan, List.of(), span(context));
    }
    if (context instanceof HnetParser.StochasticOrderedDynamicsContext ordered) {
      return new Statement.StochasticDynamics(
          rule(ordered.method),
          Statement.StochasticDynamics.Scan.ORDER,
          references(ordered.neuronRefList()),
          span(context));
    }
    if (context instanceof HnetParser.OrderedDynamicsContext ordered) {
      return new Statement.Dynamics(
          Statement.Dynamics.Mode.ORDERED, references(ordered.neuronRefList()), span(context));
    }
    Statement.Dynamics.Mode mode;
    if (context instanceof HnetParser.RandomDynamicsContext) {
      mode = Statement.Dynamics.Mode.RANDOM;
    } else if (context instanceof HnetParser.SynchronousDynamicsContext) {
      mode = Statement.Dynamics.Mode.SYNCHRONOUS;
    } else {
      mode = Statement.Dynamics.Mode.ASYNCHRONOUS;
    }
    return new Statement.Dynamics(mode, List.of(), span(context));
  }

  private static Statement.StochasticDynamics.Rule rule(Token token) {
    return token.getType() == HnetLexer.METROPOLIS
        ? Statement.StochasticDynamics.Rule.METROPOLIS
        : Statement.StochasticDynamics.Rule.GIBBS;
  }

  private VectorLiteral vector(HnetParser.VectorContext context) {
    return new VectorLiteral(
        numbers(context.number().toArray(HnetParser.NumberContext[]::new)), span(context));
  }

  private List<NumberLiteral> numbers(HnetParser.NumberContext... contexts) {
    List<NumberLiteral> numbers = new ArrayList<>();
    for (HnetParser.NumberContext context : contexts) {
      numbers.add(number(context));
    }
    return numbers;
  }

  private NumberLiteral number(HnetParser.NumberContext context) {
    boolean negative = context.sign != null && context.sign.getType() == HnetLexer.MINUS;
    Optional<String> denominator =
        Optional.ofNullable(context.denominator).map(ParserRuleContext::getText);
    return new NumberLiteral(negative, context.numerator.getText(), denominator, span(context));
  }

  private Identifier identifier(HnetParser.IdentifierContext context) {
    return new Identifier(context.getText(), span(context));
  }

  private StringLiteral string(Token token) {
    String text = token.getText();
    String raw = text.substring(1, text.length() - 1);
    return new StringLiteral(unescape(raw), raw, span(token));
  }

  /** Resolves the escapes; an unknown escape stands for the character after the backslash. */
  static String unescape(String raw) {
    StringBuilder value = new StringBuilder();
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c == '\\' && k + 1 < raw.length()) {
        char next = raw.charAt(++k);
        value.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private SourceSpan span(Token token) {
    int length = token.getStopIndex() - token.getStartIndex() + 1;
    return new SourceSpan(file, token.getLine(), token.getCharPositionInLine() + 1, length);
  }

  private SourceSpan span(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    int end =
        stop == null ? start.getStopIndex() : Math.max(start.getStopIndex(), stop.getStopIndex());
    return new SourceSpan(
        file, start.getLine(), start.getCharPositionInLine() + 1, end - start.getStartIndex() + 1);
  }
}
