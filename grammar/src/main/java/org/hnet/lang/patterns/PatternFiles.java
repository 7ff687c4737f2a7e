package org.hnet.lang.patterns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.FileProblems;
import org.hnet.lang.diag.SourceLines;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.diag.SourceText;
import org.hnet.runtime.Activation;

/**
 * Reads pattern files. Two formats, chosen by the file name:
 *
 * <ul>
 *   <li>Files ending in {@code .csv}: comma-separated values 0/1 (binary) or -1/1 (bipolar; {@code
 *       +1} is accepted), one pattern per line, with an optional header line: the first line is a
 *       header when a cell of it is {@code label} (in any case) or none of its cells is a number,
 *       and an error when it mixes numbers and other words. The {@code label} column holds the
 *       patterns' labels; without one, the labels are the patterns' positions. The coding is
 *       inferred from the values: a file holding 0 is binary, a file holding -1 is bipolar, and a
 *       file holding both is an error.
 *   <li>Any other file: one pattern per line written with {@code +} (on) and {@code -} (off);
 *       spaces are ignored, blank lines and lines starting with {@code #} are skipped. The labels
 *       are the patterns' positions "0", "1", ...
 * </ul>
 *
 * <p>On and off are kept, whatever the coding: binary 1 and bipolar +1 are on, binary 0 and bipolar
 * -1 are off. The patterns are returned in the coding the caller asks for.
 */
public final class PatternFiles {

  /** Whether several patterns of a file may have one label. */
  public enum Labels {
    /**
     * Each label names one pattern (HN075 otherwise): a network's stored patterns, which results
     * name by their labels.
     */
    UNIQUE,
    /** Labels may repeat: probes, where many samples of a digit share the digit as their label. */
    SHARED
  }

  /** The largest pattern file read, in bytes; larger files are refused (HN110). */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /**
   * The memory reading a pattern file takes per byte of it, at most: its text, its lines, one cell
   * per value and the patterns in two codings.
   */
  public static final long BYTES_PER_FILE_BYTE = 100;

  private PatternFiles() {}

  /** Reads a file of probes, whose labels may repeat, naming it in diagnostics as written. */
  public static PatternFileResult read(Path file, Activation coding) {
    return read(file, file.toString(), coding);
  }

  /**
   * Reads a file of probes, whose labels may repeat.
   *
   * @param file where it is
   * @param label how diagnostics name it
   * @param coding the coding of the returned patterns
   */
  public static PatternFileResult read(Path file, String label, Activation coding) {
    return read(file, label, coding, Labels.SHARED);
  }

  /**
   * Reads a file.
   *
   * @param file where it is
   * @param label how diagnostics name it
   * @param coding the coding of the returned patterns
   * @param labels whether labels may repeat
   */
  public static PatternFileResult read(Path file, String label, Activation coding, Labels labels) {
    Diagnostics diagnostics = new Diagnostics();
    SourceSpan start = SourceSpan.startOf(label);
    if (!Files.isRegularFile(file)) {
      String why = Files.isDirectory(file) ? " is a directory" : " does not exist";
      diagnostics.report(DiagnosticCode.PATTERN_FILE_MISSING, start, "pattern file " + label + why);
      return failed(diagnostics, "");
    }
    try {
      if (isTooLarge(file, label, diagnostics)) {
        return failed(diagnostics, "");
      }
      SourceText decoded = SourceText.decode(Files.readAllBytes(file));
      if (!decoded.isText()) {
        diagnostics.report(
            DiagnosticCode.PATTERN_FILE_FORMAT,
            decoded.malformedSpan(label),
            "pattern file " + label + " is not UTF-8 text");
        return failed(diagnostics, "");
      }
      return parse(label, decoded.text().get(), isCsv(file), coding, labels);
    } catch (IOException | SecurityException e) {
      diagnostics.report(
          DiagnosticCode.PATTERN_FILE_MISSING,
          start,
          "pattern file " + label + " cannot be read: " + FileProblems.reason(e));
      return failed(diagnostics, "");
    }
  }

  /**
   * Parses the text of a pattern file of probes, whose labels may repeat.
   *
   * @param label how diagnostics name the file
   * @param text its text
   * @param csv whether it is CSV rather than the {@code +}/{@code -} format
   * @param coding the coding of the returned patterns
   */
  public static PatternFileResult parse(String label, String text, boolean csv, Activation coding) {
    return parse(label, text, csv, coding, Labels.SHARED);
  }

  /**
   * Parses the text of a pattern file.
   *
   * @param label how diagnostics name the file
   * @param text its text
   * @param csv whether it is CSV rather than the {@code +}/{@code -} format
   * @param coding the coding of the returned patterns
   * @param labels whether labels may repeat
   */
  public static PatternFileResult parse(
      String label, String text, boolean csv, Activation coding, Labels labels) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<RawPatterns> raw =
        csv
            ? new CsvPatterns(label, diagnostics, labels).parse(lines(text))
            : new SignPatterns(label, diagnostics).parse(lines(text));
    if (raw.isPresent() && raw.get().rows().isEmpty()) {
      diagnostics.report(
          DiagnosticCode.PATTERN_FILE_FORMAT,
          SourceSpan.startOf(label),
          "pattern file "
              + label
              + " holds no patterns: it has no lines but blank ones"
              + (csv ? "" : " and comments"),
          "write one pattern per line");
    }
    if (diagnostics.hasErrors()) {
      return failed(diagnostics, text);
    }
    return new PatternFileResult(Optional.of(raw.get().in(coding)), diagnostics.sorted(), text);
  }

  /** Reports (HN110) a file beyond the size limit or too large for the memory left. */
  private static boolean isTooLarge(Path file, String label, Diagnostics diagnostics)
      throws IOException {
    long size = Files.size(file);
    long needed = size > MAX_FILE_BYTES ? 0 : size * BYTES_PER_FILE_BYTE;
    long available = HeapBudget.ofRuntime().availableBytes();
    if (size <= MAX_FILE_BYTES && needed <= available) {
      return false;
    }
    String why =
        size > MAX_FILE_BYTES
            ? "more than the limit of " + MAX_FILE_BYTES
            : "and reading it needs up to "
                + HeapBudget.describe(needed)
                + " of memory, but Java has only "
                + HeapBudget.describe(Math.max(0, available))
                + " left";
    diagnostics.report(
        DiagnosticCode.TOO_LARGE,
        SourceSpan.startOf(label),
        "pattern file " + label + " has " + size + " bytes, " + why,
        size > MAX_FILE_BYTES ? "store fewer patterns" : HeapBudget.moreMemoryHint(needed));
    return true;
  }

  /** Whether a file is read as CSV: its name ends in {@code .csv}, in any case. */
  public static boolean isCsv(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static List<String> lines(String text) {
    return SourceLines.split(text);
  }

  private static PatternFileResult failed(Diagnostics diagnostics, String text) {
    return new PatternFileResult(Optional.empty(), diagnostics.sorted(), text);
  }
}
