package org.hnet.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void everyKindOfLineEndEndsOneLine() {
    assertThat(SourceLines.split("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d");
    assertThat(SourceLines.split("a\r\r\nb\n")).containsExactly("a", "", "b", "");
  }

  @Test
  void aLoneCarriageReturnBecomesANewlineAndNothingElseMoves() {
    assertThat(SourceLines.withNewlines("a\rb\r\nc\r")).isEqualTo("a\nb\r\nc\n");
  }

  @Test
  void positionsCountLinesAfterEveryKindOfLineEndAndColumnsInCharacters() {
    // "x\ry\r\n\uD83D\uDE00z": z is on line 3 after a two-unit emoji, at offset 7
    String text = "x\ry\r\n\uD83D\uDE00z";

    assertThat(SourceLines.position(text, 7)).containsExactly(3, 2);
    assertThat(SourceLines.position(text, 2)).containsExactly(2, 1);
  }
}
