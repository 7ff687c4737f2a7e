package org.hnet.generator.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.print.ModelEquivalence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example and every valid test model goes model -> JSON -> model unchanged, and its spec is
 * valid against the committed schema.
 */
class SpecRoundTripTest {

  static Stream<Path> models() throws IOException {
    Path valid = Path.of("..", "grammar", "src", "test", "resources", "valid");
    try (Stream<Path> a = Files.list(valid);
        Stream<Path> b = Files.walk(Path.of("..", "examples"))) {
      return Stream.concat(a, b)
          .filter(p -> p.toString().endsWith(".hnet"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aModelSurvivesTheSpecUnchanged(Path file) throws SpecException {
    Model model = load(file);

    ObjectNode tree = SpecWriter.of(model.file()).tree(model);
    String text = SpecText.pretty(tree);
    Model back = SpecReader.of("spec.json").read(text);

    SpecSchema.check(text);
    assertThat(ModelEquivalence.differences(model, back)).isEmpty();
    assertThat(back.networks())
        .extracting(n -> n.parameters())
        .containsExactlyElementsOf(model.networks().stream().map(n -> n.parameters()).toList());
    assertThat(back.file()).isEqualTo(model.file());
    assertThat(SpecText.pretty(SpecWriter.of(model.file()).tree(back))).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void floatingWeightsSurviveAsTheExactValuesOfTheirDoubles() throws SpecException {
    String text =
        "network tiny { neurons s[3]; weights [[0, 1e-300, 1/3], [1e-300, 0, 0],"
            + " [1/3, 0, 0]]; thresholds [0.1, 0, 0]; }";
    Model model = ModelLoader.of().parse("tiny.hnet", text, Path.of(".")).model().orElseThrow();

    String spec = SpecText.pretty(SpecWriter.of("tiny.hnet").tree(model));
    Model back = SpecReader.of("tiny.spec.json").read(spec);

    // 0.1 is not a double: its nearest double is 3602879701896397 / 2^55
    assertThat(model.networks().get(0).isExact()).isFalse();
    assertThat(spec)
        .contains("\"exact\": false")
        .contains("\"3602879701896397/36028797018963968\"");
    SpecSchema.check(spec);
    assertThat(back.networks().get(0).parameters()).isEqualTo(model.networks().get(0).parameters());
  }

  @org.junit.jupiter.api.Test
  void aLargeLatticeIsWrittenAsItsDescriptionNotNeuronByNeuron() throws SpecException {
    // 300 x 300 = 90000 neurons, above the 65536 whose rows and thresholds are listed
    String text =
        "network big { neurons s[300, 300]; connections lattice periodic; coupling 1/2;"
            + " field -1/3; temperature 2; dynamics gibbs sweep; }";
    Model model = ModelLoader.of().parse("big.hnet", text, Path.of(".")).model().orElseThrow();

    String spec = SpecText.pretty(SpecWriter.of("big.hnet").tree(model));
    Model back = SpecReader.of("big.spec.json").read(spec);

    assertThat(spec)
        .doesNotContain("\"rows\": [")
        .doesNotContain("\"thresholds\"")
        .doesNotContain("\"theta\"")
        .contains(
            "\"lattice\": {\"rows\": 300, \"columns\": 300, \"boundary\": \"periodic\","
                + " \"coupling\": \"1/2\", \"field\": \"-1/3\"}");
    assertThat(spec.length()).isLessThan(3_000_000);
    SpecSchema.check(spec);
    assertThat(back.networks().get(0).parameters()).isEqualTo(model.networks().get(0).parameters());
    assertThat(ModelEquivalence.differences(model, back)).isEmpty();
  }

  static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }
}
