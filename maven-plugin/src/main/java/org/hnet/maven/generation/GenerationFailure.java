package org.hnet.maven.generation;

import java.util.List;

/**
 * The models, or the configuration, cannot be generated: errors in {@code .hnet} files, a folder
 * that names no package, two models generating the same class, an unknown export. Nothing was
 * written. The Maven plugin turns this into a build failure.
 */
public final class GenerationFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** One line per problem, such as {@code /p/src/main/hnet/a.hnet:3:9: error: ... [HN051]}. */
  private final List<String> problems;

  /** The problems rendered with the offending lines and carets; empty when they have no lines. */
  private final String report;

  /**
   * A failure with these problems.
   *
   * @param summary what failed, in one sentence, such as "2 errors in 1 model"
   * @param problems one line per problem
   * @param report the problems rendered with source lines and carets, or empty
   */
  public GenerationFailure(String summary, List<String> problems, String report) {
    super(summary + ":" + System.lineSeparator() + String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
    this.report = report;
  }

  /** A failure of the configuration: a single problem, with no source lines to show. */
  public static GenerationFailure ofConfiguration(String problem) {
    return new GenerationFailure("invalid configuration", List.of(problem), "");
  }

  /** One line per problem. */
  public List<String> problems() {
    return problems;
  }

  /** The problems rendered with source lines and carets, or empty. */
  public String report() {
    return report;
  }
}
