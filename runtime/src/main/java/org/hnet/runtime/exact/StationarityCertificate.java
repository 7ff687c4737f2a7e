package org.hnet.runtime.exact;

import java.util.Objects;

/**
 * A check that a Markov kernel has a given distribution {@code pi} as its unique stationary law and
 * converges to it: the numbers measured, the tolerances they were held to, and the verdict. It
 * mirrors what the formalization proves for the random-scan Gibbs kernel ({@code
 * randomScan_ergodicUniqueInvariant}): reversibility (detailed balance), irreducibility and a
 * positive diagonal, hence aperiodicity and a unique invariant law.
 *
 * <p>{@link #passes()} requires the row sums, {@code pi P = pi}, irreducibility and aperiodicity;
 * detailed balance only when {@code requireReversible} was asked for (the random scan is
 * reversible, a systematic sweep in general is not). A chain that keeps {@code pi} but is periodic
 * (such as one that always flips a neuron) fails.
 *
 * @param kernel the kernel's name
 * @param states the number of states
 * @param rowSumError the largest {@code |sum over t of P(s, t) - 1|}
 * @param stationarityError the largest {@code |(pi P)(t) - pi(t)|}
 * @param detailedBalanceResidual the largest {@code |pi(s) P(s, t) - pi(t) P(t, s)|}
 * @param reversible whether that residual is within its tolerance
 * @param irreducible whether every state reaches every other through positive entries
 * @param period the period of the chain (1: aperiodic), from breadth-first levels
 * @param aperiodic whether the chain is irreducible with period 1
 * @param spectralGap the spectral gap of the symmetrized chain, when it is reversible
 * @param tolerances the bounds used
 * @param requireReversible whether the verdict requires detailed balance
 * @param passes the verdict
 */
public record StationarityCertificate(
    String kernel,
    int states,
    double rowSumError,
    double stationarityError,
    double detailedBalanceResidual,
    boolean reversible,
    boolean irreducible,
    int period,
    boolean aperiodic,
    SpectralGap spectralGap,
    Tolerances tolerances,
    boolean requireReversible,
    boolean passes) {

  /**
   * Measures {@code kernel} against {@code pi}, requiring reversibility.
   *
   * @throws IllegalArgumentException if {@code pi} has the wrong length
   */
  public static StationarityCertificate of(
      SparseKernel kernel, double[] pi, Tolerances tolerances) {
    return of(kernel, pi, tolerances, true);
  }

  /** Measures {@code kernel} against {@code pi}, requiring reversibility only if asked. */
  public static StationarityCertificate of(
      SparseKernel kernel, double[] pi, Tolerances tolerances, boolean requireReversible) {
    Objects.requireNonNull(tolerances, "tolerances");
    if (pi.length != kernel.stateCount()) {
      throw new IllegalArgumentException(
          "pi has " + pi.length + " entries, the kernel " + kernel.stateCount() + " states");
    }
    MarkovChecks checks = new MarkovChecks(kernel);
    double rowSums = checks.rowSumError();
    double stationarity = checks.stationarityError(pi);
    double balance = checks.detailedBalanceResidual(pi);
    boolean reversible = balance <= tolerances.detailedBalance();
    boolean irreducible = checks.isIrreducible();
    int period = checks.period();
    boolean aperiodic = irreducible && period == 1;

    SpectralGap gap = spectralGap(checks, pi, reversible, irreducible);
    boolean passes =
        rowSums <= tolerances.rowSum()
            && stationarity <= tolerances.stationarity()
            && (reversible || !requireReversible)
            && aperiodic;
    return new StationarityCertificate(
        kernel.name(),
        kernel.stateCount(),
        rowSums,
        stationarity,
        balance,
        reversible,
        irreducible,
        period,
        aperiodic,
        gap,
        tolerances,
        requireReversible,
        passes);
  }

  private static SpectralGap spectralGap(
      MarkovChecks checks, double[] pi, boolean reversible, boolean irreducible) {
    if (!reversible || !irreducible) {
      return SpectralGap.notComputed(
          "the chain is not " + (reversible ? "irreducible" : "reversible"));
    }
    if (pi.length > MarkovChecks.SPECTRAL_LIMIT) {
      return SpectralGap.notComputed(
          pi.length + " states: more than the limit of " + MarkovChecks.SPECTRAL_LIMIT);
    }
    return checks.spectralGap(pi);
  }
}
