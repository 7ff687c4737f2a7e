package org.hnet.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The {@code hnet} command. Results go to standard output, diagnostics and usage errors to standard
 * error.
 *
 * <p>Exit codes: 0 success; 1 the command ran but failed (an output could not be written, or Java
 * ran out of memory or stack); 2 a usage error or an error in a model file; 70 an internal error (a
 * bug in hnet), reported without a stack trace unless {@code --trace} is given.
 */
public final class Main {
  /** Exit code of a usage error or an invalid model. */
  public static final int EXIT_INVALID = 2;

  /** Exit code of a command that ran but failed, including running out of memory or stack. */
  public static final int EXIT_FAILED = 1;

  /** Exit code of an internal error. */
  public static final int EXIT_INTERNAL = 70;

  /** The environment variable the launcher passes to {@code java}, after {@code JAVA_OPTS}. */
  static final String JAVA_OPTIONS_VARIABLE = "HNET_JAVA_OPTS";

  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    WatchedOutput stdout = WatchedOutput.of(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, stdout::failure, args));
  }

  /** Runs the command with the given streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Optional::empty, args);
  }

  private static int run(
      PrintWriter out, PrintWriter err, Supplier<Optional<String>> outFailure, String... args) {
    HnetCommand root = new HnetCommand();
    return execute(new CommandLine(root), root, out, err, outFailure, args);
  }

  /**
   * Runs {@code commandLine}, whose top command is {@code root}, with the given streams: the exit
   * code of the command, or of the failure that ended it.
   *
   * @param outFailure why writing to {@code out} failed, when known
   */
  static int execute(
      CommandLine commandLine,
      HnetCommand root,
      PrintWriter out,
      PrintWriter err,
      Supplier<Optional<String>> outFailure,
      String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> internalError(exception, err, root.trace()));
    commandLine.setParameterExceptionHandler(Main::usageError);
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError | StackOverflowError exhausted) {
      code = exhausted(exhausted, err, root.activity());
    }
    return checkOutput(code, out, err, outFailure);
  }

  /** Exit code 1 with a message when the output could not be written completely. */
  private static int checkOutput(
      int code, PrintWriter out, PrintWriter err, Supplier<Optional<String>> outFailure) {
    boolean failed = out.checkError();
    if (failed) {
      err.println(
          "hnet: the output could not be written completely"
              + outFailure.get().map(reason -> ": " + reason).orElse(""));
    }
    err.flush();
    return failed && code == 0 ? EXIT_FAILED : code;
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

  /** One line on running out of memory or stack: what was running and how to give Java more. */
  private static int exhausted(VirtualMachineError error, PrintWriter err, String activity) {
    if (error instanceof StackOverflowError) {
      err.println(
          "hnet: Java ran out of stack "
              + activity
              + "; give it a larger stack, e.g. "
              + JAVA_OPTIONS_VARIABLE
              + "=-Xss64m (see hnet --help)");
    } else {
      err.println(
          "hnet: not enough memory "
              + activity
              + " (Java may use at most "
              + megabytes(Runtime.getRuntime().maxMemory())
              + "); give Java more, e.g. "
              + JAVA_OPTIONS_VARIABLE
              + "=-Xmx8g (see hnet --help)");
    }
    err.flush();
    return EXIT_FAILED;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
  }
}
