package org.hnet.generator.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Text from a model placed in comments without letting it end the comment or smuggle code in.
 *
 * <p>A model string appears in comments only as a Java string literal ({@link #quote}): JavaPoet
 * escapes line breaks, quotes and backslashes there, so neither a line terminator nor a Unicode
 * escape ({@code \u000a}) can reach the compiler. Javadoc text additionally has its {@code *}{@code
 * /}, {@code @}, {@code <}, {@code >} and {@code &} written as HTML entities.
 */
final class CommentText {

  /** The width generated comment lines are wrapped to, not counting their indentation. */
  static final int WIDTH = 96;

  private CommentText() {}

  /** {@code text} as a Java string literal, quotes included. */
  static String quote(String text) {
    return CodeBlock.of("$S", text).toString();
  }

  /** {@code text}, already free of model strings or quoted, made safe inside a Javadoc comment. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  /** The words of {@code text} in lines of at most {@link #WIDTH} characters where possible. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** {@code text} wrapped, with a line break after each line. */
  static String wrapped(String text) {
    return String.join("\n", wrap(text)) + "\n";
  }
}
