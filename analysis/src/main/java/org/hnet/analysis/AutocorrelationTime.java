package org.hnet.analysis;

/**
 * The integrated autocorrelation time and effective sample size of one or more chains, by Geyer's
 * initial monotone sequence estimator as Vehtari, Gelman, Simpson, Carpenter and Buerkner (2021,
 * "Rank-normalization, folding, and localization: an improved R-hat for assessing convergence of
 * MCMC", Bayesian Analysis 16(2), section 3.2) apply it to several chains.
 *
 * <p>The combined autocorrelation at lag {@code t} is {@code rho_t = 1 - (W - mean over chains of
 * s_c^2 rho_(t,c)) / var+}, with per-chain autocorrelations from the biased autocovariance ({@code
 * 1/N} normalization). The sums of adjacent pairs {@code P_k = rho_(2k) + rho_(2k+1)} are taken up
 * to the first negative one (Geyer's initial positive sequence) and made non-increasing ({@code P_k
 * := min(P_k, P_(k-1))}, the initial monotone sequence); then {@code tau = -1 + 2 sum of P_k} and
 * {@code ESS = M N / tau}. As in the reference implementation of that paper, {@code tau} is held at
 * least {@code 1 / log10(M N)}, so that strongly antithetic chains cannot report more than {@code M
 * N log10(M N)} effective draws.
 *
 * <p>The estimate is undefined when no chain varies (see {@link Estimate}). Autocovariances are
 * computed lag by lag up to the truncation lag {@code K}, so the cost is {@code O(M N K)}.
 *
 * @param tau the integrated autocorrelation time, in draws
 * @param effectiveSampleSize {@code M N / tau}
 * @param truncationLag the last lag summed
 */
public record AutocorrelationTime(Estimate tau, Estimate effectiveSampleSize, int truncationLag) {

  /**
   * The autocorrelation time of one chain.
   *
   * @throws IllegalArgumentException if the chain has fewer than 4 draws or a non-finite draw
   */
  public static AutocorrelationTime of(double[] chain) {
    return of(new double[][] {chain});
  }

  /**
   * The combined autocorrelation time of several chains of equal length.
   *
   * @throws IllegalArgumentException if the chains differ in length, have fewer than 4 draws, or
   *     hold a non-finite draw
   */
  public static AutocorrelationTime of(double[][] chains) {
    return of(Chains.of(chains, 4));
  }

  static AutocorrelationTime of(Chains chains) {
    String degenerate = chains.degenerate();
    if (degenerate != null) {
      return new AutocorrelationTime(
          Estimate.undefined(degenerate), Estimate.undefined(degenerate), 0);
    }
    int n = chains.length();
    double previous = Double.POSITIVE_INFINITY;
    double sum = 0;
    int lag = 0;
    for (int t = 0; t + 1 < n; t += 2) {
      // Geyer: P_k = rho_2k + rho_2k+1, stop at the first negative, keep the sequence monotone
      double pair = chains.autocorrelation(t) + chains.autocorrelation(t + 1);
      if (pair < 0) {
        break;
      }
      previous = Math.min(previous, pair);
      sum += previous;
      lag = t + 1;
    }

    double draws = (double) chains.chains() * n;
    double tau = Math.max(-1 + 2 * sum, 1 / Math.log10(draws));
    return new AutocorrelationTime(Estimate.of(tau), Estimate.of(draws / tau), lag);
  }
}
