package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.SparseParameters;

/**
 * Checks a network on a lattice ({@code connections lattice periodic;}): its neurons are one grid,
 * its weights come from {@code coupling} (1 when not given) and not from a weights statement, and
 * its thresholds from {@code field h} (the threshold {@code -h} everywhere) or a thresholds
 * statement, not both. The numbers are lowered to {@link SparseParameters}, exactly: there is no
 * floating-point fallback, since that would need a dense matrix.
 */
final class LatticeCheck {

  /**
   * A lattice whose statements are valid; {@link #lower} makes its parameters.
   *
   * @param lattice the grid and its boundary
   * @param coupling the coupling J
   * @param thresholds one threshold per neuron
   */
  record Checked(Lattice lattice, BigFraction coupling, BigFraction[] thresholds) {}

  private static final BigInteger LONG_LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

  private final CheckContext context;

  private LatticeCheck(CheckContext context) {
    this.context = context;
  }

  /**
   * The lattice, or empty after reporting why it is invalid.
   *
   * @param statement the {@code connections lattice} statement
   * @param coupling the {@code coupling} statement, if any
   * @param field the {@code field} statement, if any
   * @param thresholds the {@code thresholds} statement, if any
   * @param weights the {@code weights} statement, if any (an error on a lattice)
   */
  static Optional<Checked> check(
      CheckContext context,
      Statement.LatticeConnections statement,
      Optional<Statement.Coupling> coupling,
      Optional<Statement.Field> field,
      Optional<Statement> thresholds,
      Optional<Statement> weights) {
    LatticeCheck check = new LatticeCheck(context);
    int errors = context.diagnostics().errorCount();
    Optional<Lattice> lattice = check.grid(statement);
    weights.ifPresent(check::weightsGiven);
    if (field.isPresent() && thresholds.isPresent()) {
      check.fieldAndThresholds(field.get());
    }
    Optional<BigFraction> j =
        coupling.isEmpty()
            ? Optional.of(BigFraction.ONE)
            : context.numbers().value(coupling.get().value());
    Optional<BigFraction[]> t = check.thresholds(field, thresholds);
    if (context.diagnostics().errorCount() > errors || lattice.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Checked(lattice.get(), j.orElseThrow(), t.orElseThrow()));
  }

  private Optional<Lattice> grid(Statement.LatticeConnections statement) {
    List<NeuronGroup> groups = context.table().groups();
    if (groups.size() == 1 && groups.get(0).shape() == NeuronGroup.Shape.GRID) {
      NeuronGroup grid = groups.get(0);
      return Optional.of(Lattice.of(grid.rows(), grid.columns(), statement.boundary()));
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.LATTICE_NOT_GRID,
            statement.span(),
            "a lattice needs the neurons of network '"
                + context.network().text()
                + "' to be one grid, but they are "
                + describe(groups),
            "declare them as one grid, for example neurons spin[16, 16];");
    return Optional.empty();
  }

  private static String describe(List<NeuronGroup> groups) {
    if (groups.size() > 1) {
      return groups.size() + " groups";
    }
    return groups.get(0).shape() == NeuronGroup.Shape.SINGLE
        ? "a single neuron"
        : "an indexed group";
  }

  private void weightsGiven(Statement weights) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.LATTICE_WEIGHTS,
            weights.span(),
            "a lattice takes its weights from its coupling, not from a weights statement",
            "write coupling J; for the weight of every bond");
  }

  private void fieldAndThresholds(Statement.Field field) {
    context
        .diagnostics()
        .report(
            DiagnosticCode.FIELD_AND_THRESHOLDS,
            field.span(),
            "field and thresholds both set the thresholds of network '"
                + context.network().text()
                + "'",
            "field h is the threshold -h of every neuron: give one of the two");
  }

  private Optional<BigFraction[]> thresholds(
      Optional<Statement.Field> field, Optional<Statement> thresholds) {
    if (field.isEmpty()) {
      return ThresholdCheck.thresholds(context, thresholds);
    }
    return context
        .numbers()
        .value(field.get().value())
        .map(
            h -> {
              BigFraction[] values = new BigFraction[context.size()];
              Arrays.fill(values, h.negate());
              return values;
            });
  }

  /**
   * The exact parameters of a checked lattice: the coupling and the thresholds over their least
   * common denominator, or empty after reporting that they do not fit 64-bit integers.
   */
  static Optional<SparseParameters> lower(
      CheckContext context, Checked checked, Activation activation, Statement statement) {
    BigInteger scale = checked.coupling().getDenominator();
    for (BigFraction t : checked.thresholds()) {
      scale = scale.divide(scale.gcd(t.getDenominator())).multiply(t.getDenominator());
    }
    try {
      long j = scaled(checked.coupling(), scale);
      long[] thresholds = new long[checked.thresholds().length];
      for (int u = 0; u < thresholds.length; u++) {
        thresholds[u] = scaled(checked.thresholds()[u], scale);
      }
      return Optional.of(parameters(checked.lattice(), activation, j, scale, thresholds));
    } catch (ArithmeticException | IllegalArgumentException tooLarge) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.LATTICE_NOT_EXACT,
              statement.span(),
              "the coupling and thresholds of lattice '"
                  + context.network().text()
                  + "' do not fit 64-bit integers over their common denominator of "
                  + scale.bitLength()
                  + " bits",
              "a lattice is always exact: write its coupling and field with fewer digits");
      return Optional.empty();
    }
  }

  private static long scaled(BigFraction value, BigInteger scale) {
    BigInteger numerator = value.getNumerator().multiply(scale.divide(value.getDenominator()));
    if (numerator.abs().compareTo(LONG_LIMIT) > 0) {
      throw new ArithmeticException("numerator beyond 64 bits");
    }
    return numerator.longValue();
  }

  private static SparseParameters parameters(
      Lattice lattice, Activation activation, long coupling, BigInteger scale, long[] thresholds) {
    if (scale.bitLength() > 62) {
      throw new ArithmeticException("scale beyond 64 bits");
    }
    SparseParameters bonds = lattice.parameters(activation, coupling, 0, scale.longValueExact());
    return new SparseParameters(
        bonds.size(),
        activation,
        bonds.scale(),
        bonds.rowStarts(),
        bonds.senders(),
        bonds.weights(),
        thresholds);
  }
}
