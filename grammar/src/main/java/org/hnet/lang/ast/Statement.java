package org.hnet.lang.ast;

import java.util.List;
import java.util.Optional;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.stochastic.Annealing;

/** One statement inside a network's braces. Every kind except {@code neurons} may appear once. */
public sealed interface Statement {

  /** Where the statement was written, from its keyword to its end. */
  SourceSpan span();

  /** Which statement it is, for the once-only rule and for messages. */
  StatementKind kind();

  /**
   * {@code neurons a, x[16], pixel[8, 8];}
   *
   * @param groups the groups, in the order written
   * @param span where the statement was written
   */
  record Neurons(List<NeuronGroupDecl> groups, SourceSpan span) implements Statement {
    /** Copies the list. */
    public Neurons {
      groups = List.copyOf(groups);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.NEURONS;
    }
  }

  /**
   * {@code input a, b;}, {@code output c;} or {@code hidden h;}.
   *
   * @param kind which role: {@link StatementKind#INPUT}, {@link StatementKind#OUTPUT} or {@link
   *     StatementKind#HIDDEN}
   * @param neurons the neurons given the role
   * @param span where the statement was written
   */
  record Role(StatementKind kind, List<NeuronRef> neurons, SourceSpan span) implements Statement {
    /** Copies the list. */
    public Role {
      neurons = List.copyOf(neurons);
    }
  }

