package org.hnet.lang.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery, with messages in plain words ("expected ';' but found keyword
 * 'weights'") instead of token-set dumps. Errors at tokens the lexer pass already reported (an
 * unexpected character, a string not closed) are recovered from silently, so each problem is
 * reported once.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {

  /**
   * One syntax error.
   *
   * @param tokenIndex the index of the offending token in the token stream
   * @param line the line, from 1
   * @param column the column, from 1
   * @param length how many characters to underline
   * @param message what is wrong
   * @param hint what would be right, or empty
   */
  record SyntaxError(
      int tokenIndex, int line, int column, int length, String message, String hint) {}

  private final List<SyntaxError> errors = new ArrayList<>();

  /** The errors found so far, in the order found. */
  List<SyntaxError> errors() {
    return List.copyOf(errors);
  }

  /**
   * Takes a reserved word where a name was expected as that name, after reporting it, so that the
   * rest of the statement parses and is not reported as well: {@code neurons input, output;} is two
   * errors, one per reserved word, not a third at the comma. Where a rule decides between
   * alternatives, the word is turned into a name before the decision.
   */
  @Override
  public void sync(Parser parser) throws RecognitionException {
    if (!inErrorRecoveryMode(parser) && isKeywordForName(parser)) {
      keywordAsName(parser);
      return;
    }
    super.sync(parser);
  }

  @Override
  public Token recoverInline(Parser parser) {
    if (isKeywordForName(parser)) {
      Token keyword = keywordAsName(parser);
      parser.consume();
      return keyword;
    }
    return super.recoverInline(parser);
  }

  /**
   * Whether the current token is a reserved word where a name is expected, followed by what may
   * follow a name. A reserved word followed by anything else more likely starts the next statement
   * after an unfinished one ({@code input s, weights hebbian;}), and is left to recovery.
   */
  private static boolean isKeywordForName(Parser parser) {
    Token current = parser.getCurrentToken();
    int next = parser.getInputStream().LA(2);
    boolean nameFollows =
        next == HnetLexer.COMMA
            || next == HnetLexer.SEMI
            || next == HnetLexer.LBRACK
            || next == HnetLexer.RBRACK
            || next == HnetLexer.LBRACE
            || next == HnetLexer.ARROW
            || next == HnetLexer.BOTH
            || next == HnetLexer.COLON
            || next == HnetLexer.EQUALS;
    return TokenWords.isKeyword(current.getType())
        && current instanceof WritableToken
        && nameFollows
        && parser.getExpectedTokens().contains(HnetLexer.IDENT);
  }

  /** Reports a reserved word where a name belongs, and makes the token a name from now on. */
  private Token keywordAsName(Parser parser) {
    Token keyword = parser.getCurrentToken();
    IntervalSet expected = parser.getExpectedTokens();
    add(keyword, mismatch(expected, keyword), keywordHint(expected, keyword));
    ((WritableToken) keyword).setType(HnetLexer.IDENT);
    return keyword;
  }

  @Override
  protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
    Token token = e.getOffendingToken();
    String what = RuleWords.describe(e.getCtx());
    add(token, "expected " + what + " but found " + TokenWords.found(token), "");
  }

  @Override
  protected void reportInputMismatch(Parser parser, InputMismatchException e) {
    Token token = e.getOffendingToken();
    String hint =
        isNumberInMatrix(e.getCtx(), token)
            ? "a weight matrix is a list of rows, one per neuron: weights [[0, 1], [1, 0]];"
            : keywordHint(e.getExpectedTokens(), token);
    add(token, mismatch(e.getExpectedTokens(), token), hint);
  }

  /** Whether a number stands where a matrix expects a row: a vector written as a matrix. */
  private static boolean isNumberInMatrix(RuleContext context, Token token) {
    int type = token.getType();
    boolean number =
        type == HnetLexer.INTEGER
            || type == HnetLexer.NUMBER
            || type == HnetLexer.MINUS
            || type == HnetLexer.PLUS;
    return number && context != null && context.getRuleIndex() == HnetParser.RULE_matrix;
  }

  @Override
  protected void reportUnwantedToken(Parser parser) {
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    Token token = parser.getCurrentToken();
    IntervalSet expected = getExpectedTokens(parser);
    add(token, mismatch(expected, token), keywordHint(expected, token));
  }

  @Override
  protected void reportMissingToken(Parser parser) {
    if (inErrorRecoveryMode(parser)) {
      return;
    }
    beginErrorCondition(parser);
    Token token = parser.getCurrentToken();
    Token previous = ((TokenStream) parser.getInputStream()).LT(-1);
    String message =
        "missing "
            + TokenWords.expected(getExpectedTokens(parser))
            + " before "
            + TokenWords.found(token);
    if (previous == null || isReportedByLexer(token)) {
      add(token, message, "");
      return;
    }

    // point just after the previous token, where the missing one belongs
    int column = previous.getCharPositionInLine() + length(previous) + 1;
    errors.add(new SyntaxError(token.getTokenIndex(), previous.getLine(), column, 1, message, ""));
  }

  private static String mismatch(IntervalSet expected, Token token) {
    return "expected " + TokenWords.expected(expected) + " but found " + TokenWords.found(token);
  }

  private static String keywordHint(IntervalSet expected, Token token) {
    int type = token.getType();
    if (expected.contains(HnetLexer.IDENT) && TokenWords.isKeyword(type)) {
      return "'" + token.getText() + "' is a keyword and cannot be used as a name";
    }
    boolean statementEnds = type == HnetLexer.RBRACE || TokenWords.startsStatement(type);
    if (expected.contains(HnetLexer.SEMI) && statementEnds) {
      return "end each statement with ';'";
    }
    return "";
  }

  private void add(Token token, String message, String hint) {
    if (isReportedByLexer(token)) {
      return;
    }
    int line = Math.max(1, token.getLine());
    int column = Math.max(0, token.getCharPositionInLine()) + 1;
    errors.add(new SyntaxError(token.getTokenIndex(), line, column, length(token), message, hint));
  }

  private static boolean isReportedByLexer(Token token) {
    return token.getType() == HnetLexer.UNEXPECTED
        || token.getType() == HnetLexer.UNTERMINATED_STRING;
  }

  private static int length(Token token) {
    if (token.getType() == Token.EOF) {
      return 1;
    }
    return Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
  }

  /** Words for the grammar rules, for errors that no single expected token explains. */
  private static final class RuleWords {
    private RuleWords() {}

    static String describe(RuleContext context) {
      int rule = context == null ? -1 : context.getRuleIndex();
      return switch (rule) {
        case HnetParser.RULE_network -> "a network";
        case HnetParser.RULE_neuronGroup -> "a neuron group such as a, x[16] or pixel[8, 8]";
        case HnetParser.RULE_neuronRef -> "a neuron reference such as a, x[3] or pixel[2, 5]";
        case HnetParser.RULE_connectionsStatement ->
            "'complete', 'lattice' or '{' after 'connections'";
        case HnetParser.RULE_edge -> "a connection such as a -> b or a <-> b";
        case HnetParser.RULE_weightsStatement -> "a matrix or a learning rule after 'weights'";
        case HnetParser.RULE_thresholdsStatement -> "a number, a vector or '{' after 'thresholds'";
        case HnetParser.RULE_patternsStatement -> "'{' or 'from' after 'patterns'";
        case HnetParser.RULE_patternRow -> "a pattern such as \"+-+-\" or [1, -1, 1, -1]";
        case HnetParser.RULE_dynamicsStatement ->
            "'asynchronous', 'synchronous', 'gibbs' or 'metropolis'";
        case HnetParser.RULE_temperatureStatement -> "a temperature such as temperature 2;";
        case HnetParser.RULE_annealStatement ->
            "a schedule such as anneal linear from 4 to 1/2 over 1000 sweeps;";
        case HnetParser.RULE_clampEntry -> "a clamped neuron such as a = 1";
        case HnetParser.RULE_number, HnetParser.RULE_unsignedNumber -> "a number";
        case HnetParser.RULE_vector -> "a list of numbers such as [0, 1/2, -1]";
        case HnetParser.RULE_matrix -> "a matrix such as [[0, 1], [1, 0]]";
        case HnetParser.RULE_neuronRefList -> "a list of neurons such as a, x[0..3]";
        case HnetParser.RULE_namedThreshold -> "a named threshold such as a: 1/2;";
        case HnetParser.RULE_hnetFile -> "a network";
        default -> "a statement";
      };
    }
  }
}
