package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.ast.NeuronGroupDecl;
import org.hnet.lang.ast.NeuronRef;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.NeuronGroup;

/**
 * The neurons of one network, in declaration order, and the resolution of references to them. Built
 * only when every group declaration is valid, so that indices never shift under an error; a name
 * declared twice is reported, and the table is built with the second group's neurons in their
 * places but its name meaning the first group.
 */
final class NeuronTable {
  private final List<Neuron> neurons;
  private final Map<String, NeuronGroup> groups;
  private final Numbers numbers;
  private final Diagnostics diagnostics;
  private final boolean known;

  private NeuronTable(
      List<Neuron> neurons,
      Map<String, NeuronGroup> groups,
      Numbers numbers,
      Diagnostics diagnostics,
      boolean known) {
    this.neurons = List.copyOf(neurons);
    this.groups = groups;
    this.numbers = numbers;
    this.diagnostics = diagnostics;
    this.known = known;
  }

  /**
   * A table for a network whose neurons could not be worked out (errors already reported): it holds
   * no neuron and resolves every reference to nothing without a word, so that the checks that do
   * not need neurons can still run without reporting what is not wrong.
   */
  static NeuronTable unknown(Numbers numbers, Diagnostics diagnostics) {
    return new NeuronTable(List.of(), new LinkedHashMap<>(), numbers, diagnostics, false);
  }

  /**
   * Builds the table from a network's {@code neurons} statements, or reports why it cannot.
   *
   * @param network the network's name, for messages
   * @param limit the size limits (HN110)
   * @param onLattice whether the network is a lattice, which has the higher limit
   * @param heap the memory left, asked before the neurons and their weights are allocated (HN110)
   */
  static Optional<NeuronTable> build(
      Identifier network,
      List<Statement.Neurons> statements,
      Numbers numbers,
      Diagnostics diagnostics,
      NeuronLimit limit,
      boolean onLattice,
      HeapBudget heap) {
    Builder builder = new Builder(numbers, diagnostics, limit, onLattice, network);
    statements.forEach(statement -> statement.groups().forEach(builder::add));
    return builder.finish(heap)
        ? Optional.of(new NeuronTable(builder.neurons, builder.groups, numbers, diagnostics, true))
        : Optional.empty();
  }

  /** The number of neurons. */
  int size() {
    return neurons.size();
  }

  /** The neurons in index order. */
  List<Neuron> neurons() {
    return neurons;
  }

  /** The groups in declaration order. */
  List<NeuronGroup> groups() {
    return List.copyOf(groups.values());
  }

  /** The name of neuron {@code index}: {@code a}, {@code x[3]}, {@code pixel[2, 5]}. */
  String name(int index) {
    return neurons.get(index).name();
  }

