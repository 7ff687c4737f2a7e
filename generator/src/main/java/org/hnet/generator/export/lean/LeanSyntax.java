package org.hnet.generator.export.lean;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.plan.ClassNaming;

/**
 * The pieces of Lean text an export is made of: rational literals, vector and matrix literals, safe
 * identifiers and comments, and the tactic cascade. No text from a model reaches a Lean file except
 * through these methods.
 */
final class LeanSyntax {

  /** Capitalized words that Lean reserves; a namespace is never named like one of them. */
  private static final Set<String> CAPITAL_KEYWORDS = Set.of("Type", "Sort", "Prop");

  private LeanSyntax() {}

  /** A rational literal of type ℚ (from context): {@code 3}, {@code -1/3}. */
  static String rational(BigFraction value) {
    BigFraction reduced = new BigFraction(value.getNumerator(), value.getDenominator());
    if (reduced.getDenominator().equals(BigInteger.ONE)) {
      return reduced.getNumerator().toString();
    }
    return reduced.getNumerator() + "/" + reduced.getDenominator();
  }

  /** How {@code #eval} prints a rational: {@code 3}, {@code (-1 : Rat)/3}. */
  static String printed(BigFraction value) {
    if (value.getDenominator().equals(BigInteger.ONE)) {
      return value.getNumerator().toString();
    }
    return "(" + value.getNumerator() + " : Rat)/" + value.getDenominator();
  }

  /** A vector literal {@code ![a, b, c]}. */
  static String vector(List<String> elements) {
    return "![" + String.join(", ", elements) + "]";
  }

  /** A vector literal of whole numbers. */
  static String vector(int[] values) {
    List<String> elements = new ArrayList<>();
    for (int value : values) {
      elements.add(Integer.toString(value));
    }
    return vector(elements);
  }

  /** A list literal of whole numbers {@code [0, 1, 2]}. */
  static String list(int[] values) {
    List<String> elements = new ArrayList<>();
    for (int value : values) {
      elements.add(Integer.toString(value));
    }
    return "[" + String.join(", ", elements) + "]";
  }

  /**
   * A Lean identifier for a model or network name: UpperCamelCase of its letters and digits ({@code
   * lean_hebbian} becomes {@code LeanHebbian}), never a keyword, never starting with a digit. Only
   * ASCII letters, digits and {@code _} can appear in it.
   */
  static String identifier(String name) {
    String camel = ClassNaming.upperCamel(ascii(name));
    if (Character.isDigit(camel.charAt(0))) {
      camel = "N" + camel;
    }
    return CAPITAL_KEYWORDS.contains(camel) ? camel + "_" : camel;
  }

  /** Distinct identifiers for several names, in order: a clash gets {@code _2}, {@code _3}. */
  static List<String> identifiers(List<String> names) {
    List<String> identifiers = new ArrayList<>();
    Set<String> taken = new java.util.HashSet<>();
    for (String name : names) {
      String base = identifier(name);
      String candidate = base;
      for (int k = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); k++) {
        candidate = base + (base.endsWith("_") ? "" : "_") + k;
      }
      identifiers.add(candidate);
    }
    return identifiers;
  }

  private static String ascii(String name) {
    StringBuilder kept = new StringBuilder();
    for (char c : name.toCharArray()) {
      kept.append(c < 128 && Character.isLetterOrDigit(c) ? c : ' ');
    }
    return kept.toString();
  }

  /**
   * Text safe inside a {@code --} line comment: line breaks and other control characters become
   * spaces, so that no text of a model can end the comment.
   */
  static String comment(String text) {
    StringBuilder safe = new StringBuilder();
    text.codePoints()
        .forEach(
            c ->
                safe.appendCodePoint(
                    Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85
                        ? ' '
                        : c));
    return safe.toString();
  }

  /**
   * A double as hnet's comments give it: {@code 0} for zero, else the shortest decimal that reads
   * back as the same double ({@code 0.44039853898894116}, {@code 1.2E-17}).
   */
  static String decimal(double value) {
    return value == 0 ? "0" : Double.toString(value);
  }

  /**
   * The cascade over the reals, where {@code decide} cannot run: {@code first | (SIMP; done) |
   * (SIMP with norm_num)}, the simplification step followed by {@code norm_num} as the fallback.
   */
  static String realCascade(String simp) {
    return "first | (" + simp + "; done) | (" + simp.replace("simp [", "norm_num [") + ")";
  }

  /**
   * The tactic cascade: {@code first | decide | (SIMP; done) | decide +kernel | native_decide},
   * where SIMP is the given simplification step (omitted when empty).
   */
  static String cascade(String simp) {
    String middle = simp.isEmpty() ? "" : " | (" + simp + "; done)";
    return "first | decide" + middle + " | decide +kernel | native_decide";
  }
}
