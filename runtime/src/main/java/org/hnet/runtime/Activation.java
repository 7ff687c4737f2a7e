package org.hnet.runtime;

/**
 * The values a two-state neuron can take.
 *
 * <p>{@link #BIPOLAR} neurons take -1 and +1 (the formalization's {@code HopfieldNetwork} and
 * {@code SymmetricBinary}); {@link #BINARY} neurons take 0 and 1 ({@code ZeroOne}). In both, the
 * larger value is the one a neuron takes when its net input reaches its threshold, ties included.
 */
public enum Activation {
  /** Neurons take the values -1 and +1. */
  BIPOLAR(-1, 1),
  /** Neurons take the values 0 and 1. */
  BINARY(0, 1);

  private final int low;
  private final int high;

  Activation(int low, int high) {
    this.low = low;
    this.high = high;
  }

  /** The value of a neuron that is off: -1 or 0. */
  public int low() {
    return low;
  }

  /** The value of a neuron that is on: +1 in both codings. */
  public int high() {
    return high;
  }

  /** Whether {@code value} is one of the two values of this activation. */
  public boolean contains(int value) {
    return value == low || value == high;
  }

  /** The value for "on" ({@code true}) or "off" ({@code false}). */
  public int of(boolean on) {
    return on ? high : low;
  }

  /**
   * The value in this coding of a neuron whose value in {@code from} is {@code value}: on stays on
   * and off stays off, so binary 0 becomes bipolar -1 and back.
   *
   * @throws IllegalArgumentException if {@code value} is not a value of {@code from}
   */
  public int convert(int value, Activation from) {
    if (!from.contains(value)) {
      throw new IllegalArgumentException(
          "value "
              + value
              + " is not "
              + from.describe()
              + " (expected "
              + from.low
              + " or "
              + from.high
              + ")");
    }
    return of(value == from.high);
  }

  /** A lower-case name for messages: "bipolar" or "binary". */
  public String describe() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
