package org.hnet.runtime.exact;

/**
 * The bounds a {@link StationarityCertificate} holds its measured errors to.
 *
 * @param rowSum the largest accepted {@code |sum of a row - 1|}
 * @param stationarity the largest accepted {@code |(pi P)(t) - pi(t)|}
 * @param detailedBalance the largest accepted {@code |pi(s) P(s, t) - pi(t) P(t, s)|}; also the
 *     bound under which a chain counts as reversible, so that its spectral gap is computed
 */
public record Tolerances(double rowSum, double stationarity, double detailedBalance) {

  /** Checks that every bound is a number >= 0. */
  public Tolerances {
    if (!(rowSum >= 0 && stationarity >= 0 && detailedBalance >= 0)) {
      throw new IllegalArgumentException(
          "tolerances must be numbers >= 0, got "
              + rowSum
              + ", "
              + stationarity
              + " and "
              + detailedBalance);
    }
  }

  /** 1e-12 for each: far above the rounding of the sums involved, far below any real defect. */
  public static Tolerances defaults() {
    return new Tolerances(1e-12, 1e-12, 1e-12);
  }
}
