package org.hnet.lang.check;

import org.hnet.lang.HeapBudget;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;

/**
 * Refuses a network that would not fit the Java heap (HN110) before anything that grows with it is
 * allocated: for a dense network its {@code n^2} weights, for a lattice its neurons. So the front
 * end never runs out of memory on a model within the neuron limits.
 */
final class MemoryCheck {
  /**
   * The bytes a dense network needs per weight while it is checked: 8 for the matrix lowering fills
   * (or learning computes), 8 for the copy the parameters keep, and 1 for the bitmap of explicit
   * connections and what else grows with {@code n^2}.
   */
  static final long BYTES_PER_DENSE_WEIGHT = 17;

  /**
   * The bytes a network on a lattice needs per neuron while it is checked: its name, its place in
   * the tables of the front end, and four weights in compressed rows.
   */
  static final long BYTES_PER_LATTICE_NEURON = 200;

  private MemoryCheck() {}

  /** Whether a network of {@code n} neurons fits; reports HN110 at the network's name if not. */
  static boolean fits(
      Identifier network, int n, boolean onLattice, HeapBudget heap, Diagnostics diagnostics) {
    return onLattice
        ? latticeFits(network, n, heap, diagnostics)
        : denseFits(network, n, heap, diagnostics);
  }

  private static boolean latticeFits(
      Identifier network, int n, HeapBudget heap, Diagnostics diagnostics) {
    long needed = BYTES_PER_LATTICE_NEURON * n;
    long available = heap.availableBytes();
    if (needed <= available) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.TOO_LARGE,
        network.span(),
        "lattice '"
            + network.text()
            + "' has "
            + n
            + " neurons, which need about "
            + HeapBudget.describe(needed)
            + " of memory while the model is checked, but Java has only "
            + HeapBudget.describe(Math.max(0, available))
            + " left",
        "declare a smaller grid, or " + HeapBudget.moreMemoryHint(needed));
    return false;
  }

  private static boolean denseFits(
      Identifier network, int n, HeapBudget heap, Diagnostics diagnostics) {
    long needed = BYTES_PER_DENSE_WEIGHT * n * n;
    long available = heap.availableBytes();
    if (needed <= available) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.TOO_LARGE,
        network.span(),
        "network '"
            + network.text()
            + "' has "
            + n
            + " neurons, whose dense weights need about "
            + HeapBudget.describe(needed)
            + " of memory while the model is checked, but Java has only "
            + HeapBudget.describe(Math.max(0, available))
            + " left",
        "declare fewer neurons (or a lattice, if the couplings are between grid neighbours), or "
            + HeapBudget.moreMemoryHint(needed));
    return false;
  }
}
