package org.hnet.runtime.stochastic;

/**
 * The mean of a correlated series and its standard error by batch means: the series is cut into
 * {@code b} consecutive batches, and the standard error is the standard deviation of the batch
 * means over {@code sqrt(b)}. With batches much longer than the autocorrelation time the batch
 * means are nearly independent and normal, so {@code (mean - truth) / error} follows Student's t
 * with {@code b - 1} degrees of freedom.
 */
record BatchMeans(double mean, double standardError) {

  static BatchMeans of(double[] series, int batches) {
    int length = series.length / batches;
    double[] means = new double[batches];
    double total = 0;
    for (int b = 0; b < batches; b++) {
      double sum = 0;
      for (int k = b * length; k < (b + 1) * length; k++) {
        sum += series[k];
      }
      means[b] = sum / length;
      total += means[b];
    }
    double mean = total / batches;
    double squares = 0;
    for (double m : means) {
      squares += (m - mean) * (m - mean);
    }
    return new BatchMeans(mean, Math.sqrt(squares / (batches - 1) / batches));
  }

  /** Whether {@code truth} lies within {@code k} standard errors of the mean. */
  boolean covers(double truth, double k) {
    return Math.abs(mean - truth) <= k * standardError;
  }
}
