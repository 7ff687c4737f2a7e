package org.hnet.lang.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Syntax errors are worded for people and point where the problem is. */
class SyntaxMessagesTest {

  @Test
  void aMissingSemicolonBeforeTheNextStatementSaysWhatWasExpected() {
    Diagnostic d = only("network a {\n  neurons s[2]\n  weights hebbian;\n}");

    assertThat(d.message()).isEqualTo("expected ',' or ';' but found keyword 'weights'");
    assertThat(d.hint()).isEqualTo("end each statement with ';'");
    assertThat(d.span().toString()).isEqualTo("m:3:3");
  }

  @Test
  void aMissingSemicolonBeforeTheClosingBracePointsJustAfterThePreviousToken() {
    Diagnostic d = only("network a { neurons s; activation bipolar }");

    // "bipolar" ends at column 41, so the missing ';' belongs at column 42
    assertThat(d.message()).isEqualTo("missing ';' before '}'");
    assertThat(d.span().toString()).isEqualTo("m:1:42");
  }

  @Test
  void aReservedWordCannotBeAName() {
    Diagnostic d = only("network input { neurons s; }");

    assertThat(d.message()).isEqualTo("expected a name but found keyword 'input'");
    assertThat(d.hint()).contains("'input' is a keyword");
  }

  @Test
  void eachReservedWordUsedAsANameIsOneErrorAndTheCommasBetweenThemNone() {
    List<Diagnostic> diagnostics =
        ModelParser.parse("m", "network a { neurons input, output; }").diagnostics();

    // "input" at column 21, "output" at column 28
    assertThat(diagnostics)
        .extracting(d -> d.span().toString(), Diagnostic::message)
        .containsExactly(
            tuple("m:1:21", "expected a name but found keyword 'input'"),
            tuple("m:1:28", "expected a name but found keyword 'output'"));
  }

  @Test
  void aFractionIsNotOfferedAfterANumberWhenSomethingElseCanFollow() {
    Diagnostic d = only("network a { coupling 1 ] }");

    assertThat(d.message()).isEqualTo("expected ';' but found ']'");
  }

  @Test
  void lettersBeyondAsciiInANameAreReportedOnceWithTheWholeName() {
    Diagnostic d = only("network a { neurons z\u00fcrich_stra\u00dfe; }");

    // u-umlaut at column 22, sharp s at column 31: one diagnostic underlines both and what is
    // between
    assertThat(d.message())
        .isEqualTo("unexpected characters '\u00fc\u00df' in 'z\u00fcrich_stra\u00dfe'");
    assertThat(d.hint()).contains("ASCII letters");
    assertThat(d.span().toString()).isEqualTo("m:1:22");
    assertThat(d.span().length()).isEqualTo(11);
  }

  @Test
  void lookAlikeCharactersAreToldWhichAsciiCharacterToWrite() {
    Diagnostic minus = only("network a { thresholds [\u22121]; }");
    List<Diagnostic> quotes =
        ModelParser.parse("m", "network a { patterns { \u201c+-\u201d; } }").diagnostics();

    assertThat(minus.message()).isEqualTo("unexpected character '\u2212' in '\u22121'");
    assertThat(minus.hint()).contains("ASCII '-'");
    assertThat(quotes.get(0).hint()).contains("ASCII double quotes");
  }

  @Test
  void aVectorWhereAMatrixBelongsIsToldWhatAMatrixIs() {
    Diagnostic d = only("network a { weights [0, 1]; }");

    assertThat(d.message()).isEqualTo("expected '[' or ']' but found number 0");
    assertThat(d.hint()).startsWith("a weight matrix is a list of rows");
  }

  @Test
  void anEmptyMatrixParsesSoThatTheCheckCanSayWhatItNeeds() {
    assertThat(ModelParser.parse("m", "network a { weights []; }").diagnostics()).isEmpty();
  }

