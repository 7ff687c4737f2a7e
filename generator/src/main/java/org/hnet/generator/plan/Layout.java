package org.hnet.generator.plan;

/** How a generated class finds the weights into a neuron. */
public enum Layout {
  /** A full weight matrix, row = receiver. */
  DENSE("dense"),
  /** Nearest neighbours on a grid, found by index arithmetic; one coupling for every bond. */
  LATTICE("lattice");

  private final String keyword;

  Layout(String keyword) {
    this.keyword = keyword;
  }

  /** The word used in descriptions: "dense" or "lattice". */
  public String keyword() {
    return keyword;
  }
}
