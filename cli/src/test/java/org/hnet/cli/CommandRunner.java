package org.hnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the hnet command in this JVM and keeps what it printed. */
final class CommandRunner {
  /** The project's root folder: tests run in the cli module's folder. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private CommandRunner() {}

  /** What one command printed and returned. */
  record Result(int exitCode, String out, String err) {}

  /** Runs {@code hnet args...}. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** A path relative to the project root, as an argument. */
  static String project(String relative) {
    Path path = ROOT.resolve(relative);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such project file: " + path);
    }
    return path.toString();
  }
}
