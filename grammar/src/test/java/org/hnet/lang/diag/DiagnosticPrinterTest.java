package org.hnet.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

  @Test
  void rendersHeadlineSourceLineCaretAndHint() {
    String source = "network a {\n  weights [[0, 1], [2, 0]];\n}\n";
    Diagnostic d =
        new Diagnostic(
            DiagnosticCode.ASYMMETRIC_WEIGHTS,
            new SourceSpan("m.hnet", 2, 21, 1),
            "weights are not symmetric",
            "use the same weight both ways");

    String rendered = DiagnosticPrinter.of(Map.of("m.hnet", source)).render(d);

    // the 2 appears at column 21 of line 2; the shown line is indented by two spaces
    assertThat(rendered)
        .isEqualTo(
            "m.hnet:2:21: error: weights are not symmetric [HN051]\n"
                + "    weights [[0, 1], [2, 0]];\n"
                + "                      ^\n"
                + "  hint: use the same weight both ways\n");
  }

  @Test
  void underlinesTheWholeSpanWithTildes() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.UNKNOWN_ENERGY, new SourceSpan("m", 1, 8, 5), "unknown", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "energy ising;")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly("m:1:8: error: unknown [HN090]", "  energy ising;", "         ^~~~~");
  }

  @Test
  void expandsTabsSoTheCaretStaysUnderItsCharacter() {
    // "\tw\tx": the tab at column 1 reaches column 8, w is at 8, the next tab reaches 16, x is at
    // 16
    Diagnostic d =
        new Diagnostic(
            DiagnosticCode.UNKNOWN_NEURON, new SourceSpan("m", 1, 4, 1), "unknown x", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "\tw\tx;")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly(
            "m:1:4: error: unknown x [HN021]", "          w       x;", "                  ^");
  }

  @Test
  void clampsASpanThatRunsPastTheEndOfTheLine() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 3, 40), "broken", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "abcd\nnext")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly("m:1:3: error: broken [HN001]", "  abcd", "    ^~");
  }

  @Test
  void putsTheCaretAfterTheLastCharacterForAPositionAtTheEnd() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 4, 1), "missing", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "abc")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly("m:1:4: error: missing [HN001]", "  abc", "     ^");
  }

  @Test
  void countsColumnsInCharactersNotInUtf16Units() {
    // the emoji before the x is one character but two UTF-16 units
    Diagnostic d = new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 2, 1), "x", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "\uD83D\uDE00x")).render(d);

    assertThat(rendered.lines().toList().get(2)).isEqualTo("   ^");
  }

  @Test
  void showsControlCharactersAsQuestionMarks() {
    Diagnostic d =
        new Diagnostic(
            DiagnosticCode.UNEXPECTED_CHARACTER, new SourceSpan("m", 1, 2, 1), "bad", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "a\u0007b")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly("m:1:2: error: bad [HN002]", "  a?b", "   ^");
  }

  @Test
  void printsOnlyHeadlineAndHintWithoutTheSource() {
    Diagnostic d =
        new Diagnostic(
            DiagnosticCode.UNREADABLE_FILE,
            SourceSpan.startOf("gone.hnet"),
            "gone.hnet does not exist",
            "check the name");

    String rendered = DiagnosticPrinter.of(Map.of()).render(d);

    assertThat(rendered)
        .isEqualTo(
            "gone.hnet:1:1: error: gone.hnet does not exist [HN003]\n  hint: check the name\n");
  }

  @Test
  void warningsSayWarning() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.INEXACT_WEIGHTS, SourceSpan.startOf("m"), "inexact", "");

    assertThat(DiagnosticPrinter.of(Map.of()).render(d))
        .startsWith("m:1:1: warning: inexact [HW001]");
  }

  @Test
  void summarisesErrorsAndWarnings() {
    Diagnostic error = new Diagnostic(DiagnosticCode.SYNTAX, SourceSpan.startOf("m"), "e", "");
    Diagnostic warning =
        new Diagnostic(DiagnosticCode.INEXACT_WEIGHTS, SourceSpan.startOf("m"), "w", "");

    assertThat(DiagnosticPrinter.summary(List.of(error, error, warning)))
        .isEqualTo("2 errors, 1 warning");
    assertThat(DiagnosticPrinter.summary(List.of(warning))).isEqualTo("1 warning");
    assertThat(DiagnosticPrinter.summary(List.of())).isEqualTo("no problems");
  }

  @Test
  void showsAWindowOfALongLineAroundTheCaret() {
    // 1000 a's, then "bad", then 1000 b's: the caret at column 1001 is shown 40 columns into a
    // 100-column window, after the "..." that marks the cut
    String line = "a".repeat(1000) + "bad" + "b".repeat(1000);
    Diagnostic d =
        new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 1001, 3), "bad here", "");

    List<String> rendered = DiagnosticPrinter.of(Map.of("m", line)).render(d).lines().toList();

    String window = "a".repeat(40) + "bad" + "b".repeat(57);
    assertThat(rendered)
        .containsExactly(
            "m:1:1001: error: bad here [HN001]",
            "  ..." + window + "...",
            "  " + " ".repeat(3 + 40) + "^~~");
  }

  @Test
  void cutsOnlyTheSideOfALongLineThatIsTooLong() {
    // the caret at column 3 of a 300-column line: no cut on the left, columns 1 to 100 shown
    String line = "x = " + "1".repeat(296);
    Diagnostic d = new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 3, 1), "eq", "");

    List<String> rendered = DiagnosticPrinter.of(Map.of("m", line)).render(d).lines().toList();

    assertThat(rendered.get(1)).isEqualTo("  " + line.substring(0, 100) + "...");
    assertThat(rendered.get(2)).isEqualTo("    ^");
  }

  @Test
  void aCaretAtTheEndOfALongLineStaysAfterItsLastCharacter() {
    String line = "z".repeat(250);
    Diagnostic d =
        new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 1, 251, 1), "missing", "");

    List<String> rendered = DiagnosticPrinter.of(Map.of("m", line)).render(d).lines().toList();

    // columns 151 to 250 are shown after "...", and the caret comes after them
    assertThat(rendered.get(1)).isEqualTo("  ..." + "z".repeat(100));
    assertThat(rendered.get(2)).isEqualTo("  " + " ".repeat(103) + "^");
  }

  @Test
  void aCarriageReturnAloneEndsALine() {
    Diagnostic d = new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", 3, 1, 5), "x", "");

    String rendered = DiagnosticPrinter.of(Map.of("m", "one\rtwo\r\nthree\nfour")).render(d);

    assertThat(rendered.lines().toList())
        .containsExactly("m:3:1: error: x [HN001]", "  three", "  ^~~~~");
  }

  @Test
  void aListBeyondTheCapShowsTheFirstAndCountsAllOfThem() {
    List<Diagnostic> many = new ArrayList<>();
    for (int line = 1; line <= 300; line++) {
      many.add(new Diagnostic(DiagnosticCode.SYNTAX, new SourceSpan("m", line, 1, 1), "e", ""));
    }

    String rendered = DiagnosticPrinter.of(Map.of()).render(many);

    // 100 headlines, the line for the 200 others (at the first of them, line 101), the summary
    List<String> lines = rendered.lines().toList();
    assertThat(lines).hasSize(103);
    assertThat(lines.get(100))
        .isEqualTo(
            "m:101:1: error: 200 more problems are not shown, the first of them here [HN009]");
    assertThat(lines.get(102)).isEqualTo("300 errors, 200 not shown");
    assertThat(DiagnosticPrinter.summary(many)).isEqualTo("300 errors");
  }

  @Test
  void aDiagnosticWithoutAFileHasNoPosition() {
    Diagnostic d =
        new Diagnostic(DiagnosticCode.UNREADABLE_FILE, SourceSpan.startOf(""), "no file", "");

    assertThat(d.headline()).isEqualTo("error: no file [HN003]");
  }
}
