package org.hnet.runtime;

import java.util.Arrays;

/**
 * Exact weights in compressed rows, for networks where each neuron hears few others (lattices):
 * like {@link ExactParameters}, integers over one common denominator {@code scale}, but only the
 * nonzero weights are stored. Row {@code u} lists the senders {@code senders[k]} and the weights
 * {@code weights[k] / scale} into {@code u} for {@code rowStarts[u] <= k < rowStarts[u + 1]}; every
 * weight not listed is 0.
 *
 * <p>Within a row the senders are strictly increasing and never {@code u} itself (a self-connection
 * never counts). The constructor checks, as {@link ExactParameters} does, that no net input or
 * energy of any state can overflow a {@code long}.
 *
 * @param size the number of neurons
 * @param activation the values neurons take
 * @param scale the common denominator, positive
 * @param rowStarts {@code size + 1} offsets into {@code senders} and {@code weights}, from 0 to
 *     their length, non-decreasing
 * @param senders the sender of each stored weight
 * @param weights the numerators of the stored weights
 * @param thresholds {@code size} numerators
 */
public record SparseParameters(
    int size,
    Activation activation,
    long scale,
    int[] rowStarts,
    int[] senders,
    long[] weights,
    long[] thresholds)
    implements NetworkParameters {

  /** Copies the arrays and checks shapes, order and bounds. */
  public SparseParameters {
    if (size < 1) {
      throw new IllegalArgumentException("a network needs at least one neuron, got " + size);
    }
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be positive, got " + scale);
    }
    rowStarts = rowStarts.clone();
    senders = senders.clone();
    weights = weights.clone();
    thresholds = thresholds.clone();
    checkShape(size, rowStarts, senders, weights, thresholds);
    for (int u = 0; u < size; u++) {
      checkRow(u, size, rowStarts, senders);
    }
    checkBounds(rowStarts, weights, thresholds);
  }

  private static void checkShape(
      int size, int[] rowStarts, int[] senders, long[] weights, long[] thresholds) {
    if (rowStarts.length != size + 1 || thresholds.length != size) {
      throw new IllegalArgumentException(
          "expected "
              + (size + 1)
              + " row starts and "
              + size
              + " thresholds, got "
              + rowStarts.length
              + " and "
              + thresholds.length);
    }
    if (senders.length != weights.length
        || rowStarts[0] != 0
        || rowStarts[size] != senders.length) {
      throw new IllegalArgumentException(
          "row starts must run from 0 to the number of weights "
              + weights.length
              + " (senders: "
              + senders.length
              + "), got "
              + rowStarts[0]
              + " to "
              + rowStarts[size]);
    }
  }

  private static void checkRow(int u, int size, int[] rowStarts, int[] senders) {
    if (rowStarts[u + 1] < rowStarts[u]) {
      throw new IllegalArgumentException(
          "row starts decrease at neuron " + u + ": " + rowStarts[u] + " > " + rowStarts[u + 1]);
    }
    int previous = -1;
    for (int k = rowStarts[u]; k < rowStarts[u + 1]; k++) {
      int v = senders[k];
      if (v <= previous || v >= size || v == u) {
        throw new IllegalArgumentException(
            "row "
                + u
                + " lists sender "
                + v
                + " after "
                + previous
                + ": senders must be increasing, in [0, "
                + size
                + ") and not the neuron itself");
      }
      previous = v;
    }
  }

  private static void checkBounds(int[] rowStarts, long[] weights, long[] thresholds) {
    try {
      long total = 0;
      for (int u = 0; u < thresholds.length; u++) {
        long row = Math.absExact(thresholds[u]);
        for (int k = rowStarts[u]; k < rowStarts[u + 1]; k++) {
          row = Math.addExact(row, Math.absExact(weights[k]));
        }
        total = Math.addExact(total, row);
      }
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException(
          "weights and thresholds too large: sums of their absolute values overflow 64 bits",
          overflow);
    }
  }

  /** The number of weights stored for {@code neuron}: its in-degree. */
  public int degree(int neuron) {
    return rowStarts[neuron + 1] - rowStarts[neuron];
  }

  /** The numerator of the weight into {@code receiver} from {@code sender} (0 if not stored). */
  public long scaledWeight(int receiver, int sender) {
    int k = Arrays.binarySearch(senders, rowStarts[receiver], rowStarts[receiver + 1], sender);
    return k >= 0 ? weights[k] : 0;
  }

  /** The numerator of the threshold of {@code neuron}. */
  public long scaledThreshold(int neuron) {
    return thresholds[neuron];
  }

  @Override
  public int[] rowStarts() {
    return rowStarts.clone();
  }

  @Override
  public int[] senders() {
    return senders.clone();
  }

  @Override
  public long[] weights() {
    return weights.clone();
  }

  @Override
  public long[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public double weight(int receiver, int sender) {
    return (double) scaledWeight(receiver, sender) / scale;
  }

  @Override
  public double threshold(int neuron) {
    return (double) thresholds[neuron] / scale;
  }

  @Override
  public boolean isSymmetric() {
    for (int u = 0; u < size; u++) {
      for (int k = rowStarts[u]; k < rowStarts[u + 1]; k++) {
        if (scaledWeight(senders[k], u) != weights[k]) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparseParameters that
        && size == that.size
        && activation == that.activation
        && scale == that.scale
        && Arrays.equals(rowStarts, that.rowStarts)
        && Arrays.equals(senders, that.senders)
        && Arrays.equals(weights, that.weights)
        && Arrays.equals(thresholds, that.thresholds);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(senders) * 31 + Arrays.hashCode(weights)) * 31
        + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "SparseParameters[size="
        + size
        + ", activation="
        + activation
        + ", scale="
        + scale
        + ", weights="
        + senders.length
        + "]";
  }
}
