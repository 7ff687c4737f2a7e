package org.hnet.generator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One file the generator produced: a Java source or a binary resource beside a class.
 *
 * @param path the path relative to the output root, with {@code /} separators, for example {@code
 *     org/example/Digits.java} or {@code org/example/Digits.weights.bin}
 * @param content the bytes of the file; Java sources are UTF-8
 */
public record GeneratedFile(String path, byte[] content) {

  /** Copies the content and checks that the path is relative and stays below the output root. */
  public GeneratedFile {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || Arrays.asList(path.split("/", -1)).stream()
            .anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
      throw new IllegalArgumentException(
          "not a relative path below the output root: '" + path + "'");
    }
    content = content.clone();
  }

  /** A Java source file. */
  public static GeneratedFile source(String path, String text) {
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether this is a Java source file. */
  public boolean isJavaSource() {
    return path.endsWith(".java");
  }

  /** The content as UTF-8 text (meaningful for Java sources). */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeneratedFile that
        && path.equals(that.path)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    String start = HexFormat.of().formatHex(content, 0, Math.min(8, content.length));
    return "GeneratedFile[" + path + ", " + content.length + " bytes, starting " + start + "]";
  }
}
