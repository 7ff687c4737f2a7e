package org.hnet.lang.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Describes tokens and sets of expected tokens in plain words for syntax messages. */
final class TokenWords {

  /** The keywords that start a statement of version 1: reserved words. */
  private static final int[] STATEMENT_KEYWORDS = {
    HnetLexer.NEURONS,
    HnetLexer.INPUT,
    HnetLexer.OUTPUT,
    HnetLexer.HIDDEN_ROLE,
    HnetLexer.ACTIVATION,
    HnetLexer.CONNECTIONS,
    HnetLexer.WEIGHTS,
    HnetLexer.THRESHOLDS,
    HnetLexer.PATTERNS,
    HnetLexer.ENERGY,
    HnetLexer.DYNAMICS
  };

  /** The keywords that start a statement added in version 2: they may also be names. */
  private static final int[] SOFT_STATEMENT_KEYWORDS = {
    HnetLexer.TEMPERATURE,
    HnetLexer.BETA,
    HnetLexer.ANNEAL,
    HnetLexer.COUPLING,
    HnetLexer.FIELD,
    HnetLexer.CLAMP
  };

  private TokenWords() {}

  /** Whether a token type is a reserved word, which can never be a name. */
  static boolean isKeyword(int type) {
    return type == HnetLexer.NETWORK || startsStatement(type);
  }

  /** Whether a token type is a reserved keyword that starts a statement. */
  static boolean startsStatement(int type) {
    for (int keyword : STATEMENT_KEYWORDS) {
      if (keyword == type) {
        return true;
      }
    }
    return false;
  }

  /** The most characters of a token a message quotes; a longer one is cut with "...". */
  static final int MAX_QUOTED = 40;

  /** Words for what was found: {@code name 'foo'}, {@code ';'}, {@code the end of the file}. */
  static String found(Token token) {
    int type = token.getType();
    String text = shortened(token.getText());
    if (type == Token.EOF) {
      return "the end of the file";
    }
    if (type == HnetLexer.IDENT) {
      return "name '" + text + "'";
    }
    if (type == HnetLexer.INTEGER || type == HnetLexer.NUMBER) {
      return "number " + text;
    }
    if (type == HnetLexer.STRING) {
      return "string " + text;
    }
    boolean word = isKeyword(type) || isSoftKeyword(type);
    return (word ? "keyword '" : "'") + text + "'";
  }

  /** The text, cut to {@value #MAX_QUOTED} characters with "..." when it is longer. */
  static String shortened(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_QUOTED) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED - 3)) + "...";
  }

  /**
   * Words for a set of expected tokens: {@code a statement or '}'}, {@code a number}. A '/' that
   * could continue a number is left out when something else could come instead: after {@code
   * coupling 1} the likely fix is ';', not a fraction.
   */
  static String expected(IntervalSet expected) {
    Set<String> words = new LinkedHashSet<>();
    List<Integer> types = new ArrayList<>(expected.toList());
    if (types.size() > 1) {
      types.remove(Integer.valueOf(HnetLexer.SLASH));
    }
    if (types.containsAll(statementKeywords())) {
      words.add("a statement");
    }
    boolean number = types.contains(HnetLexer.INTEGER) && types.contains(HnetLexer.NUMBER);
    boolean name = types.contains(HnetLexer.IDENT);
    for (int type : types) {
      boolean statement = words.contains("a statement") && statementKeywords().contains(type);
      if (!statement && !(name && isSoftKeyword(type))) {
        words.add(number && isNumberPart(type) ? "a number" : one(type));
      }
    }
    return join(new ArrayList<>(words));
  }

  /** Whether a keyword may also be a name (see the grammar's identifier rule). */
  static boolean isSoftKeyword(int type) {
    return type == HnetLexer.BIPOLAR
        || type == HnetLexer.BINARY
        || type == HnetLexer.COMPLETE
        || type == HnetLexer.SCALE
        || type == HnetLexer.FROM
        || (type >= HnetLexer.ASYNCHRONOUS && type <= HnetLexer.CLAMP);
  }

  private static boolean isNumberPart(int type) {
    return type == HnetLexer.INTEGER
        || type == HnetLexer.NUMBER
        || type == HnetLexer.MINUS
        || type == HnetLexer.PLUS;
  }

  private static String one(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case HnetLexer.IDENT -> "a name";
      case HnetLexer.INTEGER, HnetLexer.NUMBER -> "a number";
      case HnetLexer.STRING -> "a string";
      default -> HnetLexer.VOCABULARY.getLiteralName(type);
    };
  }

  /** Every keyword that starts a statement, reserved or not. */
  private static List<Integer> statementKeywords() {
    List<Integer> keywords = new ArrayList<>();
    for (int type : STATEMENT_KEYWORDS) {
      keywords.add(type);
    }
    for (int type : SOFT_STATEMENT_KEYWORDS) {
      keywords.add(type);
    }
    return keywords;
  }

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    String head = String.join(", ", words.subList(0, words.size() - 1));
    return head + " or " + words.get(words.size() - 1);
  }
}
