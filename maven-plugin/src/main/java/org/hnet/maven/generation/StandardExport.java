package org.hnet.maven.generation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.export.ExportKind;
import org.hnet.generator.export.ExportOptions;
import org.hnet.generator.export.Exports;
import org.hnet.lang.model.Model;

/**
 * The exports of hnet's generator: {@code json}, the model's JSON spec ({@code digits.spec.json}),
 * and {@code lean}, a Lean 4 file that instantiates the formalization ({@code Digits.lean}), each
 * named after the model file.
 */
enum StandardExport implements ModelExport {
  /** The JSON spec. */
  JSON(ExportKind.JSON),

  /** The Lean 4 file. */
  LEAN(ExportKind.LEAN);

  private final ExportKind kind;

  StandardExport(ExportKind kind) {
    this.kind = kind;
  }

  @Override
  public String kind() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<GeneratedFile> files(Model model, String sourceLabel) {
    ExportOptions options =
        new ExportOptions(sourceLabel, ExportOptions.baseName(sourceLabel), Map.of());
    return Exports.export(model, EnumSet.of(kind), options);
  }
}
