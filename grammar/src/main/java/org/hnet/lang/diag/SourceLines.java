package org.hnet.lang.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Line ends, read the same way everywhere: in positions, in shown source lines and in pattern
 * files. A line ends at {@code \r\n}, at {@code \n} or at a {@code \r} not followed by {@code \n}
 * (the old Mac convention), so a file saved with any of them has the same lines.
 */
public final class SourceLines {

  private SourceLines() {}

  /** The lines of {@code text}, without their ends; a text ending in a line end has a last "". */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, k));
        if (c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /**
   * The text with every lone {@code \r} replaced by {@code \n}: the same length and the same
   * characters at every other offset, with line ends a reader that only knows {@code \n} and {@code
   * \r\n} sees where this class sees them.
   */
  public static String withNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int k = 0; k < chars.length; k++) {
      boolean crlf = k + 1 < chars.length && chars[k + 1] == '\n';
      if (chars[k] == '\r' && !crlf) {
        chars[k] = '\n';
      }
    }
    return new String(chars);
  }

  /**
   * The line and column, from 1, of the character at {@code offset} (a UTF-16 index), counting
   * columns in characters (code points).
   */
  public static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < offset; k++) {
      char c = text.charAt(k);
      boolean crlf = c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n';
      if ((c == '\n' || c == '\r') && !crlf) {
        line++;
        lineStart = k + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, offset) + 1};
  }
}
