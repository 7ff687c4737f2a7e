package org.hnet.lang.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.hnet.lang.ast.HnetFile;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;

/**
 * Reads the text of a model file into a syntax tree: the lexer, a pass over the tokens for lexical
 * errors (HN002, HN006 to HN008), the parser with plain-word syntax errors (HN001) and the tree
 * builder.
 */
public final class ModelParser {

  private ModelParser() {}

  /**
   * Parses one file. Never throws for any text: every problem becomes a diagnostic.
   *
   * @param file the file as the user named it, for positions
   * @param text the file's text
   */
  public static ParsedFile parse(String file, String text) {
    HnetLexer lexer = new HnetLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    Diagnostics diagnostics = new Diagnostics();
    Set<Integer> errorTokens = new HashSet<>();
    boolean openComment = LexicalCheck.of(file, diagnostics, errorTokens).run(tokens.getTokens());

    HnetParser parser = new HnetParser(tokens);
    parser.removeErrorListeners();
    SyntaxErrorStrategy strategy = new SyntaxErrorStrategy();
    parser.setErrorHandler(strategy);
    HnetParser.HnetFileContext context = parser.hnetFile();

    reportSyntaxErrors(file, strategy, tokens, openComment, diagnostics, errorTokens);
    HnetFile tree = new TreeBuilder(file, errorTokens).build(context);
    return new ParsedFile(tree, diagnostics.sorted());
  }

  private static void reportSyntaxErrors(
      String file,
      SyntaxErrorStrategy strategy,
      CommonTokenStream tokens,
      boolean openComment,
      Diagnostics diagnostics,
      Set<Integer> errorTokens) {
    Set<String> positions = new HashSet<>();
    for (SyntaxErrorStrategy.SyntaxError error : strategy.errors()) {
      errorTokens.add(error.tokenIndex());
      boolean atEnd = tokens.get(error.tokenIndex()).getType() == Token.EOF;

      // a comment left open swallows the rest of the file; its own error says so
      if ((openComment && atEnd) || !positions.add(error.line() + ":" + error.column())) {
        continue;
      }
      SourceSpan span = new SourceSpan(file, error.line(), error.column(), error.length());
      diagnostics.report(DiagnosticCode.SYNTAX, span, error.message(), error.hint());
    }
  }

  /** The lexical errors, found in one pass over the tokens. */
  private static final class LexicalCheck {
    private final String file;
    private final Diagnostics diagnostics;
    private final Set<Integer> errorTokens;

    private LexicalCheck(String file, Diagnostics diagnostics, Set<Integer> errorTokens) {
      this.file = file;
      this.diagnostics = diagnostics;
      this.errorTokens = errorTokens;
    }

    static LexicalCheck of(String file, Diagnostics diagnostics, Set<Integer> errorTokens) {
      return new LexicalCheck(file, diagnostics, errorTokens);
    }

    /** Reports every lexical error; returns whether a block comment was left open. */
    boolean run(List<Token> tokens) {
      boolean openComment = false;
      for (int k = 0; k < tokens.size(); k++) {
        Token token = tokens.get(k);
        switch (token.getType()) {
          case HnetLexer.UNEXPECTED -> k = unexpected(tokens, k) - 1;
          case HnetLexer.UNTERMINATED_STRING -> unterminatedString(token);
          case HnetLexer.STRING -> escapes(token);
          case HnetLexer.BLOCK_COMMENT -> openComment |= openComment(token);
          default -> {}
        }
      }
      return openComment;
    }

    /** Reports a run of adjacent unexpected characters once; returns the index after the run. */
    private int unexpected(List<Token> tokens, int first) {
      int end = first + 1;
      while (end < tokens.size() && adjacentUnexpected(tokens.get(end - 1), tokens.get(end))) {
        end++;
      }
      end = acrossWord(tokens, first, end);
      StringBuilder text = new StringBuilder();
      for (int k = first; k < end; k++) {
        errorTokens.add(k);
        if (tokens.get(k).getType() == HnetLexer.UNEXPECTED) {
          text.append(tokens.get(k).getText());
        }
      }
      Token start = tokens.get(first);
      int length = tokens.get(end - 1).getStopIndex() - start.getStartIndex() + 1;
      String chars = text.codePoints().count() == 1 ? "character " : "characters ";
      String word = word(tokens, first, end);
      boolean inWord =
          text.codePoints().allMatch(LexicalCheck::isPrintable) && !word.contentEquals(text);
      String in = inWord ? " in " + quote(TokenWords.shortened(word)) : "";
      diagnostics.report(
          DiagnosticCode.UNEXPECTED_CHARACTER,
          span(start, 0, length),
          "unexpected " + chars + quote(TokenWords.shortened(text.toString())) + in,
          hintFor(text.toString()));
      return end;
    }

    /**
     * Extends a run of letters beyond ASCII over the name parts between them, so that a name such
     * as {@code zürich_straße} is reported once: returns the index after the last letter taken.
     */
    private static int acrossWord(List<Token> tokens, int first, int end) {
      while (end + 1 < tokens.size()
          && isLetters(tokens.subList(first, end))
          && isWordPart(tokens.get(end), tokens.get(end - 1))
          && tokens.get(end + 1).getType() == HnetLexer.UNEXPECTED
          && tokens.get(end + 1).getStartIndex() == tokens.get(end).getStopIndex() + 1
          && isLetters(tokens.subList(end + 1, end + 2))) {
        end += 2;
        while (end < tokens.size() && adjacentUnexpected(tokens.get(end - 1), tokens.get(end))) {
          end++;
        }
      }
      return end;
    }

