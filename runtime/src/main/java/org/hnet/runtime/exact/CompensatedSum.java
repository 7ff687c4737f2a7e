package org.hnet.runtime.exact;

/**
 * A running sum with Neumaier's compensation (an improved Kahan summation): the rounding error of
 * each addition is kept in a second term and added back at the end, so that the error of a sum of
 * many terms stays of the order of one rounding of the result instead of growing with their number.
 */
public final class CompensatedSum {

  private double sum;
  private double compensation;

  /** Adds {@code x}. */
  public void add(double x) {
    double t = sum + x;

    // the low-order bits lost by sum + x, from whichever operand is larger in magnitude
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  /** The compensated sum of everything added so far. */
  public double value() {
    return sum + compensation;
  }

  /** Forgets everything added. */
  public void reset() {
    sum = 0;
    compensation = 0;
  }
}
