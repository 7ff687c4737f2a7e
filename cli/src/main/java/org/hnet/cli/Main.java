package org.hnet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code hnet} command. Results go to standard output, diagnostics and usage errors to standard
 * error.
 *
 * <p>Exit codes: 0 success; 1 the command ran but failed (for example an output could not be
 * written); 2 a usage error or an error in a model file; 70 an internal error (a bug in hnet),
 * reported without a stack trace unless {@code --trace} is given.
 */
public final class Main {
  /** Exit code of a usage error or an invalid model. */
  public static final int EXIT_INVALID = 2;

  /** Exit code of a command that ran but failed. */
  public static final int EXIT_FAILED = 1;

  /** Exit code of an internal error. */
  public static final int EXIT_INTERNAL = 70;

  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the command with the given streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    HnetCommand root = new HnetCommand();
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> internalError(exception, err, root.trace()));
    commandLine.setParameterExceptionHandler(Main::usageError);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int usageError(CommandLine.ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("hnet: " + problem.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    return EXIT_INVALID;
  }

  private static int internalError(Exception exception, PrintWriter err, boolean trace) {
    if (exception instanceof CommandFailure failure) {
      err.println("hnet: " + failure.getMessage());
      return failure.exitCode();
    }
    err.println("hnet: internal error: " + exception);
    if (trace) {
      exception.printStackTrace(err);
    } else {
      err.println("This is a bug in hnet. Rerun with --trace to see where it happened.");
    }
    return EXIT_INTERNAL;
  }
}
