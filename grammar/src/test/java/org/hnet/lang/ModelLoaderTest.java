package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {
  @TempDir Path folder;

  @Test
  void aMissingFileIsADiagnosticNotAnException() {
    Path missing = folder.resolve("missing.hnet");

    LoadResult result = ModelLoader.of().load(missing);

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_FILE);
              assertThat(d.span()).isEqualTo(SourceSpan.startOf(missing.toString()));
              assertThat(d.message()).isEqualTo(missing + " does not exist");
            });
  }

  @Test
  void anUnreadableFileIsReported() throws IOException {
    Path file = Files.writeString(folder.resolve("locked.hnet"), "network a { neurons s; }");
    boolean locked = file.toFile().setReadable(false) && !Files.isReadable(file);
    assumeFalse(!locked, "the file system lets this user read any file");

    LoadResult result = ModelLoader.of().load(file);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNREADABLE_FILE);
    assertThat(result.diagnostics().get(0).message())
        .isEqualTo(file + " cannot be read: permission denied");
  }

  @Test
  void anEmptyFileNameSaysThatNoFileWasGiven() {
    LoadResult result = ModelLoader.of().load(Path.of(""));

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.UNREADABLE_FILE);
              assertThat(d.headline())
                  .isEqualTo("error: no model file given: the file name is empty [HN003]");
            });
  }

  @Test
  void carriageReturnsAloneEndLinesInPositionsAndInShownLines() throws IOException {
    // the unknown energy is on line 3, column 10, whatever the line ends
    Path file =
        Files.writeString(
            folder.resolve("mac.hnet"), "network a {\r  neurons s;\r  energy ising;\r}\r");

    LoadResult result = ModelLoader.of().load(file);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.span().toString()).isEqualTo(file + ":3:10"));
    assertThat(result.report()).contains("\n    energy ising;\n           ^~~~~\n");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path file = folder.resolve("huge.hnet");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(ModelLoader.MAX_FILE_BYTES + 1);
    }

    LoadResult result = ModelLoader.of().load(file);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TOO_LARGE);
    assertThat(result.diagnostics().get(0).message())
        .contains(Long.toString(ModelLoader.MAX_FILE_BYTES + 1));
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
    // "ab" then a lone continuation byte on line 2: the third character of that line
    byte[] bytes = {'x', '\n', 'a', 'b', (byte) 0x80};
    Path file = Files.write(folder.resolve("bad.hnet"), bytes);

    LoadResult result = ModelLoader.of().load(file);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.INVALID_ENCODING);
              assertThat(d.span().line()).isEqualTo(2);
              assertThat(d.span().column()).isEqualTo(3);
            });
  }

  @Test
  void aByteOrderMarkIsIgnored() throws IOException {
    Path file = folder.resolve("bom.hnet");
    Files.write(file, ("\uFEFFnetwork a { neurons s; }").getBytes(StandardCharsets.UTF_8));

    LoadResult result = ModelLoader.of().load(file);

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void theDefaultNeuronLimitNamesTheSizeAndTheOptionToRaiseIt() {
    LoadResult refused =
        ModelLoader.of().parse("big.hnet", "network big { neurons s[10001]; }", folder);

    assertThat(refused.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TOO_LARGE);
    assertThat(refused.diagnostics().get(0).message()).contains("10001").contains("10000");
    assertThat(refused.diagnostics().get(0).hint()).contains("--max-neurons 10001");
  }

  @Test
  void theNeuronLimitCanBeChanged() {
    String text = "network a { neurons s[4], t[2]; }";

    LoadResult refused =
        ModelLoader.of(LoaderOptions.defaults().withMaxNeurons(5)).parse("m", text, folder);
    LoadResult accepted =
        ModelLoader.of(LoaderOptions.defaults().withMaxNeurons(6)).parse("m", text, folder);

    assertThat(refused.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TOO_LARGE);
    assertThat(accepted.model().get().networks().get(0).size()).isEqualTo(6);
  }

  @Test
  void anAbsurdNeuronCountIsRefusedBeforeAnyAllocation() {
    LoadResult result =
        ModelLoader.of()
            .parse("m", "network a { neurons s[99999999999999999999, 99999999999]; }", folder);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TOO_LARGE);
  }

  @Test
  void optionsRefuseALimitBeyondWhatFlatArraysHold() {
    assertThatThrownBy(() -> new LoaderOptions(LoaderOptions.MAX_SUPPORTED + 1))
        .hasMessageContaining(Integer.toString(LoaderOptions.MAX_SUPPORTED + 1));
  }

  @Test
  void patternFilesAreReadRelativeToTheBaseDirectory() throws IOException {
    Files.writeString(folder.resolve("p.txt"), "+-\n-+\n");

    LoadResult result =
        ModelLoader.of()
            .parse("m.hnet", "network a { neurons s[2]; patterns from \"p.txt\"; }", folder);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.model().get().networks().get(0).patterns().size()).isEqualTo(2);
  }

  @Test
  void warningsLeaveTheModelPresent() {
    LoadResult result =
        ModelLoader.of()
            .parse("m", "network a { neurons s[2]; weights [[0, 1e-30], [1e-30, 0]]; }", folder);

    assertThat(result.model()).isPresent();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warnings())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.INEXACT_WEIGHTS);
    assertThat(result.model().get().networks().get(0).isExact()).isFalse();
  }

  @Test
  void theReportShowsTheOffendingLinesOfModelAndPatternFiles() throws IOException {
    Files.writeString(folder.resolve("p.csv"), "1,0\n0,7\n");

    LoadResult result =
        ModelLoader.of()
            .parse(
                "m.hnet",
                "network a {\n  neurons s[2];\n  patterns from \"p.csv\";\n  energy x;\n}\n",
                folder);

    assertThat(result.report())
        .contains("p.csv:2:3: error: value '7' in a pattern file")
        .contains("  0,7\n    ^\n")
        .contains("m.hnet:4:10: error: unknown energy 'x' [HN090]\n    energy x;\n           ^\n")
        .endsWith("2 errors\n");
  }

  @Test
  void aResultRefusesAModelNextToAnError() {
    Diagnostic error = new Diagnostic(DiagnosticCode.SYNTAX, SourceSpan.startOf("m"), "bad", "");
    Model model = new Model("m", List.of());

    assertThatThrownBy(() -> new LoadResult(Optional.of(model), List.of(error)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void diagnosticsOfAllNetworksComeTogetherSortedByPosition() {
    String text =
        "network b { neurons s[2]; energy x; }\n"
            + "network a { neurons t[2]; thresholds [1]; }\n"
            + "network c { neurons u; input v; }\n";

    LoadResult result = ModelLoader.of().parse("m", text, folder);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(
            DiagnosticCode.UNKNOWN_ENERGY,
            DiagnosticCode.THRESHOLD_VECTOR_LENGTH,
            DiagnosticCode.UNKNOWN_NEURON);
  }

  @Test
  void aBrokenPatternFileReadByTwoNetworksIsReportedOnce() throws IOException {
    Files.writeString(folder.resolve("p.txt"), "+-\n+x\n");
    String network = "network %s { neurons s[2]; patterns from \"p.txt\"; }\n";

    LoadResult result =
        ModelLoader.of().parse("m", network.formatted("a") + network.formatted("b"), folder);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.PATTERN_CHARACTER);
  }
}
