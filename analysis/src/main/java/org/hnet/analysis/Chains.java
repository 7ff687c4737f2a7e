package org.hnet.analysis;

/**
 * The statistics of several equally long chains that the estimators of Vehtari, Gelman, Simpson,
 * Carpenter and Buerkner (2021) build on: chain means and variances, the within-chain variance
 * {@code W}, the between-chain variance {@code B}, the pooled variance estimate {@code var+ = (N -
 * 1)/N W + B/N}, and the combined autocorrelation {@code rho_t}.
 */
final class Chains {

  private final double[][] draws;
  private final int m;
  private final int n;
  private final double[] means;
  private final double within;
  private final double pooled;

  private Chains(double[][] draws) {
    this.draws = draws;
    this.m = draws.length;
    this.n = draws[0].length;
    this.means = new double[m];
    double sumOfVariances = 0;
    for (int c = 0; c < m; c++) {
      means[c] = mean(draws[c]);
      sumOfVariances += autocovariance(c, 0) * n / (n - 1);
    }
    this.within = sumOfVariances / m;

    // B = N / (M - 1) sum over chains of (mean_c - grand mean)^2; var+ = (N-1)/N W + B/N
    double between = 0;
    if (m > 1) {
      double grand = mean(means);
      for (double chainMean : means) {
        between += (chainMean - grand) * (chainMean - grand);
      }
      between *= (double) n / (m - 1);
    }
    this.pooled = (n - 1.0) / n * within + between / n;
  }

  /**
   * The statistics of {@code draws}, one row per chain.
   *
   * @throws IllegalArgumentException if there are no chains, the chains differ in length, or a
   *     chain has fewer than {@code minimumLength} draws
   */
  static Chains of(double[][] draws, int minimumLength) {
    if (draws.length == 0) {
      throw new IllegalArgumentException("need at least one chain");
    }
    for (double[] chain : draws) {
      if (chain.length != draws[0].length || chain.length < minimumLength) {
        throw new IllegalArgumentException(
            "chains must have equal lengths of at least "
                + minimumLength
                + " draws, got "
                + chain.length
                + " and "
                + draws[0].length);
      }
      for (double x : chain) {
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("a draw is not finite: " + x);
        }
      }
    }
    return new Chains(draws);
  }

  int chains() {
    return m;
  }

  int length() {
    return n;
  }

  double within() {
    return within;
  }

  double pooled() {
    return pooled;
  }

  /** Why the chains admit no estimate, or null: {@code W = 0} means no chain varies. */
  String degenerate() {
    if (within > 0) {
      return null;
    }
    for (double chainMean : means) {
      if (chainMean != means[0]) {
        return "every chain is constant, at different values: the within-chain variance is 0";
      }
    }
    return "all draws are equal: the chains have no variation";
  }

  /** {@code (1/N) sum over i < N - t of (x_i - mean)(x_(i+t) - mean)} for chain {@code c}. */
  double autocovariance(int c, int t) {
    double[] x = draws[c];
    double mean = means[c];
    double sum = 0;
    for (int i = 0; i + t < n; i++) {
      sum += (x[i] - mean) * (x[i + t] - mean);
    }
    return sum / n;
  }

  /**
   * The combined autocorrelation at lag {@code t}: {@code rho_t = 1 - (W - mean over chains of
   * s_c^2 rho_(t,c)) / var+}, where {@code s_c^2 rho_(t,c) = N/(N-1) autocovariance_c(t)}.
   */
  double autocorrelation(int t) {
    double sum = 0;
    for (int c = 0; c < m; c++) {
      sum += autocovariance(c, t) * n / (n - 1);
    }
    return 1 - (within - sum / m) / pooled;
  }

  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }
}
