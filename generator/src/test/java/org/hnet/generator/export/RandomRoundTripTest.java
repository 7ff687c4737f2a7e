package org.hnet.generator.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hnet.generator.export.json.SpecException;
import org.hnet.generator.export.json.SpecReader;
import org.hnet.generator.export.json.SpecSchema;
import org.hnet.generator.export.json.SpecText;
import org.hnet.generator.export.json.SpecWriter;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.print.ModelEquivalence;
import org.hnet.lang.print.ModelPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many random models, each from a fixed seed: model -> JSON -> model and model -> .hnet -> model
 * are the identity on everything semantic, every spec is valid against the schema, and every model
 * exports to Lean. A failure names its seed; the model text is in the message.
 */
class RandomRoundTripTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRandomModelSurvivesTheSpecThePrinterAndTheExport(long seed) throws SpecException {
    String text = RandomModels.model(seed);
    LoadResult load = ModelLoader.of().parse("random.hnet", text, Path.of("."));
    if (load.hasErrors()) {
      return;
    }
    Model model = load.model().get();

    ObjectNode tree = SpecWriter.of("random.hnet").tree(model);
    String spec = SpecText.pretty(tree);
    Model fromSpec = SpecReader.of("random.spec.json").read(spec);
    String printed = ModelPrinter.print(model);
    LoadResult fromText = ModelLoader.of().parse("printed.hnet", printed, Path.of("."));

    String context = "seed " + seed + ":\n" + text + "\nprinted:\n" + printed;
    assertThat(SpecSchema.problems(spec)).as(context).isEmpty();
    assertThat(ModelEquivalence.differences(model, fromSpec)).as(context).isEmpty();
    assertThat(fromText.errors()).as(context + fromText.report()).isEmpty();
    assertThat(ModelEquivalence.differences(model, fromText.model().get())).as(context).isEmpty();
    assertThat(Exports.export(model, EnumSet.allOf(ExportKind.class), ExportOptions.of(model)))
        .as(context)
        .hasSize(2);
  }

  @org.junit.jupiter.api.Test
  void mostRandomModelsAreValid() {
    long valid =
        seeds()
            .filter(
                seed ->
                    !ModelLoader.of()
                        .parse("random.hnet", RandomModels.model(seed), Path.of("."))
                        .hasErrors())
            .count();

    assertThat(valid).isGreaterThan(200);
  }
}
