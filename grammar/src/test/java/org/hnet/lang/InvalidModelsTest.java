package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One model per file in {@code src/test/resources/invalid}, each with a sidecar {@code
 * NAME.expected} listing its diagnostics as {@code CODE line:col}, or {@code CODE file:line:col}
 * for a position in a pattern file (relative to the folder). The sidecars were written from reading
 * the models, not from the loader's output. A file with more diagnostics than a report shows also
 * lists the HN009 line its report ends with, at the first diagnostic not shown.
 */
class InvalidModelsTest {
  private static final Path FOLDER = Path.of("src/test/resources/invalid");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".hnet"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheExpectedDiagnosticsAtTheirPositions(Path model) throws IOException {
    LoadResult result = ModelLoader.of().load(model);

    List<String> actual =
        new ArrayList<>(result.diagnostics().stream().map(d -> describe(d, model)).toList());
    if (result.diagnostics().size() > ModelLoader.MAX_DIAGNOSTICS) {
      Diagnostic firstHidden = result.diagnostics().get(ModelLoader.MAX_DIAGNOSTICS);
      actual.add(DiagnosticCode.TOO_MANY_ERRORS.id() + " " + position(firstHidden));
      assertThat(result.report()).contains("[" + DiagnosticCode.TOO_MANY_ERRORS.id() + "]");
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(model));
    assertThat(result.diagnostics()).isSortedAccordingTo(Diagnostic.BY_POSITION);
    assertThat(result.model().isPresent()).isEqualTo(result.errors().isEmpty());
  }

  @Test
  void everyDiagnosticCodeHasACase() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path model : cases().toList()) {
      expected(model).forEach(line -> covered.add(line.split(" ")[0]));
    }

    Set<String> all =
        Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).collect(Collectors.toSet());
    assertThat(covered).containsAll(all);
  }

  @Test
  void thereAreAtLeastFortyCases() throws IOException {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
  }

  private static List<String> expected(Path model) throws IOException {
    String name = model.getFileName().toString().replaceFirst("\\.hnet$", ".expected");
    return Files.readAllLines(FOLDER.resolve(name)).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static String position(Diagnostic diagnostic) {
    return diagnostic.span().line() + ":" + diagnostic.span().column();
  }

  private static String describe(Diagnostic diagnostic, Path model) {
    String file = diagnostic.span().file();
    String where = position(diagnostic);
    if (file.equals(model.toString())) {
      return diagnostic.code().id() + " " + where;
    }
    return diagnostic.code().id() + " " + FOLDER.relativize(Path.of(file)) + ":" + where;
  }
}
