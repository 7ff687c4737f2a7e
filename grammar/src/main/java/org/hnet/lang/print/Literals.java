package org.hnet.lang.print;

import java.util.Set;
import java.util.regex.Pattern;
import org.hipparchus.fraction.BigFraction;

/**
 * How single values are written in {@code .hnet} text: names, exact numbers, strings and pattern
 * labels. Every method returns text the grammar reads back as the same value.
 */
public final class Literals {

  /** The words that start a statement, and {@code network}: they cannot name anything. */
  public static final Set<String> RESERVED =
      Set.of(
          "network",
          "neurons",
          "input",
          "output",
          "hidden",
          "activation",
          "connections",
          "weights",
          "thresholds",
          "patterns",
          "energy",
          "dynamics");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
  private static final Pattern WHOLE = Pattern.compile("[0-9]+");

  private Literals() {}

  /** Whether {@code name} can name a network or a neuron group. */
  public static boolean isName(String name) {
    return IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
  }

  /** Whether a string literal can hold {@code text}: no line break other than an escaped one. */
  public static boolean isWritableText(String text) {
    return text.chars().noneMatch(c -> c == '\r' || c == 0);
  }

  /** An exact number: {@code 3}, {@code -1/3}. */
  public static String number(BigFraction value) {
    if (value.getDenominator().equals(java.math.BigInteger.ONE)) {
      return value.getNumerator().toString();
    }
    return value.getNumerator() + "/" + value.getDenominator();
  }

  /**
   * A string literal with the escapes the language knows: {@code \"}, {@code \\}, {@code \n} and
   * {@code \t}.
   *
   * @throws IllegalArgumentException if the text holds a carriage return or a NUL, which no string
   *     literal can hold
   */
  public static String string(String text) {
    if (!isWritableText(text)) {
      throw new IllegalArgumentException(
          "no string literal can hold a carriage return or a NUL: '" + text + "'");
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** A pattern label: bare when it is a name or a whole number, else a string literal. */
  public static String label(String label) {
    if (isName(label) || WHOLE.matcher(label).matches()) {
      return label;
    }
    return string(label);
  }

  /** Text for a {@code //} comment: every control character becomes a space. */
  public static String comment(String text) {
    StringBuilder safe = new StringBuilder();
    text.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return safe.toString();
  }
}
