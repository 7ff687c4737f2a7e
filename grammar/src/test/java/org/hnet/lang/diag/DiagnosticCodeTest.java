package org.hnet.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagnosticCodeTest {

  @Test
  void identifiersAreUniqueAndWellFormed() {
    assertThat(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("H[NW][0-9]{3}"));
  }

  @Test
  void warningsStartWithHw() {
    assertThat(DiagnosticCode.INEXACT_WEIGHTS.severity()).isEqualTo(Severity.WARNING);
    assertThat(DiagnosticCode.SYNTAX.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void everyCodeAndTitleIsInTheLanguageReference() throws IOException {
    String reference = Files.readString(Path.of("../docs/LANGUAGE.md"));

    assertThat(DiagnosticCode.values())
        .allSatisfy(
            code -> assertThat(reference).contains("| " + code.id() + " | " + code.title() + " |"));
  }
}
