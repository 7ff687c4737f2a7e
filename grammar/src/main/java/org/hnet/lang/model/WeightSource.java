package org.hnet.lang.model;

import org.hipparchus.fraction.BigFraction;

/** How a network's weights were given: the exporters reproduce the declaration from it. */
public sealed interface WeightSource {

  /** No weights statement: every weight is 0 unless a connection carries one. */
  record Unspecified() implements WeightSource {}

  /** A {@code weights [[...], ...]} matrix. */
  record Matrix() implements WeightSource {}

  /** Weights on the connections of a {@code connections { ... }} block. */
  record Edges() implements WeightSource {}

  /**
   * A learning rule applied to the network's patterns.
   *
   * @param rule the rule
   * @param scale the factor every learned weight is multiplied by (1 when not given)
   */
  record Learned(LearningRuleKind rule, BigFraction scale) implements WeightSource {}

  /**
   * The coupling of a lattice ({@code coupling J;}, 1 when not given): the weight of every bond, so
   * {@code J} between nearest neighbours, {@code 2 J} on a periodic side of length 2, where two
   * bonds join the same pair.
   *
   * @param coupling the coupling J
   */
  record Coupling(BigFraction coupling) implements WeightSource {}
}
