package org.hnet.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.hnet.generator.export.ExportKind;
import org.hnet.generator.export.ExportOptions;
import org.hnet.generator.export.Exports;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The JSON and Lean exports of the examples, compared with the golden files under {@code
 * src/test/resources/golden/export/} (rewrite them with {@code -Dhnet.golden.update=true}): a
 * Hopfield model with Hebbian and rational networks, the digits, a clamped Boltzmann machine and an
 * Ising torus.
 */
class ExportGoldenFilesTest {

  /** extu = [1, -1, -1, 1], the start of the formalization's traces in test.lean. */
  static final int[] EXTU = {1, -1, -1, 1};

  /** The start of the rational network's trace in data/lean/hebbian.json. */
  static final int[] RATIONAL_START = {-1, -1, 1, 1};

  /** The options of the lean_hebbian export: the start states of data/lean/hebbian.json. */
  static ExportOptions leanHebbianOptions() {
    return new ExportOptions("examples/lean-hebbian/lean_hebbian.hnet", "lean_hebbian", Map.of())
        .withStarts("w1", List.of(EXTU))
        .withStarts("hebbian_ps", List.of(EXTU))
        .withStarts("rational_tie", List.of(RATIONAL_START));
  }

  static List<GeneratedFile> leanHebbian() {
    return Exports.export(
        load("lean-hebbian/lean_hebbian.hnet"),
        EnumSet.of(ExportKind.JSON, ExportKind.LEAN),
        leanHebbianOptions());
  }

  @Test
  void theLeanHebbianExportsMatchTheirGoldenFiles() throws IOException {
    for (GeneratedFile file : leanHebbian()) {
      Golden.check("export/" + file.path(), file.text());
    }
  }

  @Test
  void theDigitsExportsMatchTheirGoldenFiles() throws IOException {
    ExportOptions options = new ExportOptions("examples/digits/digits.hnet", "digits", Map.of());
    for (GeneratedFile file :
        Exports.export(
            load("digits/digits.hnet"), EnumSet.of(ExportKind.JSON, ExportKind.LEAN), options)) {
      Golden.check("export/" + file.path(), file.text());
    }
  }

  @Test
  void theClampedPairExportsMatchTheirGoldenFiles() throws IOException {
    checkExample("boltzmann/clamped_pair.hnet", "clamped_pair");
  }

  @Test
  void theIsingTorusExportsMatchTheirGoldenFiles() throws IOException {
    checkExample("ising/ising4.hnet", "ising4");
  }

  private static void checkExample(String example, String baseName) throws IOException {
    ExportOptions options = new ExportOptions("examples/" + example, baseName, Map.of());
    for (GeneratedFile file :
        Exports.export(load(example), EnumSet.of(ExportKind.JSON, ExportKind.LEAN), options)) {
      Golden.check("export/" + file.path(), file.text());
    }
  }

  static Model load(String example) {
    return ModelLoader.of().load(Path.of("..", "examples", example)).model().orElseThrow();
  }
}
