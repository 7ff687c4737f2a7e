package org.hnet.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hnet.lang.check.ModelChecker;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.DiagnosticPrinter;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.FileProblems;
import org.hnet.lang.diag.SourceLines;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.diag.SourceText;
import org.hnet.lang.model.Model;
import org.hnet.lang.parse.ModelParser;
import org.hnet.lang.parse.ParsedFile;

/**
 * The entry point of the front end: reads a {@code .hnet} file, parses it, checks it and lowers its
 * numbers. It never throws for a bad file: every problem, from a missing file to asymmetric
 * weights, is a diagnostic in the {@link LoadResult}.
 *
 * <pre>
 *   LoadResult result = ModelLoader.of().load(Path.of("examples/digits/digits.hnet"));
 *   if (result.hasErrors()) {
 *     System.err.print(result.report());
 *   }
 * </pre>
 */
public final class ModelLoader {
  /** The largest model file read, in bytes; larger files are refused (HN110). */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /**
   * The most diagnostics a report shows one by one; the rest are counted (HN009). Every diagnostic
   * stays in the {@link LoadResult}.
   */
  public static final int MAX_DIAGNOSTICS = DiagnosticPrinter.MAX_SHOWN;

  /**
   * The memory reading a model takes per byte of its text, at most: a matrix written out in full,
   * {@code 1, 1, 1, ...}, costs this much in tokens, parse tree, syntax records and exact numbers.
   */
  public static final long BYTES_PER_TEXT_BYTE = 400;

  private final LoaderOptions options;
  private final HeapBudget heap;

  private ModelLoader(LoaderOptions options, HeapBudget heap) {
    this.options = options;
    this.heap = heap;
  }

  /** A loader with the default options. */
  public static ModelLoader of() {
    return of(LoaderOptions.defaults());
  }

  /** A loader with the given options. */
  public static ModelLoader of(LoaderOptions options) {
    return of(options, HeapBudget.ofRuntime());
  }

  /**
   * A loader with the given options that asks {@code heap} before reading a large text or
   * allocating a network's weights, and refuses the model (HN110) when memory is short.
   */
  public static ModelLoader of(LoaderOptions options, HeapBudget heap) {
    return new ModelLoader(options, heap);
  }

  /**
   * Loads a model file. Pattern files it names are read relative to its directory.
   *
   * @param file the file; diagnostics name it as written here
   */
  public LoadResult load(Path file) {
    String label = file.toString();
    SourceSpan start = SourceSpan.startOf(label);
    if (label.isEmpty()) {
      return failure(
          start,
          DiagnosticCode.UNREADABLE_FILE,
          "no model file given: the file name is empty",
          "name a .hnet file, for example examples/digits/digits.hnet");
    }
    if (Files.isDirectory(file)) {
      return failure(
          start, DiagnosticCode.UNREADABLE_FILE, label + " is a directory, not a model file", "");
    }
    if (!Files.exists(file)) {
      return failure(start, DiagnosticCode.UNREADABLE_FILE, label + " does not exist", "");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return failure(
            start,
            DiagnosticCode.TOO_LARGE,
            label + " has " + size + " bytes, more than the limit of " + MAX_FILE_BYTES,
            "compute large weight matrices with a learning rule instead of writing them out");
      }
      return decoded(file, label, Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      return failure(
          start,
          DiagnosticCode.UNREADABLE_FILE,
          label + " cannot be read: " + FileProblems.reason(e),
          "");
    }
  }

  /**
   * Parses and checks model text that did not come from a file, or was read already.
   *
   * @param fileLabel how diagnostics name the text
   * @param text the model
   * @param baseDirectory the directory pattern files are relative to
   */
  public LoadResult parse(String fileLabel, String text, Path baseDirectory) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    long needed = BYTES_PER_TEXT_BYTE * body.length();
    if (needed > heap.availableBytes()) {
      return failure(
          SourceSpan.startOf(fileLabel),
          DiagnosticCode.TOO_LARGE,
          fileLabel
              + " has "
              + body.length()
              + " characters; reading it needs up to "
              + HeapBudget.describe(needed)
              + " of memory, but Java has only "
              + HeapBudget.describe(Math.max(0, heap.availableBytes()))
              + " left",
          "compute large weight matrices with a learning rule instead of writing them out, or "
              + HeapBudget.moreMemoryHint(needed));
    }
    ParsedFile parsed = ModelParser.parse(fileLabel, SourceLines.withNewlines(body));
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(parsed.diagnostics());
    ModelChecker checker =
        ModelChecker.of(baseDirectory, options.maxNeurons(), options.maxLatticeNeurons(), heap);
    Model model = checker.check(parsed.tree(), diagnostics);

    Map<String, String> sources = new HashMap<>(checker.patternSources());
    sources.put(fileLabel, body);
    boolean ok = !diagnostics.hasErrors();
    return new LoadResult(
        ok ? Optional.of(model) : Optional.empty(), diagnostics.sorted(), sources);
  }

  private LoadResult decoded(Path file, String label, byte[] bytes) {
    SourceText decoded = SourceText.decode(bytes);
    if (!decoded.isText()) {
      return failure(
          decoded.malformedSpan(label),
          DiagnosticCode.INVALID_ENCODING,
          label + " is not UTF-8 text: the byte here is not valid UTF-8",
          "save the file as UTF-8");
    }
    String text = decoded.text().get();
    Optional<SourceSpan> nul = SourceText.firstNul(label, text);
    if (nul.isPresent()) {
      return failure(
          nul.get(),
          DiagnosticCode.INVALID_ENCODING,
          label + " holds a NUL character, so it is binary, not a model",
          "a model file is plain text");
    }
    Path directory = file.toAbsolutePath().getParent();
    return parse(label, text, directory == null ? Path.of("") : directory);
  }

  private static LoadResult failure(
      SourceSpan span, DiagnosticCode code, String message, String hint) {
    return new LoadResult(Optional.empty(), List.of(new Diagnostic(code, span, message, hint)));
  }
}
