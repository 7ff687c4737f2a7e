package org.hnet.generator;

import java.util.List;

/** Thrown when generated sources do not compile; the message holds every javac error. */
public final class CompilationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  CompilationException(List<String> errors) {
    super(
        "generated sources do not compile ("
            + errors.size()
            + (errors.size() == 1 ? " error" : " errors")
            + "):\n"
            + String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  /** The javac errors, each as {@code path:line:column: error: message}. */
  public List<String> errors() {
    return errors;
  }
}