  /**
   * {@code activation bipolar;} or {@code activation binary;}.
   *
   * @param activation the values neurons take
   * @param span where the statement was written
   */
  record ActivationDecl(Activation activation, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.ACTIVATION;
    }
  }

  /**
   * {@code connections complete;} or {@code connections { a -> b : 1/2; a <-> c; }}.
   *
   * @param complete whether every ordered pair of distinct neurons is connected
   * @param edges the edges of the explicit form, in the order written
   * @param span where the statement was written
   */
  record Connections(boolean complete, List<Edge> edges, SourceSpan span) implements Statement {
    /** Copies the list. */
    public Connections {
      edges = List.copyOf(edges);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.CONNECTIONS;
    }
  }

  /**
   * {@code connections lattice periodic;} or {@code connections lattice open;}: nearest neighbours
   * on the network's grid.
   *
   * @param boundary how the grid's edges join
   * @param span where the statement was written
   */
  record LatticeConnections(Lattice.Boundary boundary, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.CONNECTIONS;
    }
  }

  /**
   * One edge of a {@code connections} block: {@code a -> b : 1/2;} (into b from a) or {@code a <->
   * b;} (both directions).
   *
   * @param from the sending neurons
   * @param both whether the edge was written {@code <->}
   * @param to the receiving neurons
   * @param weight the weight written after the colon, if any
   * @param span where the edge was written
   */
  record Edge(
      NeuronRef from,
      boolean both,
      NeuronRef to,
      Optional<NumberLiteral> weight,
      SourceSpan span) {}

  /**
   * {@code weights [[0, 1], [1, 0]];}
   *
   * @param rows the rows, one per receiving neuron
   * @param span where the statement was written
   */
  record MatrixWeights(List<VectorLiteral> rows, SourceSpan span) implements Statement {
    /** Copies the list. */
    public MatrixWeights {
      rows = List.copyOf(rows);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.WEIGHTS;
    }
  }

  /**
   * {@code weights hebbian;} or {@code weights hebbian scale 1/64;}.
   *
   * @param rule the rule's name
   * @param scale the scale factor, if written
   * @param span where the statement was written
   */
  record LearnedWeights(Identifier rule, Optional<NumberLiteral> scale, SourceSpan span)
      implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.WEIGHTS;
    }
  }

  /**
   * {@code thresholds 0;}: one value for every neuron.
   *
   * @param value the value
   * @param span where the statement was written
   */
  record UniformThresholds(NumberLiteral value, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.THRESHOLDS;
    }
  }

  /**
   * {@code thresholds [0, -1/3, 1/6, 1/2];}: one value per neuron in index order.
   *
   * @param values the values
   * @param span where the statement was written
   */
  record VectorThresholds(VectorLiteral values, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.THRESHOLDS;
    }
  }

  /**
   * {@code thresholds { a: 1/2; x[3]: -1; }}: named values, 0 for the neurons not named.
   *
   * @param entries the named values, in the order written
   * @param span where the statement was written
   */
  record NamedThresholds(List<NamedThreshold> entries, SourceSpan span) implements Statement {
    /** Copies the list. */
    public NamedThresholds {
      entries = List.copyOf(entries);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.THRESHOLDS;
    }
  }

  /**
   * One entry of a named thresholds block.
   *
   * @param neurons the neurons that get the value
   * @param value the value
   * @param span where the entry was written
   */
  record NamedThreshold(NeuronRef neurons, NumberLiteral value, SourceSpan span) {}

  /**
   * {@code patterns { zero: "+--+"; [1, -1, -1, 1]; }}.
   *
   * @param rows the rows, in the order written
   * @param span where the statement was written
   */
  record InlinePatterns(List<PatternRow> rows, SourceSpan span) implements Statement {
    /** Copies the list. */
    public InlinePatterns {
      rows = List.copyOf(rows);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.PATTERNS;
    }
  }

  /**
   * One inline pattern: a string of {@code +} and {@code -}, or a vector of values.
   *
   * @param label the label written before a colon, if any
   * @param text the {@code +}/{@code -} string, if the row is one
   * @param values the values, if the row is a vector
   * @param span where the row was written
   */
  record PatternRow(
      Optional<Label> label,
      Optional<StringLiteral> text,
      Optional<VectorLiteral> values,
      SourceSpan span) {}

  /**
   * A pattern's label: a name, a whole number or a string.
   *
   * @param text the label
   * @param span where it was written
   */
  record Label(String text, SourceSpan span) {}

  /**
   * {@code patterns from "digits.txt";}: patterns read from a file next to the model.
   *
   * @param file the file name, relative to the model file's directory
   * @param span where the statement was written
   */
  record FilePatterns(StringLiteral file, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.PATTERNS;
    }
  }

  /**
   * {@code energy hopfield;}
   *
   * @param name the energy's name
   * @param span where the statement was written
   */
  record Energy(Identifier name, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.ENERGY;
    }
  }

  /**
   * {@code dynamics asynchronous;}, {@code dynamics asynchronous order [c, a, b];}, {@code dynamics
   * asynchronous random;} or {@code dynamics synchronous;}.
   *
   * @param mode which of the four forms was written
   * @param order the neurons of the order form, head first; empty otherwise
   * @param span where the statement was written
   */
  record Dynamics(Mode mode, List<NeuronRef> order, SourceSpan span) implements Statement {

    /** The forms of the dynamics statement. */
    public enum Mode {
      /** Asynchronous, index order. */
      ASYNCHRONOUS,
      /** Asynchronous, a given order. */
      ORDERED,
      /** Asynchronous, a fresh random order every sweep. */
      RANDOM,
      /** Synchronous. */
      SYNCHRONOUS
    }

    /** Copies the list. */
    public Dynamics {
      order = List.copyOf(order);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.DYNAMICS;
    }
  }

  /**
   * {@code dynamics gibbs;}, {@code dynamics gibbs sweep;}, {@code dynamics gibbs order [c, a,
   * b];}, {@code dynamics metropolis;} or {@code dynamics metropolis sweep;}.
   *
   * @param rule Gibbs or Metropolis
   * @param scan how neurons are picked; a bare {@code dynamics gibbs;} is {@link Scan#RANDOM}
   * @param order the neurons of the order form, head first; empty otherwise
   * @param span where the statement was written
   */
  record StochasticDynamics(Rule rule, Scan scan, List<NeuronRef> order, SourceSpan span)
      implements Statement {

    /** The update rules. */
    public enum Rule {
      /** Resample the neuron from its conditional distribution. */
      GIBBS,
      /** Propose a flip and accept it with the Metropolis probability. */
      METROPOLIS
    }

    /** How the neurons to update are picked. */
    public enum Scan {
      /** Uniformly at random, one update at a time. */
      RANDOM,
      /** Every neuron in index order. */
      SWEEP,
      /** A given order. */
      ORDER
    }

    /** Copies the list. */
    public StochasticDynamics {
      order = List.copyOf(order);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.DYNAMICS;
    }
  }

  /**
   * {@code temperature 2;} or {@code beta 1/2;}.
   *
   * @param given which of the two was written
   * @param value the number written
   * @param span where the statement was written
   */
  record Temperature(Given given, NumberLiteral value, SourceSpan span) implements Statement {

    /** The two ways to give a temperature. */
    public enum Given {
      /** {@code temperature T}. */
      TEMPERATURE,
      /** {@code beta b}, the inverse temperature. */
      BETA
    }

    /** The keyword written: {@code temperature} or {@code beta}. */
    public String keyword() {
      return given == Given.BETA ? "beta" : "temperature";
    }

    @Override
    public StatementKind kind() {
      return StatementKind.TEMPERATURE;
    }
  }

  /**
   * {@code anneal linear from 4 to 1/2 over 1000 sweeps;}
   *
   * @param shape linear or geometric
   * @param start the first temperature
   * @param end the last temperature
   * @param sweeps the number of sweeps
   * @param span where the statement was written
   */
  record Anneal(
      Annealing.Shape shape,
      NumberLiteral start,
      NumberLiteral end,
      NumberLiteral sweeps,
      SourceSpan span)
      implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.ANNEAL;
    }
  }

  /**
   * {@code coupling 1;}: the weight of every bond of a lattice.
   *
   * @param value the coupling J
   * @param span where the statement was written
   */
  record Coupling(NumberLiteral value, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.COUPLING;
    }
  }

  /**
   * {@code field 1/2;}: the external field of every neuron of a lattice, the threshold {@code -h}.
   *
   * @param value the field h
   * @param span where the statement was written
   */
  record Field(NumberLiteral value, SourceSpan span) implements Statement {
    @Override
    public StatementKind kind() {
      return StatementKind.FIELD;
    }
  }

  /**
   * {@code clamp a = 1, x[3] = -1;}
   *
   * @param entries the clamped neurons and their values, in the order written
   * @param span where the statement was written
   */
  record Clamps(List<ClampEntry> entries, SourceSpan span) implements Statement {
    /** Copies the list. */
    public Clamps {
      entries = List.copyOf(entries);
    }

    @Override
    public StatementKind kind() {
      return StatementKind.CLAMP;
    }
  }

  /**
   * One entry of a {@code clamp} statement.
   *
   * @param neurons the neurons held
   * @param value the value they are held at
   * @param span where the entry was written
   */
  record ClampEntry(NeuronRef neurons, NumberLiteral value, SourceSpan span) {}
}
