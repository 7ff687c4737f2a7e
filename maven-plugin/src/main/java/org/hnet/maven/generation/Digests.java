package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, as hexadecimal text, of what a generation depends on. */
final class Digests {

  private Digests() {}

  /** A fresh SHA-256 digest (every Java platform has one). */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java platform lacks SHA-256", e);
    }
  }

  /** The digest of {@code text} as UTF-8. */
  static String ofText(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The digest of the text of a model or pattern file as the front end reads it: UTF-8, without a
   * leading byte order mark, so that it equals {@link #ofText} of the text the front end kept.
   */
  static String ofSourceFile(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return ofText(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The digest of the source text the front end kept, read the same way as a file. */
  static String ofSourceText(String text) {
    return ofText(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
