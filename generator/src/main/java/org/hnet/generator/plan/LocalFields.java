package org.hnet.generator.plan;

import java.util.Optional;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.SparseParameters;

/** The values the scaled local fields of an exact network can take, for lookup tables. */
final class LocalFields {

  private LocalFields() {}

  /**
   * A table keyed by the scaled local field {@code d = SCALE * net(u) - SCALE * threshold(u)}, if
   * every {@code d} of every state lies in a range of at most {@link LookupTable#LIMIT} values.
   *
   * <p>For neuron {@code u} let {@code P} be the sum of its positive scaled weights and {@code N}
   * that of its negative ones (diagonal excluded). Bipolar net inputs lie in {@code [N - P, P -
   * N]}, binary ones in {@code [N, P]}; the range covers both ends of every neuron, less its
   * threshold.
   */
  static Optional<LookupTable> range(ExactParameters parameters) {
    int n = parameters.size();
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int u = 0; u < n; u++) {
      long positive = 0;
      long negative = 0;
      for (int v = 0; v < n; v++) {
        long w = v == u ? 0 : parameters.scaledWeight(u, v);
        positive += Math.max(w, 0);
        negative += Math.min(w, 0);
      }
      boolean bipolar = parameters.activation() == Activation.BIPOLAR;
      long threshold = parameters.scaledThreshold(u);
      low = Math.min(low, (bipolar ? negative - positive : negative) - threshold);
      high = Math.max(high, (bipolar ? positive - negative : positive) - threshold);
    }
    // high - low wraps around, to a negative number, only when the range exceeds 2^63
    long span = high - low;
    if (span < 0 || span >= LookupTable.LIMIT) {
      return Optional.empty();
    }
    return Optional.of(new LookupTable(LookupTable.Key.LOCAL_FIELD, low, (int) span + 1));
  }

  /**
   * The largest absolute scaled net input, threshold or energy of a lattice's states: the sum over
   * neurons of the threshold's and the weights' absolute values, as for dense parameters.
   */
  static long bound(SparseParameters parameters) {
    long[] weights = parameters.weights();
    long[] thresholds = parameters.thresholds();
    long sum = 0;
    for (long w : weights) {
      sum = Math.addExact(sum, Math.abs(w));
    }
    for (long t : thresholds) {
      sum = Math.addExact(sum, Math.abs(t));
    }
    return sum;
  }

  /** Whether every neuron has the same threshold. */
  static boolean uniformThreshold(SparseParameters parameters) {
    long[] thresholds = parameters.thresholds();
    for (long t : thresholds) {
      if (t != thresholds[0]) {
        return false;
      }
    }
    return true;
  }
}
