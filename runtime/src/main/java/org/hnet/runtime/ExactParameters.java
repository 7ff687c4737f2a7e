package org.hnet.runtime;

import java.util.Arrays;

/**
 * Weights and thresholds as integers over one common denominator {@code scale}: the weight into
 * {@code u} from {@code v} is {@code weights[u * size + v] / scale}. Deciding a tie then needs no
 * rounding: {@code threshold(u) <= net(u)} iff {@code thresholds[u] <= sum of weights[u * size + v]
 * * s(v)}.
 *
 * <p>The constructor checks that no net input or energy of any state can overflow a {@code long},
 * so that every computation on these numbers is exact.
 *
 * @param size the number of neurons
 * @param activation the values neurons take
 * @param scale the common denominator, positive
 * @param weights {@code size * size} numerators, row = receiver
 * @param thresholds {@code size} numerators
 */
public record ExactParameters(
    int size, Activation activation, long scale, long[] weights, long[] thresholds)
    implements NetworkParameters {

  /** Copies the arrays and checks shapes and bounds. */
  public ExactParameters {
    if (size < 1) {
      throw new IllegalArgumentException("a network needs at least one neuron, got " + size);
    }
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be positive, got " + scale);
    }
    if (weights.length != (long) size * size) {
      throw new IllegalArgumentException(
          "expected "
              + (long) size * size
              + " weights for "
              + size
              + " neurons, got "
              + weights.length);
    }
    if (thresholds.length != size) {
      throw new IllegalArgumentException(
          "expected " + size + " thresholds, got " + thresholds.length);
    }
    weights = weights.clone();
    thresholds = thresholds.clone();
    checkBounds(size, weights, thresholds);
  }

  /** The largest absolute scaled net input, threshold or energy that any state can produce. */
  public static long magnitudeBound(int size, long[] weights, long[] thresholds) {
    long total = 0;
    for (int u = 0; u < size; u++) {
      long row = Math.abs(thresholds[u]);
      for (int v = 0; v < size; v++) {
        if (v != u) {
          row = Math.addExact(row, Math.abs(weights[u * size + v]));
        }
      }
      total = Math.addExact(total, row);
    }
    return total;
  }

  private static void checkBounds(int size, long[] weights, long[] thresholds) {
    try {
      magnitudeBound(size, weights, thresholds);
      for (long w : weights) {
        Math.absExact(w);
      }
      for (long t : thresholds) {
        Math.absExact(t);
      }
    } catch (ArithmeticException overflow) {
      throw new IllegalArgumentException(
          "weights and thresholds too large: sums of their absolute values overflow 64 bits",
          overflow);
    }
  }

  /** The numerator of the weight into {@code receiver} from {@code sender}. */
  public long scaledWeight(int receiver, int sender) {
    return weights[receiver * size + sender];
  }

  /** The numerator of the threshold of {@code neuron}. */
  public long scaledThreshold(int neuron) {
    return thresholds[neuron];
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
      for (int v = u + 1; v < size; v++) {
        if (weights[u * size + v] != weights[v * size + u]) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExactParameters that
        && size == that.size
        && activation == that.activation
        && scale == that.scale
        && Arrays.equals(weights, that.weights)
        && Arrays.equals(thresholds, that.thresholds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "ExactParameters[size=" + size + ", activation=" + activation + ", scale=" + scale + "]";
  }
}
