package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hnet.lang.diag.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model in {@code src/test/resources/valid} loads without an error or a warning. */
class ValidModelsTest {
  private static final Path FOLDER = Path.of("src/test/resources/valid");

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(p -> p.toString().endsWith(".hnet")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsWithoutDiagnostics(Path model) {
    LoadResult result = ModelLoader.of().load(model);

    assertThat(result.diagnostics()).as(result.report()).isEmpty();
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
}
