package org.hnet.generator.export.lean;

/** Lines of a Lean file being written; comments pass through {@link LeanSyntax#comment}. */
final class LeanWriter {

  private static final int WIDTH = 100;

  private final StringBuilder text = new StringBuilder();
  private final java.util.Set<String> modules = new java.util.HashSet<>();

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

  /** Records that the text written needs {@code imports}. */
  LeanWriter require(java.util.List<String> imports) {
    modules.addAll(imports);
    return this;
  }

  /** The modules required so far, in {@link LeanTarget#IMPORT_ORDER}. */
  java.util.List<String> imports() {
    return LeanTarget.IMPORT_ORDER.stream().filter(modules::contains).toList();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
