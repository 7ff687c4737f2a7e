package org.hnet.generator.plan;

/** Where a generated class keeps its weights, thresholds and stored patterns. */
public enum Storage {
  /** As array literals in the class itself. */
  LITERAL,
  /** In a binary resource beside the class, read once when the class is initialized. */
  RESOURCE
}
