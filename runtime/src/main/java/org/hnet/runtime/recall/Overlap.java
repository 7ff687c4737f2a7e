package org.hnet.runtime.recall;

import org.hnet.runtime.Activation;

/**
 * The overlap of a state with a pattern, {@code m = (1/n) sum over i of xi(i) s(i)}, computed on
 * the bipolar forms of both (binary 0 counts as -1). It is +1 when the state equals the pattern, -1
 * when it equals the pattern's complement, and 1 - 2d/n when they differ in d neurons.
 */
public final class Overlap {

  private Overlap() {}

  /**
   * The overlap of {@code state}, in {@code stateCoding}, with {@code pattern}, in {@code
   * patternCoding}.
   *
   * @throws IllegalArgumentException if the lengths differ or a value is not of its coding
   */
  public static double of(
      int[] state, Activation stateCoding, int[] pattern, Activation patternCoding) {
    return (double) agreement(state, stateCoding, pattern, patternCoding) / state.length;
  }

  /** The overlap of a state with a pattern in the same coding. */
  public static double of(int[] state, int[] pattern, Activation coding) {
    return of(state, coding, pattern, coding);
  }

  /**
   * The exact sum {@code sum over i of xi(i) s(i)} on the bipolar forms: the number of neurons that
   * agree minus the number that differ.
   *
   * @throws IllegalArgumentException if the lengths differ or a value is not of its coding
   */
  public static int agreement(
      int[] state, Activation stateCoding, int[] pattern, Activation patternCoding) {
    if (state.length != pattern.length) {
      throw new IllegalArgumentException(
          "state has " + state.length + " values but the pattern has " + pattern.length);
    }
    int sum = 0;
    for (int i = 0; i < state.length; i++) {
      int s = Activation.BIPOLAR.convert(state[i], stateCoding);
      int xi = Activation.BIPOLAR.convert(pattern[i], patternCoding);
      sum += xi * s;
    }
    return sum;
  }
}
