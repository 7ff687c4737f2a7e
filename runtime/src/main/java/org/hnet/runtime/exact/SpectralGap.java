package org.hnet.runtime.exact;

/**
 * The spectral gap of a reversible chain: the eigenvalues of the symmetrized matrix {@code S =
 * D^(1/2) P D^(-1/2)}, {@code D = diag(pi)}, which has the eigenvalues of {@code P}, all real:
 * {@code 1 = lambda_1 >= lambda_2 >= ... >= lambda_min >= -1}.
 *
 * <p>Lanczos (for chains of more than 256 states) works on the complement of the top eigenvector
 * {@code sqrt(pi)}; its extreme Ritz values approach {@code lambda_2} and {@code lambda_min} from
 * inside, so the reported gap is, up to the residual bound, an upper estimate of the true one, and
 * it is exact once the Krylov space is invariant (fewer steps than the limit).
 *
 * <p>When {@code computed} is false, {@code reason} says why (the chain is not reversible or not
 * irreducible, or it has too many states) and the numbers are 0 and mean nothing.
 *
 * @param computed whether the numbers below were computed
 * @param reason how they were computed ("dense Jacobi" or "Lanczos"), or why they were not
 * @param secondEigenvalue {@code lambda_2}
 * @param smallestEigenvalue {@code lambda_min}
 * @param gap the spectral gap {@code 1 - lambda_2}
 * @param absoluteGap {@code 1 - max(|lambda_2|, |lambda_min|)}
 * @param relaxationTime {@code 1 / absoluteGap}, in steps of the chain ({@code +infinity} for a
 *     zero gap)
 * @param residualBound each reported eigenvalue lies within this distance of an eigenvalue of
 *     {@code S}: the off-diagonal norm left by Jacobi, or for Lanczos the largest {@code |beta_k
 *     y_k|} of the two extreme Ritz pairs
 * @param iterations Jacobi sweeps or Lanczos steps made
 */
public record SpectralGap(
    boolean computed,
    String reason,
    double secondEigenvalue,
    double smallestEigenvalue,
    double gap,
    double absoluteGap,
    double relaxationTime,
    double residualBound,
    int iterations) {

  /** A gap that was not computed, with the reason. */
  static SpectralGap notComputed(String reason) {
    return new SpectralGap(false, reason, 0, 0, 0, 0, 0, 0, 0);
  }

  /** A gap from {@code lambda_2} and {@code lambda_min}. */
  static SpectralGap of(
      String method, double second, double smallest, double residualBound, int iterations) {
    double absoluteGap = 1 - Math.max(Math.abs(second), Math.abs(smallest));
    double relaxation = absoluteGap > 0 ? 1 / absoluteGap : Double.POSITIVE_INFINITY;
    return new SpectralGap(
        true,
        method,
        second,
        smallest,
        1 - second,
        absoluteGap,
        relaxation,
        residualBound,
        iterations);
  }
}
