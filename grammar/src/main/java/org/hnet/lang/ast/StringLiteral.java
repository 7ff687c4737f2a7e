package org.hnet.lang.ast;

import org.hnet.lang.diag.SourceSpan;

/**
 * A string as written between double quotes.
 *
 * @param value the characters between the quotes, escapes resolved
 * @param raw the characters between the quotes as written
 * @param span where the string was written, quotes included
 */
public record StringLiteral(String value, String raw, SourceSpan span) {

  /**
   * Where the code point at {@code index} of {@link #value()} was written: one column wide, or two
   * for an escape such as {@code \n}. Columns count code points, like the rest of the front end.
   */
  public SourceSpan charSpan(int index) {
    int offset = 0;
    int column = span.column() + 1;
    for (int k = 0; k < index && offset < raw.length(); k++) {
      int width = widthAt(offset);
      offset = raw.offsetByCodePoints(offset, width);
      column += width;
    }
    int width = offset < raw.length() ? widthAt(offset) : 1;
    return new SourceSpan(span.file(), span.line(), column, width);
  }

  private int widthAt(int offset) {
    boolean escape = raw.charAt(offset) == '\\' && raw.codePointCount(offset, raw.length()) > 1;
    return escape ? 2 : 1;
  }
}
