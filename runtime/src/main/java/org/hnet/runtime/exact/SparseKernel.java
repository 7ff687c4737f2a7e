package org.hnet.runtime.exact;

/**
 * A Markov transition matrix over the states of an {@link Enumeration} whose rows have few nonzero
 * entries, given row by row: {@code P(from, to)} is the probability that one step of the chain
 * moves from state {@code from} to state {@code to} (row = from, column = to, as in the
 * formalization's {@code randomScanMatrix?} and {@code RSrow}). States are compact indices.
 */
public interface SparseKernel {

  /** The number of states: rows and columns. */
  int stateCount();

  /** The most nonzero entries any row has (the diagonal included). */
  int maxRowLength();

  /**
   * Writes the entries of row {@code from} that may be nonzero, each target once (the diagonal
   * included), into {@code targets} and {@code probabilities}, and returns how many there are.
   *
   * @param targets room for {@link #maxRowLength()} entries
   * @param probabilities room for {@link #maxRowLength()} entries
   */
  int row(int from, int[] targets, double[] probabilities);

  /** A short name of the kernel for reports, such as "random-scan Gibbs". */
  String name();

  /** The entry {@code P(from, to)}, 0 if it is not in the row. */
  default double entry(int from, int to) {
    int[] targets = new int[maxRowLength()];
    double[] probabilities = new double[maxRowLength()];
    int count = row(from, targets, probabilities);
    for (int k = 0; k < count; k++) {
      if (targets[k] == to) {
        return probabilities[k];
      }
    }
    return 0;
  }
}
