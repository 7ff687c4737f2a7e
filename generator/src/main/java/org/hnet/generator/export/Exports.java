package org.hnet.generator.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.generator.export.json.SpecText;
import org.hnet.generator.export.json.SpecWriter;
import org.hnet.generator.export.lean.LeanExporter;
import org.hnet.lang.model.Model;

/**
 * The one entry point for exports, shared by the command line and the Maven plugin: a checked model
 * in, files out. It writes nothing; {@link org.hnet.generator.GeneratedFiles#writeAtomically} does.
 *
 * <pre>
 *   List&lt;GeneratedFile&gt; files =
 *       Exports.export(model, EnumSet.of(ExportKind.JSON, ExportKind.LEAN), ExportOptions.of(model));
 *   GeneratedFiles.writeAtomically(files, outputDirectory);
 * </pre>
 */
public final class Exports {

  private Exports() {}

  /**
   * The files of the requested kinds, in the order JSON, Lean.
   *
   * @throws IllegalArgumentException if {@code kinds} is empty, or a start state in the options
   *     names no network of the model or does not fit its network
   */
  public static List<GeneratedFile> export(
      Model model, Set<ExportKind> kinds, ExportOptions options) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("no export kind requested; ask for JSON, LEAN or both");
    }
    StartStates.check(model, options.starts());
    ObjectNode spec = SpecWriter.of(options.sourceLabel()).tree(model);
    List<GeneratedFile> files = new ArrayList<>();
    if (kinds.contains(ExportKind.JSON)) {
      files.add(GeneratedFile.source(specFileName(options), SpecText.pretty(spec)));
    }
    if (kinds.contains(ExportKind.LEAN)) {
      String lean =
          LeanExporter.of(options.sourceLabel(), specFileName(options), SpecText.sha256(spec))
              .export(model, options.baseName(), options.starts());
      files.add(GeneratedFile.source(leanFileName(options), lean));
    }
    return files;
  }

  /** The SHA-256 of the canonical text of {@code model}'s spec, which results refer to. */
  public static String specSha256(Model model) {
    return SpecText.sha256(SpecWriter.of(model.file()).tree(model));
  }

  /** The spec's file name: {@code digits.spec.json}. */
  public static String specFileName(ExportOptions options) {
    return options.baseName() + SpecFormat.FILE_SUFFIX;
  }

  /** The Lean file's name, a Lean module name: {@code Digits.lean}. */
  public static String leanFileName(ExportOptions options) {
    return LeanExporter.moduleName(options.baseName()) + ".lean";
  }
}
