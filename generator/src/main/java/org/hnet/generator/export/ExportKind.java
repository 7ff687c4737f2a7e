package org.hnet.generator.export;

/** What {@link Exports} can write for a model. */
public enum ExportKind {
  /** The JSON spec ({@code docs/SPEC.md}): {@code NAME.spec.json}. */
  JSON,
  /** The Lean 4 file that instantiates the formalization: {@code Name.lean}. */
  LEAN
}
