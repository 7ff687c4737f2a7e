package org.hnet.generator.export.lean;

/** Lines of a Lean file being written; comments pass through {@link LeanSyntax#comment}. */
final class LeanWriter {

  private static final int WIDTH = 100;

  private final StringBuilder text = new StringBuilder();

  /** Appends one line of Lean. */
  LeanWriter line(String line) {
    text.append(line).append('\n');
    return this;
  }

  /** Appends an empty line. */
  LeanWriter blank() {
    text.append('\n');
    return this;
  }

  /**
   * Appends a {@code --} comment, wrapped at spaces before {@value #WIDTH} columns; the text cannot
   * end the comment.
   */
  LeanWriter comment(String comment) {
    String rest = LeanSyntax.comment(comment);
    while (rest.length() > WIDTH - 3 && rest.lastIndexOf(' ', WIDTH - 3) > 0) {
      int cut = rest.lastIndexOf(' ', WIDTH - 3);
      text.append("-- ").append(rest, 0, cut).append('\n');
      rest = rest.substring(cut + 1);
    }
    text.append(rest.isEmpty() ? "--" : "-- " + rest).append('\n');
    return this;
  }

  /** Appends a proof-by-cascade theorem: {@code theorem NAME : STATEMENT := by TACTICS}. */
  LeanWriter theorem(String name, String statement, String... tactics) {
    line("theorem " + name + " : " + statement + " := by");
    for (String tactic : tactics) {
      line("  " + tactic);
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
