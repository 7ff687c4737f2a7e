package org.hnet.lang.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternFilesTest {
  @TempDir Path folder;

  @Test
  void signFilesSkipCommentsAndBlankLinesAndLabelByPosition() {
    String text = "# two patterns\n+-+\n\n  - + -  \n";

    PatternSet patterns = parse(text, false, Activation.BIPOLAR);

    assertThat(patterns.rows()).containsExactly(new int[] {1, -1, 1}, new int[] {-1, 1, -1});
    assertThat(patterns.labels()).containsExactly("0", "1");
  }

  @Test
  void signFilesGiveBinaryValuesWhenAskedFor() {
    PatternSet patterns = parse("+-\n", false, Activation.BINARY);

    assertThat(patterns.rows()).containsExactly(new int[] {1, 0});
    assertThat(patterns.activation()).isEqualTo(Activation.BINARY);
  }

  @Test
  void binaryCsvWithALabelColumnIsConvertedToBipolar() {
    String text = "p0,Label,p1\n1,\"a\",0\n0,b,0\n";

    PatternSet patterns = parse(text, true, Activation.BIPOLAR);

    // binary 0 is off, which is bipolar -1
    assertThat(patterns.rows()).containsExactly(new int[] {1, -1}, new int[] {-1, -1});
    assertThat(patterns.labels()).containsExactly("a", "b");
  }

  @Test
  void bipolarCsvWithoutHeaderIsConvertedToBinary() {
    PatternSet patterns = parse("-1, +1\n1,-1\n", true, Activation.BINARY);

    assertThat(patterns.rows()).containsExactly(new int[] {0, 1}, new int[] {1, 0});
    assertThat(patterns.labels()).containsExactly("0", "1");
  }

  @Test
  void aCsvOfOnlyOnesIsAllOnInEitherCoding() {
    assertThat(parse("1,1\n", true, Activation.BINARY).rows()).containsExactly(new int[] {1, 1});
    assertThat(parse("1,1\n", true, Activation.BIPOLAR).rows()).containsExactly(new int[] {1, 1});
  }

  @Test
  void mixedCodingsArePointedAtTheLaterOfTheTwo() {
    // the -1 comes first, at line 1 column 1; the 0 at line 2 column 4
    List<Diagnostic> diagnostics = diagnostics("-1,1\n1, 0\n", true);

    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PATTERN_FILE_FORMAT);
              assertThat(d.span().line()).isEqualTo(2);
              assertThat(d.span().column()).isEqualTo(4);
              assertThat(d.hint()).contains("-1 at line 1, column 1");
            });
  }

  @Test
  void aBadCsvValueIsQuotedWithItsPosition() {
    List<Diagnostic> diagnostics = diagnostics("1,0\n1,yes\n", true);

    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("'yes'");
              assertThat(d.span().line()).isEqualTo(2);
              assertThat(d.span().column()).isEqualTo(3);
            });
  }

  @Test
  void csvLinesOfDifferentLengthsAreRefused() {
    List<Diagnostic> diagnostics = diagnostics("1,0,1\n1,0\n", true);

    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("line 2 has 2 values, expected 3");
              assertThat(d.span().line()).isEqualTo(2);
            });
  }

  @Test
  void aHeaderAloneHoldsNoPatternsAndSaysItIsAHeader() {
    assertThat(diagnostics("\na,b\n", true))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo("pattern file p holds no patterns: its only line is a header");
              assertThat(d.span().toString()).isEqualTo("p:2:1");
            });
  }

  @Test
  void aFirstLineOfNumbersIsAPatternEvenWhenANumberIsNotAValue() {
    // 1.0 is a number, so line 1 is a pattern, whose first value is wrong: it is not dropped
    assertThat(diagnostics("1.0,-1,1,-1\n1,1,-1,-1\n", true))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo("value '1.0' in a pattern file: expected 0 or 1, or -1 or 1");
              assertThat(d.span().toString()).isEqualTo("p:1:1");
            });
  }

  @Test
  void aFirstLineMixingNumbersAndWordsIsNeitherHeaderNorPattern() {
    assertThat(diagnostics("1, p1, 0\n1, 0, 1\n", true))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).startsWith("line 1 mixes numbers and words");
              assertThat(d.span().toString()).isEqualTo("p:1:4");
            });
  }

  @Test
  void aColumnNamedLabelMakesAHeaderWhateverTheOtherNames() {
    PatternSet patterns = parse("0,LABEL,1\n1,x,-1\n", true, Activation.BIPOLAR);

    assertThat(patterns.rows()).containsExactly(new int[] {1, -1});
    assertThat(patterns.labels()).containsExactly("x");
  }

  @Test
  void aTrailingCommaIsAnEmptyCellRightAfterIt() {
    // "1,-1,1,-1," has 10 characters: the empty cell is at column 11
    assertThat(diagnostics("1,-1,1,-1,\n", true))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo("empty cell in a pattern file: line 1 ends with a comma");
              assertThat(d.span().toString()).isEqualTo("p:1:11");
            });
    assertThat(diagnostics("1,,1\n", true))
        .singleElement()
        .satisfies(d -> assertThat(d.span().toString()).isEqualTo("p:1:3"));
  }

  @Test
  void semicolonsOrTabsBetweenCellsAreNamedOnce() {
    assertThat(diagnostics("1;-1;1;-1\n-1;1;1;1\n", true))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo("the cells of line 1 are separated by ';'; hnet reads commas");
              assertThat(d.span().toString()).isEqualTo("p:1:2");
            });
    assertThat(diagnostics("1,0\n1\t0\n", true))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("separated by tabs"));
  }

  @Test
  void labelsMayRepeatInProbesButNotInStoredPatterns() {
    String text = "label,a,b\nx,1,0\ny,0,0\nx,0,1\n";

    PatternFileResult probes = PatternFiles.parse("p", text, true, Activation.BINARY);
    PatternFileResult stored =
        PatternFiles.parse("p", text, true, Activation.BINARY, PatternFiles.Labels.UNIQUE);

    assertThat(probes.patterns().get().labels()).containsExactly("x", "y", "x");
    assertThat(stored.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_LABEL);
              assertThat(d.span().toString()).isEqualTo("p:4:1");
              assertThat(d.hint()).startsWith("the first is at line 2, column 1");
            });
  }

  @Test
  void carriageReturnsAloneEndLinesInPatternFiles() {
    assertThat(parse("+-\r-+\r", false, Activation.BIPOLAR).rows())
        .containsExactly(new int[] {1, -1}, new int[] {-1, 1});
    assertThat(diagnostics("1,0\r1,x\r", true))
        .singleElement()
        .satisfies(d -> assertThat(d.span().toString()).isEqualTo("p:2:3"));
  }

  @Test
  void aSignFileWithAnotherCharacterIsRefusedAtThatCharacter() {
    assertThat(diagnostics("++\n+0\n", false))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PATTERN_CHARACTER);
              assertThat(d.span().line()).isEqualTo(2);
              assertThat(d.span().column()).isEqualTo(2);
            });
  }

  @Test
  void readingChoosesTheFormatByTheFileName() throws IOException {
    Path csv = Files.writeString(folder.resolve("p.CSV"), "0,1\n");
    Path text = Files.writeString(folder.resolve("p.txt"), "-+\n");

    PatternFileResult fromCsv = PatternFiles.read(csv, Activation.BIPOLAR);
    PatternFileResult fromText = PatternFiles.read(text, Activation.BIPOLAR);

    assertThat(fromCsv.patterns().get()).isEqualTo(fromText.patterns().get());
    assertThat(fromCsv.text()).isEqualTo("0,1\n");
  }

  @Test
  void aMissingFileAndANonUtf8FileAreDiagnostics() throws IOException {
    Path bad = Files.write(folder.resolve("bad.txt"), new byte[] {'+', (byte) 0xff});

    PatternFileResult missing =
        PatternFiles.read(folder.resolve("none.txt"), "none.txt", Activation.BIPOLAR);
    PatternFileResult notText = PatternFiles.read(bad, "bad.txt", Activation.BIPOLAR);

    assertThat(missing.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.PATTERN_FILE_MISSING);
    assertThat(missing.diagnostics().get(0).message())
        .isEqualTo("pattern file none.txt does not exist");
    assertThat(notText.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PATTERN_FILE_FORMAT);
              assertThat(d.span().toString()).isEqualTo("bad.txt:1:2");
            });
  }

  @Test
  void theDigitPrototypesAreTenPatternsOfSixtyFourPixels() {
    PatternFileResult result =
        PatternFiles.read(Path.of("../examples/digits/digit_prototypes.txt"), Activation.BIPOLAR);

    assertThat(result.patterns().get().size()).isEqualTo(10);
    assertThat(result.patterns().get().length()).isEqualTo(64);
  }

  @Test
  void theDigitsCsvIsBinaryWithLabels() {
    PatternFileResult result =
        PatternFiles.read(Path.of("../examples/digits/digits_500.csv"), Activation.BINARY);

    // 50 samples of each digit, in blocks: the first is a 0, the last a 9
    PatternSet patterns = result.patterns().get();
    assertThat(patterns.size()).isEqualTo(500);
    assertThat(patterns.length()).isEqualTo(64);
    assertThat(patterns.labels().get(0)).isEqualTo("0");
    assertThat(patterns.labels().get(499)).isEqualTo("9");
  }

  private static PatternSet parse(String text, boolean csv, Activation coding) {
    PatternFileResult result = PatternFiles.parse("p", text, csv, coding);
    assertThat(result.diagnostics()).isEmpty();
    return result.patterns().get();
  }

  private static List<Diagnostic> diagnostics(String text, boolean csv) {
    PatternFileResult result = PatternFiles.parse("p", text, csv, Activation.BIPOLAR);
    assertThat(result.patterns()).isEmpty();
    return result.diagnostics();
  }
}
