package org.hnet.runtime.learning;

/**
 * Thrown by {@link PseudoinverseRule} when the patterns are linearly dependent, so that the matrix
 * {@code X^T X} of their inner products has no inverse.
 */
public final class SingularPatternsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int dependentPattern;

  /**
   * Reports that pattern {@code dependentPattern} lies in the span of the patterns before it.
   *
   * @param dependentPattern the index of the first such pattern, counting from 0
   */
  public SingularPatternsException(int dependentPattern) {
    super(
        "pattern "
            + dependentPattern
            + " is a linear combination of the patterns before it, so X^T X is singular");
    this.dependentPattern = dependentPattern;
  }

  /** The index of the first pattern that lies in the span of the patterns before it. */
  public int dependentPattern() {
    return dependentPattern;
  }
}
