package org.hnet.generator.export.json;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.SparseParameters;

/**
 * Reads a network on a lattice: its {@code lattice} member (rows, columns, boundary, coupling and
 * field) and its sparse {@code parameters}. The weights are made from the description, as the front
 * end makes them; the compressed rows, when the spec lists them, must be exactly those weights, and
 * the thresholds are the listed ones or {@code -field} everywhere.
 */
final class LatticeReader {

  /**
   * A lattice read from a spec.
   *
   * @param lattice the grid and its boundary
   * @param coupling the coupling J
   * @param parameters the weights and thresholds over the spec's scale
   */
  record Read(Lattice lattice, BigFraction coupling, SparseParameters parameters) {}

  private final int size;
  private final Activation activation;
  private final List<NeuronGroup> groups;

  private LatticeReader(int size, Activation activation, List<NeuronGroup> groups) {
    this.size = size;
    this.activation = activation;
    this.groups = groups;
  }

  static LatticeReader of(int size, Activation activation, List<NeuronGroup> groups) {
    return new LatticeReader(size, activation, groups);
  }

  Read read(SpecNode description, SpecNode parameters) throws SpecException {
    if (description.isNull()) {
      throw description.error("a network whose connections are a lattice describes it here");
    }
    description.allowOnly(Set.of("rows", "columns", "boundary", "coupling", "field"));
    Lattice lattice = lattice(description);
    BigFraction coupling = description.field("coupling").rational();
    SpecNode fieldNode = description.field("field");
    Optional<BigFraction> field =
        fieldNode.isNull() ? Optional.empty() : Optional.of(fieldNode.rational());
    return new Read(lattice, coupling, parameters(parameters, lattice, coupling, field));
  }

  // the neurons are exactly one grid group of the lattice's shape
  private Lattice lattice(SpecNode node) throws SpecException {
    int rows = node.field("rows").integer(1, size);
    int columns = node.field("columns").integer(1, size);
    Lattice.Boundary boundary = boundary(node.field("boundary"));
    boolean oneGrid =
        groups.size() == 1
            && groups.get(0).shape() == NeuronGroup.Shape.GRID
            && groups.get(0).rows() == rows
            && groups.get(0).columns() == columns;
    if (!oneGrid) {
      throw node.error(
          "a lattice of " + rows + " x " + columns + " needs the neurons to be one such grid");
    }
    return Lattice.of(rows, columns, boundary);
  }

  private static Lattice.Boundary boundary(SpecNode node) throws SpecException {
    String boundary = node.string();
    for (Lattice.Boundary candidate : Lattice.Boundary.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(boundary)) {
        return candidate;
      }
    }
    throw node.error("unknown boundary \"" + boundary + "\"; expected periodic or open");
  }

  private SparseParameters parameters(
      SpecNode node, Lattice lattice, BigFraction coupling, Optional<BigFraction> field)
      throws SpecException {
    node.allowOnly(Set.of("exact", "storage", "scale", "rows", "thresholds"));
    if (!node.field("exact").bool() || !node.field("storage").string().equals("sparse")) {
      throw node.error("a lattice's parameters are exact, with \"sparse\" storage");
    }
    BigInteger scale = ParametersReader.scale(node.field("scale"));
    long j = ParametersReader.scaled(node.field("scale"), coupling, scale);
    long[] thresholds = thresholds(node, field, scale);
    SparseParameters parameters;
    try {
      SparseParameters bonds = lattice.parameters(activation, j, 0, scale.longValueExact());
      parameters =
          new SparseParameters(
              size,
              activation,
              bonds.scale(),
              bonds.rowStarts(),
              bonds.senders(),
              bonds.weights(),
              thresholds);
    } catch (IllegalArgumentException | ArithmeticException tooLarge) {
      throw node.error(
          "the lattice's numbers do not fit 64-bit integers: " + tooLarge.getMessage());
    }
    Optional<SpecNode> rows = node.optionalField("rows");
    if (rows.isPresent()) {
      checkRows(rows.get(), parameters);
    } else if (size <= SpecFormat.LISTED_LATTICE_LIMIT) {
      throw node.error(
          "a lattice of at most " + SpecFormat.LISTED_LATTICE_LIMIT + " neurons lists its rows");
    }
    return parameters;
  }

  // listed thresholds, or -field for every neuron; -field must agree with listed ones
  private long[] thresholds(SpecNode node, Optional<BigFraction> field, BigInteger scale)
      throws SpecException {
    Optional<SpecNode> listed = node.optionalField("thresholds");
    long[] thresholds = new long[size];
    if (listed.isEmpty()) {
      if (field.isEmpty() || size <= SpecFormat.LISTED_LATTICE_LIMIT) {
        throw node.error("the thresholds are missing: list them, or give the lattice a field");
      }
      Arrays.fill(thresholds, ParametersReader.scaled(node, field.get().negate(), scale));
      return thresholds;
    }
    List<SpecNode> values = listed.get().elements(size, "thresholds, one per neuron");
    for (int u = 0; u < size; u++) {
      BigFraction value = values.get(u).rational();
      if (field.isPresent() && !value.equals(field.get().negate())) {
        throw values.get(u).error("the threshold of a lattice with a field h is -h");
      }
      thresholds[u] = ParametersReader.scaled(values.get(u), value, scale);
    }
    if (field.isEmpty() && Arrays.stream(thresholds).distinct().count() == 1) {
      throw listed.get().error("equal thresholds -h are the lattice's field h, which is null");
    }
    return thresholds;
  }

  // row u: [sender, weight] pairs, exactly the lattice's bonds into u
  private static void checkRows(SpecNode node, SparseParameters parameters) throws SpecException {
    List<SpecNode> rows = node.elements(parameters.size(), "rows, one per receiving neuron");
    int[] starts = parameters.rowStarts();
    int[] senders = parameters.senders();
    long[] weights = parameters.weights();
    for (int u = 0; u < rows.size(); u++) {
      List<SpecNode> row = rows.get(u).elements(parameters.degree(u), "bonds into this neuron");
      for (int k = 0; k < row.size(); k++) {
        List<SpecNode> pair = row.get(k).elements(2, "values (sender, weight)");
        int i = starts[u] + k;
        BigFraction expected = new BigFraction(weights[i]).divide(parameters.scale());
        if (pair.get(0).integer() != senders[i] || !pair.get(1).rational().equals(expected)) {
          throw row.get(k)
              .error(
                  "the lattice joins neuron "
                      + u
                      + " to "
                      + senders[i]
                      + " with the weight "
                      + Rationals.text(expected)
                      + " here");
        }
      }
    }
  }
}
