package org.hnet.lang.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Printed models load back into equivalent models, and read as a person would write them. */
class ModelPrinterTest {

  private static final Path VALID = Path.of("src/test/resources/valid");
  private static final Path EXAMPLES = Path.of("..", "examples");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> valid = Files.list(VALID);
        Stream<Path> examples = Files.walk(EXAMPLES)) {
      return Stream.concat(valid, examples)
          .filter(p -> p.toString().endsWith(".hnet"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aPrintedModelLoadsIntoAnEquivalentModel(Path file) {
    Model model = load(file);

    String text = ModelPrinter.print(model);
    LoadResult again = ModelLoader.of().parse("printed.hnet", text, Path.of("no-such-folder"));

    assertThat(again.errors()).as(again.report() + "\n" + text).isEmpty();
    assertThat(ModelEquivalence.differences(model, again.model().get())).as(text).isEmpty();
  }

  @Test
  void aSmallModelPrintsAsAPersonWouldWriteIt() {
    Model model =
        parse(
            """
            network tie { neurons s[4]; weights [[0, 1/2, -1/2, 1], [1/2, 0, 1, -1/3],
              [-1/2, 1, 0, 2/3], [1, -1/3, 2/3, 0]]; thresholds [0, -1/3, 1/6, 1/2];
              dynamics asynchronous order [s[0], s[1], s[2], s[3]]; }
            network memory { neurons a, b, c, d; patterns { first: "++--"; "-+-+"; }
              weights hebbian scale 1/2; }
            """);

    String text = ModelPrinter.print(model, List.of("two networks"));

    assertThat(text)
        .isEqualTo(
            """
            // two networks

            network tie {
              neurons s[4];
              activation bipolar;
              weights [
                [0, 1/2, -1/2, 1],
                [1/2, 0, 1, -1/3],
                [-1/2, 1, 0, 2/3],
                [1, -1/3, 2/3, 0],
              ];
              thresholds [0, -1/3, 1/6, 1/2];
              energy hopfield;
              dynamics asynchronous order [s];
            }

            network memory {
              neurons a, b, c, d;
              activation bipolar;
              patterns {
                first: "++--";
                "-+-+";
              }
              weights hebbian scale 1/2;
              thresholds 0;
              energy hopfield;
              dynamics asynchronous;
            }
            """);
  }

  @Test
  void rolesConnectionsAndRangesUseTheShortestReferences() {
    Model model =
        parse(
            """
            network roles { neurons x[1..6], h, y[3]; input x[1..3], y; output x, y[0];
              hidden h; connections { x[1] <-> h : 2; h -> x[2] : 1; x[2] -> h : 1; y[0] -> y[1]; }
              dynamics asynchronous order [h, x[2..4], h, y, x[1], x[5], x[6]]; }
            """);

    String text = ModelPrinter.print(model);

    assertThat(text)
        .contains("neurons x[1..6], h, y[3];")
        .contains("input x[1..3], y;")
        .contains("output x, y[0];")
        .contains("hidden h;")
        .contains("x[1] <-> h : 2;")
        .contains("h <-> x[2] : 1;")
        .contains("y[0] -> y[1];")
        .contains("dynamics asynchronous order [h, x[2..4], h, y, x[1], x[5..6]];");
    assertThat(ModelEquivalence.differences(model, parse(text))).isEmpty();
  }

  @Test
  void gridPatternsAreWrittenRowByRowAndOddLabelsAreQuoted() {
    Model model =
        parse(
            """
            network pic { neurons p[2, 3]; activation binary;
              patterns { "two words": [1, 0, 1, 0, 1, 0]; 007: "--- +++"; network_: "+-+-+-"; } }
            """);

    String text = ModelPrinter.print(model);

    assertThat(text)
        .contains("\"two words\": \"+-+ -+-\";")
        .contains("007: \"--- +++\";")
        .contains("network_: \"+-+ -+-\";");
    assertThat(ModelEquivalence.differences(model, parse(text))).isEmpty();
  }

  @Test
  void floatingWeightsArePrintedAsTheirDoublesAndLoadAsTheSameDoubles() {
    Model model =
        parse("network tiny { neurons s[2]; weights [[0, 1e-300], [1e-300, 0]]; thresholds 0.1; }");

    String text = ModelPrinter.print(model);

    assertThat(model.networks().get(0).isExact()).isFalse();
    assertThat(text).contains("thresholds 3602879701896397/36028797018963968;");
    assertThat(ModelEquivalence.differences(model, parse(text))).isEmpty();
  }

  @Test
  void equivalenceNamesWhatDiffers() {
    Model a = parse("network n { neurons s[2]; weights [[0, 1], [1, 0]]; }");
    Model b = parse("network n { neurons s[2]; weights [[0, 2], [2, 0]]; }");
    Model c = parse("network n { neurons s[2]; weights [[0, 2], [2, 0]]; thresholds 0; }");

    assertThat(ModelEquivalence.differences(a, b))
        .containsExactly(
            "network n: weight into 0 from 1 differs", "network n: weight into 1 from 0 differs");
    assertThat(ModelEquivalence.equivalent(b, c)).isTrue();
  }

  private static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }

  private static Model parse(String text) {
    LoadResult result = ModelLoader.of().parse("test.hnet", text, Path.of("."));
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }
}
