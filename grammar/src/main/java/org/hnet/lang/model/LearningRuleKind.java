package org.hnet.lang.model;

import java.util.Arrays;
import java.util.Optional;

/** The learning rules a {@code weights RULE;} statement can name. */
public enum LearningRuleKind {
  /** W = sum of p p^T minus m I: no 1/n factor, zero diagonal (the formalization's Hebbian). */
  HEBBIAN("hebbian"),
  /** Storkey's incremental rule (1997), with local fields that exclude i and j. */
  STORKEY("storkey"),
  /** The projection rule W = X (X^T X)^-1 X^T with the diagonal set to zero. */
  PSEUDOINVERSE("pseudoinverse");

  private final String keyword;

  LearningRuleKind(String keyword) {
    this.keyword = keyword;
  }

  /** The name written in a model file. */
  public String keyword() {
    return keyword;
  }

  /** The rule a model file names, if it names one. */
  public static Optional<LearningRuleKind> byKeyword(String keyword) {
    return Arrays.stream(values()).filter(r -> r.keyword.equals(keyword)).findFirst();
  }
}
