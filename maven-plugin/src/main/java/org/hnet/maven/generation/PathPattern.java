package org.hnet.maven.generation;

import java.util.regex.Pattern;

/**
 * An include or exclude pattern in the usual Maven (Ant) syntax, matched against a path relative to
 * the source directory with {@code /} separators: {@code *} matches within one folder, {@code ?}
 * one character, and {@code **} any number of folders, none included, so that {@code **}{@code
 * /*.hnet} matches {@code digits.hnet} as well as {@code org/example/digits.hnet}. A pattern ending
 * in {@code /} means everything below that folder.
 */
public final class PathPattern {
  private final String text;
  private final Pattern regex;

  private PathPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /**
   * The pattern {@code text}; backslashes count as {@code /}.
   *
   * @throws IllegalArgumentException if the pattern is blank
   */
  public static PathPattern of(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an include or exclude pattern is blank: '" + text + "'");
    }
    String normalized = text.trim().replace('\\', '/');
    if (normalized.endsWith("/")) {
      normalized = normalized + "**";
    }
    return new PathPattern(text, Pattern.compile(toRegex(normalized)));
  }

  /** Whether {@code relativePath} (with {@code /} separators) matches. */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int k = 0;
    while (k < glob.length()) {
      if (glob.startsWith("**/", k)) {
        regex.append("(?:.*/)?");
        k += 3;
      } else if (glob.startsWith("**", k)) {
        regex.append(".*");
        k += 2;
      } else {
        regex.append(single(glob.charAt(k)));
        k += 1;
      }
    }
    return regex.toString();
  }

  private static String single(char c) {
    return switch (c) {
      case '*' -> "[^/]*";
      case '?' -> "[^/]";
      default -> Pattern.quote(String.valueOf(c));
    };
  }
}
