package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hnet.lang.diag.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code src/test/resources/valid} loads without an error, and with exactly the
 * warnings its sidecar {@code NAME.warnings} lists as {@code CODE line:col}, or none without one.
 */
class ValidModelsTest {
  private static final Path FOLDER = Path.of("src/test/resources/valid");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(p -> p.toString().endsWith(".hnet")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsWithoutErrorsAndWithTheWarningsListed(Path model) throws IOException {
    LoadResult result = ModelLoader.of().load(model);

    assertThat(result.diagnostics())
        .as(result.report())
        .extracting(d -> d.code().id() + " " + d.span().line() + ":" + d.span().column())
        .containsExactlyElementsOf(expectedWarnings(model));
    assertThat(result.model()).isPresent();
    assertThat(result.model().get().networks()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsTheSameFromTextAsFromTheFile(Path model) throws IOException {
    String text = Files.readString(model);

    LoadResult fromText = ModelLoader.of().parse(model.toString(), text, FOLDER);

    assertThat(fromText.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(fromText.model().get().networks())
        .isEqualTo(ModelLoader.of().load(model).model().get().networks());
  }

  private static List<String> expectedWarnings(Path model) throws IOException {
    Path sidecar =
        model.resolveSibling(model.getFileName().toString().replace(".hnet", ".warnings"));
    if (!Files.exists(sidecar)) {
      return List.of();
    }
    return Files.readAllLines(sidecar).stream().filter(line -> !line.isBlank()).toList();
  }
}
