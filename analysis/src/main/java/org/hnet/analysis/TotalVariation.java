package org.hnet.analysis;

/**
 * The total-variation distance between the empirical distribution of sampled states and an exact
 * distribution over the same states: {@code TV = 1/2 sum over states of |count(s)/total - P(s)|},
 * between 0 (equal) and 1 (disjoint supports).
 */
public final class TotalVariation {

  private TotalVariation() {}

  /**
   * The distance between the counts, normalized by their total, and {@code exact}.
   *
   * @param counts how often each state was seen, indexed like {@code exact}
   * @param exact the exact probabilities
   * @throws IllegalArgumentException if the lengths differ, a count is negative or all are 0
   */
  public static double distance(long[] counts, double[] exact) {
    long total = StateCounts.total(counts, exact.length);
    double sum = 0;
    for (int s = 0; s < counts.length; s++) {
      sum += Math.abs((double) counts[s] / total - exact[s]);
    }
    return sum / 2;
  }
}
