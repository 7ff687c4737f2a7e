package org.hnet.examples;

/**
 * The mean of a correlated series with its standard error by batch means: the series is cut into
 * {@code b} consecutive batches; with batches much longer than the autocorrelation time the batch
 * means are nearly independent, and the standard error is their standard deviation over {@code
 * sqrt(b)}. Then {@code (mean - truth) / error} follows Student's t with {@code b - 1} degrees of
 * freedom: with 40 batches it exceeds 4 in magnitude with probability 2.7e-4.
 *
 * @param mean the mean of the whole series
 * @param standardError the standard error of the mean
 */
record BatchMeans(double mean, double standardError) {

  /** The batch means of {@code series} cut into {@code batches} batches. */
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

  /** How many standard errors {@code truth} lies from the mean. */
  double deviation(double truth) {
    return (mean - truth) / standardError;
  }
}