  @Test
  void aVeryLongTokenIsQuotedShortened() {
    Diagnostic d = only("network a { neurons s " + "x".repeat(5000) + "; }");

    assertThat(d.message())
        .isEqualTo("expected ',' or ';' but found name '" + "x".repeat(37) + "...'");
  }

  @Test
  void keywordsThatStartNoStatementCanBeNames() {
    ParsedFile parsed = ModelParser.parse("m", "network order { neurons random, complete[2]; }");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.tree().networks().get(0).name().text()).isEqualTo("order");
  }

  @Test
  void anUnknownStatementListsWhatMayComeInstead() {
    Diagnostic d = only("network a { neuron s; }");

    assertThat(d.message()).isEqualTo("expected a statement or '}' but found name 'neuron'");
    assertThat(d.span().toString()).isEqualTo("m:1:13");
  }

  @Test
  void theEndOfTheFileIsNamedInWords() {
    Diagnostic d = only("network a {\n  neurons s;\n");

    assertThat(d.message()).isEqualTo("expected a statement or '}' but found the end of the file");
  }

  @Test
  void numbersAreCalledNumbersNotTokenTypes() {
    Diagnostic d = only("network a { neurons s[2]; thresholds -; }");

    // the sign at column 38 asks for a number right after it
    assertThat(d.message()).isEqualTo("missing a number before ';'");
    assertThat(d.span().toString()).isEqualTo("m:1:39");
  }

  @Test
  void anErrorDeepInAListNamesTheList() {
    Diagnostic d = only("network a { neurons s[2]; thresholds [1, , 2]; }");

    assertThat(d.message())
        .isEqualTo("expected a list of numbers such as [0, 1/2, -1] but found ','");
    assertThat(d.span().toString()).isEqualTo("m:1:42");
  }

  @Test
  void anErrorInsideANeuronGroupNamesTheGroupForm() {
    Diagnostic d = only("network a { neurons s[2 3]; }");

    assertThat(d.message())
        .isEqualTo("expected a neuron group such as a, x[16] or pixel[8, 8] but found number 3");
  }

  @Test
  void adjacentUnexpectedCharactersAreReportedOnce() {
    List<Diagnostic> diagnostics =
        ModelParser.parse("m", "network a { $$$ neurons s; }").diagnostics();

    assertThat(diagnostics)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.UNEXPECTED_CHARACTER);
              assertThat(d.message()).isEqualTo("unexpected characters '$$$'");
              assertThat(d.span().length()).isEqualTo(3);
            });
  }

  @Test
  void invisibleCharactersAreShownByTheirCodePoint() {
    Diagnostic d = only("network a {\u00a0neurons s; }");

    assertThat(d.message()).isEqualTo("unexpected character 'U+00A0'");
  }

  @Test
  void aCommentLeftOpenIsNotAlsoAMissingBrace() {
    List<Diagnostic> diagnostics =
        ModelParser.parse("m", "network a { neurons s; /* } ").diagnostics();

    assertThat(diagnostics)
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNTERMINATED_COMMENT);
  }

  @Test
  void aNetworkWithASyntaxErrorIsKeptByNameButMarkedIncomplete() {
    ParsedFile parsed = ModelParser.parse("m", "network a { neurons ; }\nnetwork b { neurons s; }");

    assertThat(parsed.tree().networks()).extracting(n -> n.name().text()).containsExactly("a", "b");
    assertThat(parsed.tree().networks()).extracting(n -> n.complete()).containsExactly(false, true);
  }

  @Test
  void escapesInStringsAreResolved() {
    ParsedFile parsed =
        ModelParser.parse("m", "network a { neurons s; patterns from \"a\\\"b\\\\c\"; }");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.tree().networks().get(0).statements().get(1).toString())
        .contains("value=a\"b\\c");
  }

  private static Diagnostic only(String text) {
    List<Diagnostic> diagnostics = ModelParser.parse("m", text).diagnostics();
    assertThat(diagnostics).hasSize(1);
    return diagnostics.get(0);
  }
}
