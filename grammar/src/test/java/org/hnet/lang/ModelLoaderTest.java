package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Model;
import org.hnet.lang.patterns.PatternFiles;
import org.hnet.runtime.ExactParameters;
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
  void aCountBeyondWhatHnetSupportsIsReportedAsItIsWithNoOptionToRaiseTheLimit() {
    // 10^12 neurons, and a grid of 10^6 x 10^6: the same true count, far beyond 46340
    for (String group : List.of("x[1000000000000]", "x[1000000, 1000000]")) {
      LoadResult result =
          ModelLoader.of().parse("m", "network a { neurons " + group + "; }", folder);

      Diagnostic refused = result.diagnostics().get(0);
      assertThat(refused.message())
          .isEqualTo("network 'a' declares 1000000000000 neurons, more than the limit of 10000");
      assertThat(refused.hint())
          .contains("at most 46340 neurons with dense weights")
          .doesNotContain("--max-neurons", "LoaderOptions", "lattice");
    }
  }

  @Test
  void aCountWithinWhatHnetSupportsIsToldHowToRaiseTheLimitInCommandLineWords() {
    LoadResult result = ModelLoader.of().parse("m", "network a { neurons x[20000]; }", folder);

    // 8 * 20000^2 bytes = 3.2e9 bytes = 2.98 GiB
    assertThat(result.diagnostics().get(0).hint())
        .startsWith("dense weights take 8 n^2 bytes, 3.0 GB for this network; raise the limit")
        .contains("--max-neurons 20000", "maxNeurons in the Maven plugin", "connections lattice")
        .doesNotContain("LoaderOptions");
  }

  @Test
  void aLatticeBeyondItsLimitIsNotToldAboutJavaMethods() {
    LoadResult result =
        ModelLoader.of()
            .parse("m", "network a { neurons s[2048, 1024]; connections lattice open; }", folder);

    assertThat(result.diagnostics().get(0).message())
        .isEqualTo(
            "lattice 'a' declares 2097152 neurons, more than the limit of 1048576 for lattices");
    assertThat(result.diagnostics().get(0).hint()).doesNotContain("LoaderOptions");
  }

  @Test
  void aDenseNetworkTooLargeForTheHeapIsRefusedBeforeItsWeightsAreAllocated() {
    // 300 neurons need 17 * 300^2 = 1530000 bytes (1.5 MB), more than the 1 MB left
    HeapBudget oneMegabyte = HeapBudget.of(1 << 20);

    LoadResult result =
        ModelLoader.of(LoaderOptions.defaults(), oneMegabyte)
            .parse("m", "network a { neurons x[300]; weights hebbian; }", folder);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_LARGE);
              assertThat(d.message())
                  .isEqualTo(
                      "network 'a' has 300 neurons, whose dense weights need about 1.5 MB of"
                          + " memory while the model is checked, but Java has only 1.0 MB left");
              assertThat(d.hint())
                  .contains("declare fewer neurons", "-Xmx1g", "HNET_JAVA_OPTS=-Xmx1g");
            });
  }

  @Test
  void aLatticeTooLargeForTheHeapIsRefusedBeforeItsNeuronsAreAllocated() {
    // 10000 sites need 200 * 10000 = 2000000 bytes (1.9 MB), more than the 100000 left
    LoadResult result =
        ModelLoader.of(LoaderOptions.defaults(), HeapBudget.of(100_000))
            .parse("m", "network a { neurons spin[100, 100]; connections lattice open; }", folder);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_LARGE);
              assertThat(d.message())
                  .startsWith("lattice 'a' has 10000 neurons, which need about 1.9 MB of memory");
            });
  }

  @Test
  void aPatternFileOverTheSizeLimitIsRefusedAtTheStatementWithoutReadingIt() throws IOException {
    try (RandomAccessFile sparse = new RandomAccessFile(folder.resolve("p.txt").toFile(), "rw")) {
      sparse.setLength(PatternFiles.MAX_FILE_BYTES + 1);
    }

    LoadResult result =
        ModelLoader.of().parse("m", "network a { neurons s[2]; patterns from \"p.txt\"; }", folder);

    // the file name starts at column 41
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_LARGE);
              assertThat(d.span().toString()).isEqualTo("m:1:41");
              assertThat(d.message()).contains(Long.toString(PatternFiles.MAX_FILE_BYTES + 1));
            });
  }

  @Test
  void anEnormousNameIsQuotedShortInTheMessage() {
    String name = "x".repeat(5000);

    LoadResult result =
        ModelLoader.of().parse("m", "network a { neurons s; input " + name + "; }", folder);

    assertThat(result.diagnostics().get(0).message())
        .hasSize(Diagnostic.MAX_TEXT)
        .startsWith("unknown neuron 'xxx")
        .endsWith("...");
  }

  @Test
  void aModelTextTooLargeForTheHeapIsRefusedBeforeItIsParsed() {
    // 2000 characters need up to 400 * 2000 = 800000 bytes, more than the 100000 left
    String text = "network a { neurons x[2]; }" + " ".repeat(2000 - 27);

    LoadResult result =
        ModelLoader.of(LoaderOptions.defaults(), HeapBudget.of(100_000)).parse("m", text, folder);

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.TOO_LARGE);
              assertThat(d.message())
                  .startsWith("m has 2000 characters; reading it needs up to 781.3 KB");
            });
  }

  @Test
  void inexactWeightsSayWhichNumberDoesNotFitAndPointAtItsStatement() {
    String text =
        "network a { neurons s[2]; weights [[0, 1.2e29], [1.2e29, 0]]; }\n"
            + "network b { neurons s[2]; thresholds [1e-30, 0]; }";

    LoadResult result = ModelLoader.of().parse("m", text, folder);

    // 1.2e29 is a whole number of 30 digits; 1e-30 makes the common denominator 10^30
    assertThat(result.warnings())
        .extracting(d -> d.span().toString(), Diagnostic::message)
        .containsExactly(
            tuple(
                "m:1:27",
                "weights and thresholds of network 'a' are kept as floating point: the weight"
                    + " into s[0] from s[1], 120000000000000000000000000000, is too large for"
                    + " 64-bit integers"),
            tuple(
                "m:2:27",
                "weights and thresholds of network 'b' are kept as floating point: their common"
                    + " denominator, 1000000000000000000000000000000, does not fit 64-bit"
                    + " integers"));
  }

  @Test
  void largeStorkeyAndProjectionModelsAreExactIn64BitsWhenTheirNumbersFit() {
    // one Storkey pattern of 600 neurons: w(i, j) = p_i p_j / 600, so the scale is 600; the
    // projection onto one pattern is the same; n^2 m = 360000 is beyond the big-integer budget
    String p = patterns(new SplittableRandom(41), 600, 1);

    for (String rule : List.of("storkey", "pseudoinverse")) {
      LoadResult result =
          ModelLoader.of()
              .parse("m", "network a { neurons s[600]; " + p + " weights " + rule + "; }", folder);

      assertThat(result.diagnostics()).as(rule).isEmpty();
      ExactParameters exact = (ExactParameters) result.model().get().networks().get(0).parameters();
      assertThat(exact.scale()).as(rule).isEqualTo(600);
    }
  }

  @Test
  void storkeyAndProjectionWeightsThatOutgrow64BitsSayHowLargeTheyWouldBe() {
    // 30 random patterns of 301 neurons: 301 is odd, so the Storkey denominator grows to about
    // 30 log2(301) = 247 bits; the pseudo-inverse bound is far beyond 64 bits as well
    String p = patterns(new SplittableRandom(43), 301, 30);

    LoadResult storkey =
        ModelLoader.of()
            .parse("m", "network a { neurons s[301]; " + p + " weights storkey; }", folder);
    LoadResult projection =
        ModelLoader.of()
            .parse("m", "network a { neurons s[301]; " + p + " weights pseudoinverse; }", folder);

    assertThat(storkey.warnings().get(0).message())
        .contains("exact Storkey weights of 30 patterns of 301 neurons outgrow 64-bit integers")
        .contains("to about 247 bits here");
    assertThat(projection.warnings().get(0).message())
        .contains("exact pseudo-inverse weights of 30 patterns of 301 neurons outgrow 64-bit")
        .contains("their common denominator divides a number of");
  }

  @Test
  void exactLearnedNumeratorsWhoseSumsOutgrow64BitsAreCaughtBeforeTheyOverflow() {
    // 10 random patterns of 200 neurons: the pseudo-inverse denominator fits 64 bits, but the sum
    // of 40000 numerators of about that size cannot
    String p = patterns(new SplittableRandom(47), 200, 10);

    LoadResult result =
        ModelLoader.of()
            .parse("m", "network a { neurons s[200]; " + p + " weights pseudoinverse; }", folder);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings().get(0).message())
        .contains("the sum of the absolute values of all weights and thresholds");
  }

  /** A patterns statement with {@code count} random patterns of {@code n} values. */
  private static String patterns(SplittableRandom random, int n, int count) {
    StringBuilder text = new StringBuilder("patterns { ");
    for (int k = 0; k < count; k++) {
      text.append('"');
      for (int u = 0; u < n; u++) {
        text.append(random.nextBoolean() ? '+' : '-');
      }
      text.append("\"; ");
    }
    return text.append("}").toString();
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
            .parse(
                "m.hnet",
                "network a { neurons s[2]; patterns from \"p.txt\"; weights hebbian; }",
                folder);

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
