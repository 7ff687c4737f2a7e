package org.hnet.generator.export.lean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.export.ExportKind;
import org.hnet.generator.export.ExportOptions;
import org.hnet.generator.export.Exports;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked of a Lean export without Lean: the imports and names of the target document,
 * balanced brackets and namespaces, no {@code sorry}, every theorem proved by the cascade, and
 * numbers equal to those of the JSON spec.
 */
class LeanExportTest {

  private static final Pattern QUALIFIED =
      Pattern.compile(
          "NeuralNetwork\\.State\\.[A-Za-z]+|NeuralNetwork\\.Fast[A-Za-z]+\\.[A-Za-z?]+"
              + "|TwoState\\.[A-Za-z]+|HopfieldBoltzmann\\.[A-Za-z]+|HopfieldEnergy\\.[A-Za-z]+"
              + "|Computable\\.Fast\\.FastReal(?:\\.[A-Za-z]+)?|Temperature\\.[A-Za-zβ]+");

  /** Every example and every valid model with a temperature, a lattice or clamps. */
  static Stream<Path> models() {
    return Stream.of(
            "lean-hebbian/lean_hebbian.hnet",
            "digits/digits.hnet",
            "boltzmann/clamped_pair.hnet",
            "boltzmann/bm_exact.hnet",
            "ising/ising4.hnet",
            "ising/ising32.hnet",
            "../grammar/src/test/resources/valid/boltzmann_machines.hnet",
            "../grammar/src/test/resources/valid/ising_lattices.hnet",
            "../grammar/src/test/resources/valid/binary_activation.hnet")
        .map(example -> Path.of("..", "examples").resolve(example).normalize());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lean-hebbian/lean_hebbian.hnet", "digits/digits.hnet"})
  void anExportImportsTheCoreLayerAndNothingElse(String example) {
    String lean = lean(load(Path.of("..", "examples", example)));

    List<String> imports =
        lean.lines().filter(line -> line.startsWith("import ")).map(l -> l.substring(7)).toList();

    assertThat(imports).containsExactly("Mathlib.Tactic", "NeuralNetwork.NeuralNetwork.Core");
    assertThat(lean).doesNotContain("import NeuralNetwork.NeuralNetwork.test");
  }

  @Test
  void aBoltzmannExportImportsTheTwoStateTheExecutableAndTheProofLayers() {
    String lean = lean(load(Path.of("..", "examples", "boltzmann", "clamped_pair.hnet")));

    List<String> imports =
        lean.lines().filter(line -> line.startsWith("import ")).map(l -> l.substring(7)).toList();

    assertThat(imports).containsExactlyElementsOf(LeanTarget.IMPORT_ORDER);
    assertThat(lean).doesNotContain("import NeuralNetwork.NeuralNetwork.test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void anExportIsBalancedProvesEverythingByTheCascadeAndHasNoSorry(Path model) {
    LeanText lean = LeanText.of(lean(load(model)));

    assertThat(lean.unbalanced()).isEmpty();
    assertThat(lean.code()).doesNotContainPattern("\\bsorry\\b").doesNotContain("admit");
    List<String> proofs =
        Arrays.stream(lean.code().split("\n")).filter(l -> l.startsWith("  first |")).toList();
    assertThat(proofs)
        .allMatch(line -> line.equals("  " + LeanSyntax.cascade("")) || line.contains("| ("));
    assertThat(proofs.isEmpty()).isEqualTo(!lean.code().contains("def W "));
    assertThat(namesOutsideTheTarget(lean.code())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void theNumbersInTheLeanFileAreThoseOfTheJsonSpec(Path file) throws Exception {
    Model model = load(file);
    List<GeneratedFile> files =
        Exports.export(
            model, EnumSet.of(ExportKind.JSON, ExportKind.LEAN), ExportOptions.of(model));
    JsonNode spec = new ObjectMapper().readTree(files.get(0).text());
    LeanText lean = LeanText.of(files.get(1).text());
    List<String> namespaces = lean.topNamespaces();

    assertThat(namespaces).hasSize(spec.get("networks").size());
    for (int k = 0; k < namespaces.size(); k++) {
      SpecNumbers.check(spec.get("networks").get(k), lean.network(namespaces.get(k)));
    }
  }

  @Test
  void namespacesAreNamedAfterTheModelAndItsNetworksAndAllClosed() {
    LeanText lean =
        LeanText.of(lean(load(Path.of("..", "examples", "lean-hebbian", "lean_hebbian.hnet"))));

    assertThat(lean.namespaces())
        .containsExactly(
            "namespace HnetExport.LeanHebbian",
            "namespace W1",
            "end W1",
            "namespace HebbianPs",
            "end HebbianPs",
            "namespace RationalTie",
            "end RationalTie",
            "end HnetExport.LeanHebbian");
  }

  @Test
  void hostileNamesCannotEscapeTheirComments() {
    Model model =
        parse(
            """
            network sorry { neurons by, end, theorem; patterns { "-/ #exit\\n sorry /-": "+-+"; } }
            network Type { neurons def[2]; }
            network type_ { neurons _root_[2]; }
            network namespace_ { neurons x; }
            """);
    String text = lean(model);
    LeanText lean = LeanText.of(text);

    assertThat(lean.unbalanced()).isEmpty();
    assertThat(lean.code()).doesNotContainPattern("\\bsorry\\b").doesNotContain("#exit");
    assertThat(lean.topNamespaces()).containsExactly("Sorry", "Type_", "Type_2", "Namespace");
    assertThat(lean.namespaces())
        .containsExactly(
            "namespace HnetExport.Test",
            "namespace Sorry",
            "end Sorry",
            "namespace Type_",
            "end Type_",
            "namespace Type_2",
            "end Type_2",
            "namespace Namespace",
            "end Namespace",
            "end HnetExport.Test");
    assertThat(text).contains("--   0: by", "--   1: end", "--   2: theorem");
  }

  /** The formalization's qualified names the file uses that the target lists do not hold. */
  private static List<String> namesOutsideTheTarget(String code) {
    List<String> outside = new ArrayList<>();
    Matcher m = QUALIFIED.matcher(code);
    while (m.find()) {
      if (!LeanTarget.HOPFIELD_NAMES.contains(m.group())
          && !LeanTarget.BOLTZMANN_NAMES.contains(m.group())) {
        outside.add(m.group());
      }
    }
    for (String name : List.of("HopfieldNetwork", "Hebbian", "HopfieldNet_conv_time_steps")) {
      if (code.contains(name) && !LeanTarget.HOPFIELD_NAMES.contains(name)) {
        outside.add(name);
      }
    }
    return outside;
  }

  static String lean(Model model) {
    return Exports.export(model, EnumSet.of(ExportKind.LEAN), ExportOptions.of(model))
        .get(0)
        .text();
  }

  static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }

  static Model parse(String text) {
    LoadResult result = ModelLoader.of().parse("test.hnet", text, Path.of("."));
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }
}
