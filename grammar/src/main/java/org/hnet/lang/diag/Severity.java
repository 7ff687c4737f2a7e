package org.hnet.lang.diag;

/** How bad a diagnostic is: errors stop a model from being used, warnings do not. */
public enum Severity {
  /** The model cannot be used. */
  ERROR,
  /** The model can be used, but something about it deserves attention. */
  WARNING;

  /** The word printed before the message: "error" or "warning". */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
