package org.hnet.runtime;

import java.util.Arrays;

/**
 * Weights and thresholds as doubles, for models whose exact values do not fit 64-bit integers over
 * a common denominator. Ties are then decided in floating point.
 *
 * @param size the number of neurons
 * @param activation the values neurons take
 * @param weights {@code size * size} weights, row = receiver
 * @param thresholds {@code size} thresholds
 */
public record FloatingParameters(
    int size, Activation activation, double[] weights, double[] thresholds)
    implements NetworkParameters {

  /** Copies the arrays and checks shapes and that every number is finite. */
  public FloatingParameters {
    if (size < 1) {
      throw new IllegalArgumentException("a network needs at least one neuron, got " + size);
    }
    if (weights.length != (long) size * size || thresholds.length != size) {
      throw new IllegalArgumentException(
          "expected "
              + (long) size * size
              + " weights and "
              + size
              + " thresholds, got "
              + weights.length
              + " and "
              + thresholds.length);
    }
    weights = weights.clone();
    thresholds = thresholds.clone();
    for (double x : weights) {
      requireFinite(x);
    }
    for (double x : thresholds) {
      requireFinite(x);
    }
  }

  private static void requireFinite(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("parameter is not finite: " + x);
    }
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
  }

  @Override
  public double weight(int receiver, int sender) {
    return weights[receiver * size + sender];
  }

  @Override
  public double threshold(int neuron) {
    return thresholds[neuron];
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
    return other instanceof FloatingParameters that
        && size == that.size
        && activation == that.activation
        && Arrays.equals(weights, that.weights)
        && Arrays.equals(thresholds, that.thresholds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + Arrays.hashCode(thresholds);
  }

  @Override
  public String toString() {
    return "FloatingParameters[size=" + size + ", activation=" + activation + "]";
  }
}
