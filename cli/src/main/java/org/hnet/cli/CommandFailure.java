package org.hnet.cli;

/**
 * A failure a command reports to the user in one line, with its exit code: an unreadable file, an
 * output that cannot be written. Never a bug.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A failure of a command that ran (exit code 1). */
  static CommandFailure failed(String message) {
    return new CommandFailure(message, Main.EXIT_FAILED);
  }

  /** A failure caused by invalid input (exit code 2). */
  static CommandFailure invalid(String message) {
    return new CommandFailure(message, Main.EXIT_INVALID);
  }

  int exitCode() {
    return exitCode;
  }
}
