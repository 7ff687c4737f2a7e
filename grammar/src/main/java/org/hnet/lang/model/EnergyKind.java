package org.hnet.lang.model;

/** The energy functions (Hamiltonians) a network can declare. */
public enum EnergyKind {
  /** E(s) = -1/2 sum over u != v of w(u, v) s(u) s(v) + sum over u of threshold(u) s(u). */
  HOPFIELD("hopfield");

  private final String keyword;

  EnergyKind(String keyword) {
    this.keyword = keyword;
  }

  /** The name written in a model file. */
  public String keyword() {
    return keyword;
  }
}
