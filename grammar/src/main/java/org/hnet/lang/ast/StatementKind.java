package org.hnet.lang.ast;

/** The kinds of statement a network may hold, named by their keywords. */
public enum StatementKind {
  NEURONS("neurons"),
  INPUT("input"),
  OUTPUT("output"),
  HIDDEN("hidden"),
  ACTIVATION("activation"),
  CONNECTIONS("connections"),
  WEIGHTS("weights"),
  THRESHOLDS("thresholds"),
  PATTERNS("patterns"),
  ENERGY("energy"),
  DYNAMICS("dynamics"),
  TEMPERATURE("temperature"),
  ANNEAL("anneal"),
  COUPLING("coupling"),
  FIELD("field"),
  CLAMP("clamp");

  private final String keyword;

  StatementKind(String keyword) {
    this.keyword = keyword;
  }

  /** The keyword that starts the statement. */
  public String keyword() {
    return keyword;
  }
}