  /** A few neuron names for messages: "x[0], x[1] and 5 more". */
  String names(int[] indices) {
    int shown = Math.min(indices.length, 4);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < shown; k++) {
      names.add(name(indices[k]));
    }
    String more = indices.length > shown ? " and " + (indices.length - shown) + " more" : "";
    return String.join(", ", names) + more;
  }

  /**
   * The neurons a reference stands for, in order, or empty after reporting why it resolves to none.
   */
  Optional<int[]> resolve(NeuronRef reference) {
    if (!known) {
      return Optional.empty();
    }
    NeuronGroup group = groups.get(reference.name().text());
    if (group == null) {
      unknown(reference.name());
      return Optional.empty();
    }
    return switch (reference.shape()) {
      case WHOLE ->
          Optional.of(IntStream.range(0, group.size()).map(k -> k + group.firstIndex()).toArray());
      case INDEX -> index(reference, group);
      case RANGE -> range(reference, group);
      case GRID_CELL -> cell(reference, group);
    };
  }

  private void unknown(Identifier name) {
    diagnostics.report(
        DiagnosticCode.UNKNOWN_NEURON,
        name.span(),
        "unknown neuron '" + name.text() + "'",
        Names.hint(name.text(), List.copyOf(groups.keySet()), "declared neurons"));
  }

  private Optional<int[]> index(NeuronRef reference, NeuronGroup group) {
    if (group.shape() != NeuronGroup.Shape.RANGE) {
      return wrongShape(reference, group);
    }
    OptionalInt label = numbers.smallWhole(reference.indices().get(0), "an index");
    if (label.isEmpty() || !inRange(reference, group, label.getAsInt())) {
      return Optional.empty();
    }
    return Optional.of(new int[] {group.firstIndex() + label.getAsInt() - group.firstLabel()});
  }

  private Optional<int[]> range(NeuronRef reference, NeuronGroup group) {
    if (group.shape() != NeuronGroup.Shape.RANGE) {
      return wrongShape(reference, group);
    }
    OptionalInt first = numbers.smallWhole(reference.indices().get(0), "an index");
    OptionalInt last = numbers.smallWhole(reference.indices().get(1), "an index");
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    if (!inRange(reference, group, first.getAsInt())
        || !inRange(reference, group, last.getAsInt())) {
      return Optional.empty();
    }
    if (first.getAsInt() > last.getAsInt()) {
      diagnostics.report(
          DiagnosticCode.INDEX_OUT_OF_RANGE,
          reference.span(),
          reference.text() + " names no neurons: its first index is above its last",
          "write the smaller index first");
      return Optional.empty();
    }
    int start = group.firstIndex() + first.getAsInt() - group.firstLabel();
    return Optional.of(
        IntStream.rangeClosed(0, last.getAsInt() - first.getAsInt()).map(k -> start + k).toArray());
  }

  private Optional<int[]> cell(NeuronRef reference, NeuronGroup group) {
    if (group.shape() != NeuronGroup.Shape.GRID) {
      return wrongShape(reference, group);
    }
    OptionalInt row = numbers.smallWhole(reference.indices().get(0), "a row");
    OptionalInt column = numbers.smallWhole(reference.indices().get(1), "a column");
    if (row.isEmpty() || column.isEmpty()) {
      return Optional.empty();
    }
    if (row.getAsInt() < 0
        || row.getAsInt() >= group.rows()
        || column.getAsInt() < 0
        || column.getAsInt() >= group.columns()) {
      diagnostics.report(
          DiagnosticCode.INDEX_OUT_OF_RANGE,
          reference.span(),
          reference.text() + " is out of range",
          group.name()
              + " has rows 0 to "
              + (group.rows() - 1)
              + " and columns 0 to "
              + (group.columns() - 1));
      return Optional.empty();
    }
    return Optional.of(
        new int[] {group.firstIndex() + row.getAsInt() * group.columns() + column.getAsInt()});
  }

  private boolean inRange(NeuronRef reference, NeuronGroup group, int label) {
    int last = group.firstLabel() + group.columns() - 1;
    if (label >= group.firstLabel() && label <= last) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.INDEX_OUT_OF_RANGE,
        reference.span(),
        "index " + label + " of " + reference.text() + " is out of range",
        group.name() + " has indices " + group.firstLabel() + " to " + last);
    return false;
  }

  private Optional<int[]> wrongShape(NeuronRef reference, NeuronGroup group) {
    String right =
        switch (group.shape()) {
          case SINGLE -> group.name() + " is a single neuron: write " + group.name();
          case RANGE ->
              group.name()
                  + " is indexed: write "
                  + group.name()
                  + "[i] or "
                  + group.name()
                  + "[i..j]";
          case GRID -> group.name() + " is a grid: write " + group.name() + "[row, column]";
        };
    diagnostics.report(
        DiagnosticCode.WRONG_REFERENCE_SHAPE,
        reference.span(),
        reference.text() + " does not match the shape of " + group.name(),
        right);
    return Optional.empty();
  }

  /**
   * The shape of a valid group declaration, with counts as declared, however large.
   *
   * @param decl the declaration
   * @param firstLabel the index of its first neuron ({@code y[1..16]} starts at 1)
   * @param rows its rows (1 unless a grid)
   * @param columns its columns, or its count
   * @param duplicate whether its name was declared before: its neurons take their places, but its
   *     name keeps meaning the first declaration
   */
  private record Declared(
      NeuronGroupDecl decl,
      long firstLabel,
      BigInteger rows,
      BigInteger columns,
      boolean duplicate) {

    BigInteger count() {
      return rows.multiply(columns);
    }
  }

  /**
   * Collects the groups of the neurons statements, checking each. A name declared twice is reported
   * and the first declaration keeps it; the second still holds its neurons, so that the lengths of
   * patterns, matrices and vectors are checked against every neuron written.
   */
  private static final class Builder {
    private final Numbers numbers;
    private final Diagnostics diagnostics;
    private final NeuronLimit limit;
    private final boolean onLattice;
    private final Identifier network;
    private final List<Neuron> neurons = new ArrayList<>();
    private final Map<String, NeuronGroup> groups = new LinkedHashMap<>();
    private final Map<String, SourceSpan> declarations = new LinkedHashMap<>();
    private final List<Declared> pending = new ArrayList<>();
    private BigInteger declared = BigInteger.ZERO;
    private boolean valid = true;
    private NeuronGroupDecl firstBeyondLimit;

    Builder(
        Numbers numbers,
        Diagnostics diagnostics,
        NeuronLimit limit,
        boolean onLattice,
        Identifier network) {
      this.numbers = numbers;
      this.diagnostics = diagnostics;
      this.limit = limit;
      this.onLattice = onLattice;
      this.network = network;
    }

    void add(NeuronGroupDecl decl) {
      SourceSpan previous = declarations.putIfAbsent(decl.name().text(), decl.span());
      if (previous != null) {
        duplicate(decl, previous);
      }
      Optional<Declared> shape = shape(decl, previous != null);
      if (shape.isEmpty()) {
        valid = false;
        return;
      }
      declared = declared.add(shape.get().count());
      if (declared.compareTo(BigInteger.valueOf(limit.of(onLattice))) > 0
          && firstBeyondLimit == null) {
        firstBeyondLimit = decl;
      }
      pending.add(shape.get());
    }

    private void duplicate(NeuronGroupDecl decl, SourceSpan first) {
      diagnostics.report(
          DiagnosticCode.DUPLICATE_NEURON,
          decl.name().span(),
          "neuron '" + decl.name().text() + "' is declared twice",
          "the first declaration is at line "
              + first.line()
              + ", column "
              + first.column()
              + "; the name means that one, so give this group another name");
    }

    private void limit() {
      diagnostics.report(
          DiagnosticCode.TOO_LARGE,
          firstBeyondLimit.span(),
          limit.message(network.text(), declared, onLattice),
          limit.hint(declared, onLattice));
    }

    /** The group's shape, or empty after reporting why it is invalid. */
    private Optional<Declared> shape(NeuronGroupDecl decl, boolean duplicate) {
      return switch (decl.shape()) {
        case SINGLE ->
            Optional.of(new Declared(decl, 0, BigInteger.ONE, BigInteger.ONE, duplicate));
        case COUNT -> count(decl, duplicate);
        case RANGE -> range(decl, duplicate);
        case GRID -> grid(decl, duplicate);
      };
    }

    private Optional<Declared> count(NeuronGroupDecl decl, boolean duplicate) {
      Optional<BigInteger> count = numbers.whole(decl.bounds().get(0), "a neuron count");
      if (count.isEmpty() || !positive(decl, count.get())) {
        return Optional.empty();
      }
      return Optional.of(new Declared(decl, 0, BigInteger.ONE, count.get(), duplicate));
    }

    private Optional<Declared> range(NeuronGroupDecl decl, boolean duplicate) {
      OptionalInt first = numbers.smallWhole(decl.bounds().get(0), "an index");
      OptionalInt last = numbers.smallWhole(decl.bounds().get(1), "an index");
      if (first.isEmpty() || last.isEmpty()) {
        return Optional.empty();
      }
      BigInteger count = BigInteger.valueOf((long) last.getAsInt() - first.getAsInt() + 1);
      if (!positive(decl, count)) {
        return Optional.empty();
      }
      return Optional.of(new Declared(decl, first.getAsInt(), BigInteger.ONE, count, duplicate));
    }

    private Optional<Declared> grid(NeuronGroupDecl decl, boolean duplicate) {
      Optional<BigInteger> rows = numbers.whole(decl.bounds().get(0), "a number of rows");
      Optional<BigInteger> columns = numbers.whole(decl.bounds().get(1), "a number of columns");
      if (rows.isEmpty() || columns.isEmpty()) {
        return Optional.empty();
      }
      if (!positive(decl, rows.get()) || !positive(decl, columns.get())) {
        return Optional.empty();
      }
      return Optional.of(new Declared(decl, 0, rows.get(), columns.get(), duplicate));
    }

    private boolean positive(NeuronGroupDecl decl, BigInteger count) {
      if (count.signum() > 0) {
        return true;
      }
      diagnostics.report(
          DiagnosticCode.EMPTY_NEURON_GROUP,
          decl.span(),
          "neuron group '" + decl.name().text() + "' has no neurons",
          "a group needs at least one neuron, for example " + decl.name().text() + "[4]");
      return false;
    }

    private static NeuronGroup.Shape modelShape(NeuronGroupDecl decl) {
      return switch (decl.shape()) {
        case SINGLE -> NeuronGroup.Shape.SINGLE;
        case COUNT, RANGE -> NeuronGroup.Shape.RANGE;
        case GRID -> NeuronGroup.Shape.GRID;
      };
    }

    private void addNeurons(NeuronGroup group) {
      for (int k = 0; k < group.size(); k++) {
        String name =
            switch (group.shape()) {
              case SINGLE -> group.name();
              case RANGE -> group.name() + "[" + (group.firstLabel() + k) + "]";
              case GRID ->
                  group.name() + "[" + k / group.columns() + ", " + k % group.columns() + "]";
            };
        neurons.add(new Neuron(neurons.size(), name, group.span()));
      }
    }

    /**
     * Whether the table can be built: every group valid, within the limit and within the memory
     * left. Reports a network without neurons, and the limit once, at the group that crosses it.
     */
    boolean finish(HeapBudget heap) {
      if (firstBeyondLimit != null) {
        limit();
        return false;
      }
      int size = declared.intValueExact();
      if (valid && size > 0 && !MemoryCheck.fits(network, size, onLattice, heap, diagnostics)) {
        return false;
      }
      if (valid && pending.isEmpty()) {
        diagnostics.report(
            DiagnosticCode.NO_NEURONS,
            network.span(),
            "network '" + network.text() + "' declares no neurons",
            "declare them with a neurons statement, for example neurons s[4];");
      }
      if (!valid || pending.isEmpty()) {
        return false;
      }
      for (Declared group : pending) {
        NeuronGroup placed =
            new NeuronGroup(
                group.decl().name().text(),
                modelShape(group.decl()),
                neurons.size(),
                (int) group.firstLabel(),
                group.rows().intValueExact(),
                group.columns().intValueExact(),
                group.decl().span());
        if (!group.duplicate()) {
          groups.put(placed.name(), placed);
        }
        addNeurons(placed);
      }
      return true;
    }
  }
}
