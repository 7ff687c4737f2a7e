package org.hnet.analysis;

/**
 * A diagnostic that is either a number or explicitly undefined, with the reason: a constant chain
 * has no autocorrelation time and no R-hat, and reporting 1.0 for it would claim a convergence that
 * was never measured.
 */
public sealed interface Estimate permits Estimate.Defined, Estimate.Undefined {

  /** A defined value. */
  static Estimate of(double value) {
    return new Defined(value);
  }

  /** An undefined value with the reason. */
  static Estimate undefined(String reason) {
    return new Undefined(reason);
  }

  /** Whether there is a value. */
  boolean isDefined();

  /**
   * The value.
   *
   * @throws IllegalStateException if the estimate is undefined (the message gives the reason)
   */
  double value();

  /**
   * A number.
   *
   * @param value the estimate
   */
  record Defined(double value) implements Estimate {
    @Override
    public boolean isDefined() {
      return true;
    }
  }

  /**
   * No number, and why.
   *
   * @param reason why the estimate is undefined
   */
  record Undefined(String reason) implements Estimate {
    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public double value() {
      throw new IllegalStateException("undefined: " + reason);
    }
  }
}
