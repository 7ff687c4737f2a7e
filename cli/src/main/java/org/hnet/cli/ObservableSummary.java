package org.hnet.cli;

import java.util.OptionalDouble;
import org.hnet.analysis.AutocorrelationTime;
import org.hnet.analysis.ConvergenceDiagnostics;
import org.hnet.analysis.Estimate;

/**
 * The sampled mean of one quantity over several chains, with its uncertainty and convergence
 * diagnostics, and the exact value when it is known.
 *
 * <p>The standard error is {@code sqrt(s^2 / ESS)}, with {@code s^2} the sample variance of all
 * draws pooled and {@code ESS} the effective sample size of the raw draws of all chains (Geyer's
 * initial monotone sequence, {@link AutocorrelationTime}). R-hat, bulk and tail ESS are the
 * rank-normalized split diagnostics of Vehtari et al. (2021), {@link ConvergenceDiagnostics}. When
 * no chain varies, none of them is defined, and each says why instead of claiming a value.
 *
 * @param name what was measured, for reports
 * @param mean the mean of all draws
 * @param standardError the Monte Carlo standard error of the mean
 * @param effectiveSampleSize the ESS behind the standard error
 * @param autocorrelationTime the integrated autocorrelation time, in recorded draws
 * @param rHat the rank-normalized split R-hat
 * @param bulkEffectiveSampleSize the bulk ESS
 * @param tailEffectiveSampleSize the tail ESS
 * @param exact the exact expectation, when the network was enumerated
 */
record ObservableSummary(
    String name,
    double mean,
    Estimate standardError,
    Estimate effectiveSampleSize,
    Estimate autocorrelationTime,
    Estimate rHat,
    Estimate bulkEffectiveSampleSize,
    Estimate tailEffectiveSampleSize,
    OptionalDouble exact) {

  /** The summary of {@code chains}, one row of draws per chain. */
  static ObservableSummary of(String name, double[][] chains, OptionalDouble exact) {
    AutocorrelationTime time = AutocorrelationTime.of(chains);
    ConvergenceDiagnostics diagnostics = ConvergenceDiagnostics.of(chains);
    double[] moments = meanAndVariance(chains);
    return new ObservableSummary(
        name,
        moments[0],
        standardError(moments[1], time.effectiveSampleSize()),
        time.effectiveSampleSize(),
        time.tau(),
        diagnostics.rHat(),
        diagnostics.bulkEffectiveSampleSize(),
        diagnostics.tailEffectiveSampleSize(),
        exact);
  }

  /** {@code sqrt(s^2 / ESS)}, undefined with the ESS. */
  private static Estimate standardError(double variance, Estimate ess) {
    if (!ess.isDefined()) {
      return ess;
    }
    return Estimate.of(Math.sqrt(variance / ess.value()));
  }

  /** The mean and the sample variance (divisor count - 1) of all draws, in two passes. */
  private static double[] meanAndVariance(double[][] chains) {
    double sum = 0;
    long count = 0;
    for (double[] chain : chains) {
      for (double x : chain) {
        sum += x;
      }
      count += chain.length;
    }
    double mean = sum / count;
    double squares = 0;
    for (double[] chain : chains) {
      for (double x : chain) {
        squares += (x - mean) * (x - mean);
      }
    }
    return new double[] {mean, count > 1 ? squares / (count - 1) : 0};
  }

  /**
   * How many standard errors the mean lies from the exact value, {@code (mean - exact) / SE}; empty
   * without an exact value or a standard error.
   */
  OptionalDouble deviation() {
    if (exact.isEmpty() || !standardError.isDefined() || standardError.value() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((mean - exact.getAsDouble()) / standardError.value());
  }
}
