package org.hnet.lang.check;

import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.hnet.runtime.learning.RationalWeights;

/**
 * A network's weights before lowering, in the form that was cheapest to compute them in. The arrays
 * are not copied: at {@code n^2} numbers they may be most of the memory there is, so each value
 * owns its array, and masking and lowering change it in place.
 */
sealed interface WeightValues {

  /**
   * Weights written entry by entry; absent entries are 0.
   *
   * @param entries the non-zero weights by {@code receiver * n + sender}
   */
  record Written(Map<Integer, WrittenWeight> entries) implements WeightValues {
    /** Copies the map. */
    public Written {
      entries = Map.copyOf(entries);
    }
  }

  /**
   * Integer Hebbian weights times an exact scale factor.
   *
   * @param counts the Hebbian sums, flat and row-major
   * @param scale the factor
   */
  record Scaled(long[] counts, BigFraction scale) implements WeightValues {}

  /**
   * Exact rational weights from a learning rule.
   *
   * @param weights the weights
   */
  record Rational(RationalWeights weights) implements WeightValues {}

  /**
   * Weights computed in floating point, because exact arithmetic would cost too much.
   *
   * @param values the weights, flat and row-major
   * @param reason why they are not exact, for warning HW001
   */
  record Floating(double[] values, String reason) implements WeightValues {}
}