    private static boolean isLetters(List<Token> run) {
      return run.stream()
          .filter(token -> token.getType() == HnetLexer.UNEXPECTED)
          .allMatch(token -> token.getText().codePoints().allMatch(Character::isLetterOrDigit));
    }

    /** The run of unexpected characters with the names or numbers it touches on either side. */
    private static String word(List<Token> tokens, int first, int end) {
      StringBuilder word = new StringBuilder();
      if (first > 0 && isWordPart(tokens.get(first - 1), tokens.get(first))) {
        word.append(tokens.get(first - 1).getText());
      }
      for (int k = first; k < end; k++) {
        word.append(tokens.get(k).getText());
      }
      if (end < tokens.size() && isWordPart(tokens.get(end), tokens.get(end - 1))) {
        word.append(tokens.get(end).getText());
      }
      return word.toString();
    }

    /** Whether {@code part} is a name or number written right against {@code neighbour}. */
    private static boolean isWordPart(Token part, Token neighbour) {
      boolean wordLike =
          part.getType() == HnetLexer.IDENT
              || part.getType() == HnetLexer.INTEGER
              || TokenWords.isKeyword(part.getType())
              || TokenWords.isSoftKeyword(part.getType());
      boolean touching =
          part.getStopIndex() + 1 == neighbour.getStartIndex()
              || neighbour.getStopIndex() + 1 == part.getStartIndex();
      return wordLike && touching;
    }

    private static boolean adjacentUnexpected(Token previous, Token next) {
      return next.getType() == HnetLexer.UNEXPECTED
          && next.getLine() == previous.getLine()
          && next.getStartIndex() == previous.getStopIndex() + 1;
    }

    private void unterminatedString(Token token) {
      errorTokens.add(token.getTokenIndex());
      diagnostics.report(
          DiagnosticCode.UNTERMINATED_STRING,
          span(token, 0, 1),
          "string is not closed on its line",
          "end the string with \" before the end of the line");
    }

    private void escapes(Token token) {
      int[] codePoints = token.getText().codePoints().toArray();
      for (int k = 1; k < codePoints.length - 1; k++) {
        if (codePoints[k] == '\\') {
          int next = codePoints[++k];
          if ("\"\\nt".indexOf(next) < 0) {
            diagnostics.report(
                DiagnosticCode.INVALID_ESCAPE,
                span(token, k - 1, 2),
                "unknown escape \\" + Character.toString(next) + " in a string",
                "the escapes are \\\" \\\\ \\n and \\t");
          }
        }
      }
    }

    private boolean openComment(Token token) {
      String text = token.getText();
      if (text.length() >= 4 && text.endsWith("*/")) {
        return false;
      }
      diagnostics.report(
          DiagnosticCode.UNTERMINATED_COMMENT,
          span(token, 0, 2),
          "comment is not closed before the end of the file",
          "close the comment with */");
      return true;
    }

    private SourceSpan span(Token token, int offset, int length) {
      return new SourceSpan(
          file, token.getLine(), token.getCharPositionInLine() + 1 + offset, length);
    }

    private static String quote(String text) {
      StringBuilder out = new StringBuilder("'");
      text.codePoints()
          .forEach(
              c -> out.append(isPrintable(c) ? Character.toString(c) : String.format("U+%04X", c)));
      return out.append("'").toString();
    }

    private static boolean isPrintable(int c) {
      return !Character.isISOControl(c)
          && Character.isDefined(c)
          && Character.getType(c) != Character.FORMAT
          && !Character.isWhitespace(c)
          && !Character.isSpaceChar(c);
    }

    private static String hintFor(String text) {
      return switch (text) {
        case "#" -> "comments start with // or are written /* like this */";
        case "=" -> "statements take no '=': write for example thresholds 0;";
        case "'" -> "strings are written in double quotes: \"+-+-\"";
        case "(", ")" -> "lists are written in square brackets: [1, -1, 1]";
        default -> lookAlikeHint(text);
      };
    }

    /** Hints for characters that look like ones the language uses, and for letters beyond ASCII. */
    private static String lookAlikeHint(String text) {
      if (text.codePoints()
          .allMatch(c -> "\u2212\u2010\u2011\u2012\u2013\u2014\uFE63\uFF0D".indexOf(c) >= 0)) {
        return "this is not the minus sign hnet reads: write the ASCII '-' instead";
      }
      if (text.codePoints()
          .allMatch(c -> "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB".indexOf(c) >= 0)) {
        return "strings are written in ASCII double quotes: \"+-+-\"";
      }
      if (text.codePoints().allMatch(c -> "\u2018\u2019\u201A\u201B\u2032".indexOf(c) >= 0)) {
        return "strings are written in ASCII double quotes: \"+-+-\"";
      }
      if (text.codePoints().allMatch(Character::isSpaceChar)) {
        return "this is not an ordinary space: write a space, a tab or a line break instead";
      }
      if (text.codePoints().allMatch(Character::isLetterOrDigit)) {
        return "names are written with the ASCII letters a to z and A to Z, the digits 0 to 9 and"
            + " '_'";
      }
      return "";
    }
  }
}
