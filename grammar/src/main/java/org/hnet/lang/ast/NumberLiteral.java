package org.hnet.lang.ast;

import java.util.Optional;
import org.hnet.lang.diag.SourceSpan;

/**
 * A number as written: an optional sign, a numerator ({@code 3}, {@code 0.25}, {@code 1e-3}) and an
 * optional denominator after a slash.
 *
 * @param negative whether a minus sign was written
 * @param numerator the digits of the numerator, without the sign
 * @param denominator the digits of the denominator, if a slash was written
 * @param span where the whole number was written
 */
public record NumberLiteral(
    boolean negative, String numerator, Optional<String> denominator, SourceSpan span) {

  /** The number as it would be written back, without spaces: {@code -1/3}. */
  public String text() {
    return (negative ? "-" : "") + numerator + denominator.map(d -> "/" + d).orElse("");
  }
}
