package org.hnet.analysis;

import java.util.Arrays;
import java.util.Comparator;
import org.hipparchus.stat.inference.ChiSquareTest;

/**
 * Pearson's chi-square goodness-of-fit test of sampled state counts against exact probabilities,
 * with the statistic and p-value from Hipparchus {@link ChiSquareTest}.
 *
 * <p>Sparse cells are pooled first, because the chi-square approximation needs expected counts that
 * are not small: the states are sorted by expected count, and those whose expected count is below
 * {@link #MINIMUM_EXPECTED} (5, Cochran's rule) are merged, smallest first, into one pooled cell;
 * if that pooled cell is still below 5 it also takes the smallest remaining regular cell, and so on
 * until it reaches 5 or nothing is left. The test then has {@code cells - 1} degrees of freedom.
 *
 * <p>Limitations: the test assumes independent samples. Successive states of a Markov chain are
 * correlated, which makes the p-value too small; thin the chain to well beyond its autocorrelation
 * time (see {@link AutocorrelationTime}) before counting.
 *
 * @param statistic Pearson's chi-square statistic over the pooled cells
 * @param degreesOfFreedom the number of pooled cells minus 1
 * @param pValue the probability of a statistic at least as large under the exact distribution, or
 *     undefined when fewer than two cells remain
 * @param cells the number of cells after pooling
 * @param pooledStates how many states were merged into the pooled cell (0 if none)
 */
public record GoodnessOfFit(
    double statistic, int degreesOfFreedom, Estimate pValue, int cells, int pooledStates) {

  /** The smallest expected count a cell may have before it is pooled. */
  public static final double MINIMUM_EXPECTED = 5;

  /**
   * Tests {@code counts} against {@code exact}.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, all are 0, or a
   *     probability is negative or not finite
   */
  public static GoodnessOfFit chiSquare(long[] counts, double[] exact) {
    long total = StateCounts.total(counts, exact.length);
    for (double p : exact) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("a probability is negative or not finite: " + p);
      }
    }
    Integer[] order = new Integer[exact.length];
    Arrays.setAll(order, s -> s);
    Arrays.sort(order, Comparator.comparingDouble(s -> exact[s]));

    // pool the cells expecting fewer than 5; while the pool is short, it takes the next smallest
    int pooled = 0;
    double pooledExpected = 0;
    long pooledObserved = 0;
    while (pooled < order.length
        && (exact[order[pooled]] * total < MINIMUM_EXPECTED
            || (pooled > 0 && pooledExpected < MINIMUM_EXPECTED))) {
      pooledExpected += exact[order[pooled]] * total;
      pooledObserved += counts[order[pooled]];
      pooled++;
    }
    return test(counts, exact, order, pooled, pooledExpected, pooledObserved, total);
  }

  private static GoodnessOfFit test(
      long[] counts,
      double[] exact,
      Integer[] order,
      int pooled,
      double pooledExpected,
      long pooledObserved,
      long total) {
    int regular = order.length - pooled;
    int cells = regular + (pooled > 0 ? 1 : 0);
    double[] expected = new double[cells];
    long[] observed = new long[cells];
    for (int k = 0; k < regular; k++) {
      expected[k] = exact[order[pooled + k]] * total;
      observed[k] = counts[order[pooled + k]];
    }
    if (pooled > 0) {
      expected[cells - 1] = pooledExpected;
      observed[cells - 1] = pooledObserved;
    }
    if (cells < 2) {
      return new GoodnessOfFit(
          0, 0, Estimate.undefined("fewer than two cells after pooling"), cells, pooled);
    }
    ChiSquareTest test = new ChiSquareTest();
    return new GoodnessOfFit(
        test.chiSquare(expected, observed),
        cells - 1,
        Estimate.of(test.chiSquareTest(expected, observed)),
        cells,
        pooled);
  }
}
