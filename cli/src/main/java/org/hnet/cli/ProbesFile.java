package org.hnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hnet.lang.diag.DiagnosticPrinter;
import org.hnet.lang.diag.SourceText;
import org.hnet.lang.model.Network;
import org.hnet.lang.patterns.PatternFileResult;
import org.hnet.lang.patterns.PatternFiles;
import org.hnet.runtime.PatternSet;

/**
 * The file of {@code --probes}: its text, read once, and whether its rows carry explicit labels.
 *
 * <p>Only a CSV file with a {@code label} column labels its rows. The pattern-file reader numbers
 * the rows of other files "0", "1", ..., which names stored patterns well but says nothing about
 * which stored pattern a probe should reach, so such probes are unlabelled: their runs are counted
 * by final state only.
 *
 * @param file the file as the user gave it
 * @param text its text
 * @param labelled whether it is a CSV file with a {@code label} column
 */
record ProbesFile(Path file, String text, boolean labelled) {

  /**
   * Reads the file.
   *
   * @throws CommandFailure (exit code 2) saying precisely why the file cannot be read
   */
  static ProbesFile read(Path file) {
    checkRegularFile(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw problem(file, "cannot be read: " + FileProblems.reason(e));
    } catch (SecurityException e) {
      throw problem(file, "cannot be read: " + e.getMessage());
    }
    SourceText decoded = SourceText.decode(bytes);
    if (!decoded.isText()) {
      throw problem(
          file,
          "is not UTF-8 text (line "
              + decoded.malformedLine()
              + ", column "
              + decoded.malformedColumn()
              + ")");
    }
    String text = decoded.text().get();
    if (text.isBlank()) {
      throw problem(file, "is empty: it holds no probes");
    }
    boolean csv = PatternFiles.isCsv(file);
    return new ProbesFile(file, text, csv && hasLabelColumn(text));
  }

  /**
   * The probes in the coding of {@code network}, printing any problem of the file to {@code err}.
   *
   * @throws CommandFailure (exit code 2) when the file has errors or rows of the wrong length
   */
  PatternSet patternsFor(Network network, PrintWriter err) {
    String label = file.toString();
    PatternFileResult read =
        PatternFiles.parse(label, text, PatternFiles.isCsv(file), network.activation());
    if (!read.diagnostics().isEmpty()) {
      err.print(DiagnosticPrinter.of(Map.of(label, text)).render(read.diagnostics()));
      err.flush();
    }
    PatternSet probes =
        read.patterns().orElseThrow(() -> problem(file, "has errors; nothing was run"));
    if (probes.length() != network.size()) {
      throw problem(
          file,
          "has rows of "
              + Descriptions.plural(probes.length(), "value")
              + ", but network "
              + network.name()
              + " has "
              + Descriptions.plural(network.size(), "neuron"));
    }
    return probes;
  }

  private static void checkRegularFile(Path file) {
    if (Files.isRegularFile(file)) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw problem(file, "is a directory, not a file");
    }
    if (Files.exists(file)) {
      throw problem(file, "exists but is not a regular file (a device, pipe or socket)");
    }
    throw problem(file, Files.isSymbolicLink(file) ? "is a broken link" : "does not exist");
  }

  /** Whether the first non-blank line has a cell {@code label}, as the pattern reader reads it. */
  private static boolean hasLabelColumn(String text) {
    return text.lines()
        .filter(line -> !line.isBlank())
        .findFirst()
        .map(line -> Arrays.stream(line.split(",", -1)))
        .map(cells -> cells.anyMatch(c -> c.strip().toLowerCase(Locale.ROOT).equals("label")))
        .orElse(false);
  }

  private static CommandFailure problem(Path file, String what) {
    return CommandFailure.invalid("--probes " + file + ": " + what);
  }
}
