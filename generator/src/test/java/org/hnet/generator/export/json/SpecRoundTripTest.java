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

  static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }
}
