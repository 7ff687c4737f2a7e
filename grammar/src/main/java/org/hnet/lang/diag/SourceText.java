package org.hnet.lang.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of model and pattern files strictly as UTF-8: a malformed byte is an error
 * whose position is reported, never silently replaced. A byte-order mark at the start is dropped.
 *
 * @param text the text, if the bytes are UTF-8
 * @param malformedLine the line of the first malformed byte, from 1; 0 when there is none
 * @param malformedColumn its column, from 1, counting the characters decoded before it on its line
 */
public record SourceText(Optional<String> text, int malformedLine, int malformedColumn) {

  /** Decodes {@code bytes}. */
  public static SourceText decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String decoded = out.toString();
    if (result.isError()) {
      return malformedAfter(decoded);
    }
    String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    return new SourceText(Optional.of(text), 0, 0);
  }

  /** The position of the first NUL character, which no text file holds, or empty. */
  public static Optional<SourceSpan> firstNul(String file, String text) {
    int at = text.indexOf('\0');
    if (at < 0) {
      return Optional.empty();
    }
    int[] position = SourceLines.position(text, at);
    return Optional.of(new SourceSpan(file, position[0], position[1], 1));
  }

  /** Whether the bytes were UTF-8. */
  public boolean isText() {
    return text.isPresent();
  }

  /** Where decoding failed, as a span in {@code file}. */
  public SourceSpan malformedSpan(String file) {
    return new SourceSpan(file, malformedLine, malformedColumn, 1);
  }

  private static SourceText malformedAfter(String prefix) {
    int[] position = SourceLines.position(prefix, prefix.length());
    return new SourceText(Optional.empty(), position[0], position[1]);
  }
}
