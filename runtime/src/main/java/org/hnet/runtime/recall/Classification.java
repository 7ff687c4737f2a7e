package org.hnet.runtime.recall;

import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;

/**
 * What a final state is, compared with a set of stored patterns.
 *
 * @param kind whether the state is a stored pattern, the complement of one, or neither
 * @param pattern the index of the pattern the state equals ({@link Kind#RETRIEVED}) or complements
 *     ({@link Kind#NEGATION}); -1 for {@link Kind#SPURIOUS}
 * @param closestPattern the index of the pattern with the largest absolute overlap with the state
 *     (the first on ties); -1 when there are no patterns
 * @param closestOverlap the (signed) overlap with that pattern; NaN when there are no patterns
 */
public record Classification(Kind kind, int pattern, int closestPattern, double closestOverlap) {

  /** The three kinds of final state. */
  public enum Kind {
    /** The state equals a stored pattern. */
    RETRIEVED,
    /** The state equals the complement of a stored pattern (every neuron on and off swapped). */
    NEGATION,
    /** The state equals no stored pattern and no complement of one. */
    SPURIOUS
  }

  /**
   * Classifies {@code state}, in {@code coding}, against {@code patterns}, in any coding: the first
   * pattern it equals, else the first whose complement it equals, else spurious.
   *
   * @throws IllegalArgumentException if the lengths differ or a value is not of {@code coding}
   */
  public static Classification of(int[] state, Activation coding, PatternSet patterns) {
    if (state.length != patterns.length()) {
      throw new IllegalArgumentException(
          "state has " + state.length + " values, the patterns " + patterns.length());
    }
    int n = state.length;
    int closest = -1;
    int closestAgreement = 0;
    int retrieved = -1;
    int negated = -1;
    for (int k = 0; k < patterns.size(); k++) {
      int agreement =
          Overlap.agreement(state, coding, patterns.rows().get(k), patterns.activation());
      if (agreement == n && retrieved < 0) {
        retrieved = k;
      }
      if (agreement == -n && negated < 0) {
        negated = k;
      }
      if (closest < 0 || Math.abs(agreement) > Math.abs(closestAgreement)) {
        closest = k;
        closestAgreement = agreement;
      }
    }
    double overlap = closest < 0 ? Double.NaN : (double) closestAgreement / n;
    if (retrieved >= 0) {
      return new Classification(Kind.RETRIEVED, retrieved, closest, overlap);
    }
    if (negated >= 0) {
      return new Classification(Kind.NEGATION, negated, closest, overlap);
    }
    return new Classification(Kind.SPURIOUS, -1, closest, overlap);
  }
}
