package org.hnet.runtime.learning;

/**
 * The Hebbian rule of the formalization, learned one pattern at a time: after patterns {@code p_1
 * .. p_m}, {@code W = sum over k of p_k p_k^T - m I}. There is no 1/n factor, and the diagonal is
 * zero because {@code p_i p_i = 1} for bipolar values; thresholds are 0.
 *
 * <p>Weights are integers of magnitude at most the number of patterns, so they are kept in {@code
 * long} arithmetic even for networks of thousands of neurons. Training several patterns one call at
 * a time gives the same weights as any other order, since the sum commutes.
 */
public final class HebbianRule {
  private final int size;
  private final long[] weights;
  private int patternCount;

  private HebbianRule(int size) {
    this.size = size;
    this.weights = new long[size * size];
  }

  /**
   * A rule for {@code size} neurons that has learned nothing yet.
   *
   * @throws IllegalArgumentException if {@code size} is not between 1 and 46340
   */
  public static HebbianRule of(int size) {
    return new HebbianRule(BipolarPatterns.checkSize(size));
  }

  /**
   * The weights learned from {@code bipolarPatterns}, in an array no rule keeps: the same as {@code
   * of(size)}, a {@link #train} per pattern and {@link #weights()}, without the copy, which matters
   * when the {@code 8 size^2} bytes of a large network are most of the memory there is.
   *
   * @throws IllegalArgumentException if {@code size} or a pattern is invalid
   */
  public static long[] weightsOf(int size, Iterable<int[]> bipolarPatterns) {
    HebbianRule rule = of(size);
    bipolarPatterns.forEach(rule::train);
    return rule.weights;
  }

  /**
   * Adds one pattern.
   *
   * @param bipolarPattern {@code size} values, each -1 or +1
   * @throws IllegalArgumentException if the length or a value is wrong
   */
  public void train(int[] bipolarPattern) {
    BipolarPatterns.check(size, bipolarPattern);

    // w(i, j) += p_i p_j for i != j; the diagonal gains p_i p_i - 1 = 0
    for (int i = 0; i < size; i++) {
      int row = i * size;
      long pi = bipolarPattern[i];
      for (int j = 0; j < size; j++) {
        if (j != i) {
          weights[row + j] += pi * bipolarPattern[j];
        }
      }
    }
    patternCount++;
  }

  /** The number of neurons. */
  public int size() {
    return size;
  }

  /** The number of patterns learned so far. */
  public int patternCount() {
    return patternCount;
  }

  /** A copy of the weights, flat and row-major ({@code w(u, v)} at {@code u * size + v}). */
  public long[] weights() {
    return weights.clone();
  }
}
