package org.hnet.lang.diag;

/**
 * A stretch of a source file: where a diagnostic points and what its caret underlines.
 *
 * @param file the file as the user named it
 * @param line the first line, counting from 1
 * @param column the first column, counting from 1, in characters
 * @param length how many characters to underline on that line, at least 1
 */
public record SourceSpan(String file, int line, int column, int length) {

  /** Checks that the position is real. */
  public SourceSpan {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions count from 1: " + line + ":" + column);
    }
    length = Math.max(1, length);
  }

  /** The start of a file, for problems that belong to the whole file. */
  public static SourceSpan startOf(String file) {
    return new SourceSpan(file, 1, 1, 1);
  }

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
