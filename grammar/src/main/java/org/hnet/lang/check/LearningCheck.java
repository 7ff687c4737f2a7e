package org.hnet.lang.check;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.ast.Statement;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.runtime.Activation;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.learning.HebbianRule;
import org.hnet.runtime.learning.LongRationalWeights;
import org.hnet.runtime.learning.PseudoinverseRule;
import org.hnet.runtime.learning.SingularPatternsException;
import org.hnet.runtime.learning.StorkeyRule;

/**
 * Checks a {@code weights RULE;} statement and learns the weights from the network's patterns, in
 * their bipolar form (binary 0 read as -1). The Hebbian rule stays in {@code long} arithmetic at
 * any size.
 *
 * <p>Storkey and pseudo-inverse weights are exact rationals. They are computed in 64-bit
 * arithmetic, one {@code long} per weight, which stops as soon as a number does not fit: each
 * Storkey pattern multiplies the common denominator by up to {@code n}, and the pseudo-inverse
 * denominator is bounded first from the patterns' Gram matrix at a cost of {@code m^2 (m + n)}.
 * Small models ({@code n^2 m} at most {@value #SMALL_EXACT_BUDGET}) are computed with big integers
 * instead, whatever their size, so that weights too large for 64 bits are at least rounded from the
 * exact values. Beyond that, weights that outgrow 64 bits are learned in double arithmetic, with
 * warning HW001 saying how large the exact numbers would have been; no hopeless exact computation
 * is started.
 */
final class LearningCheck {
  /** The largest {@code n^2 m} for which weights are learned with big integers. */
  static final long SMALL_EXACT_BUDGET = 1L << 18;

  /** The memory a weight takes while it is learned with big integers, copies included. */
  static final long BIG_INTEGER_BYTES_PER_WEIGHT = 200;

  private LearningCheck() {}

  /** The rule a statement names, or empty after reporting an unknown name or a misplaced scale. */
  static Optional<LearningRuleKind> rule(
      Statement.LearnedWeights statement, Diagnostics diagnostics) {
    String name = statement.rule().text();
    Optional<LearningRuleKind> rule = LearningRuleKind.byKeyword(name);
    if (rule.isEmpty()) {
      diagnostics.report(
          DiagnosticCode.UNKNOWN_LEARNING_RULE,
          statement.rule().span(),
          "unknown learning rule '" + name + "'",
          Names.hint(
              name,
              Arrays.stream(LearningRuleKind.values()).map(LearningRuleKind::keyword).toList(),
              "the rules are"));
      return Optional.empty();
    }
    if (statement.scale().isPresent() && rule.get() != LearningRuleKind.HEBBIAN) {
      diagnostics.report(
          DiagnosticCode.SCALE_NOT_ALLOWED,
          statement.scale().get().span(),
          "the " + name + " rule takes no scale factor",
          "only the Hebbian rule takes one: weights hebbian scale 1/64;");
      return Optional.empty();
    }
    return rule;
  }

  /**
   * Learns the weights.
   *
   * @param rule the checked rule
   * @param scale the Hebbian scale factor (1 when not given)
   * @param statement the statement, for positions
   * @param patterns the patterns to learn
   */
  static Optional<WeightValues> learn(
      CheckContext context,
      LearningRuleKind rule,
      BigFraction scale,
      Statement.LearnedWeights statement,
      PatternSet patterns) {
    if (patterns.size() == 0) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NO_PATTERNS_TO_LEARN,
              statement.span(),
              "weights "
                  + rule.keyword()
                  + " needs patterns to learn, and network '"
                  + context.network().text()
                  + "' has none",
              "add patterns { \"+-+-\"; } or patterns from \"file.txt\";");
      return Optional.empty();
    }
    PatternSet bipolar = patterns.in(Activation.BIPOLAR);
    return switch (rule) {
      case HEBBIAN -> Optional.of(hebbian(bipolar, scale));
      case STORKEY -> Optional.of(storkey(context, bipolar));
      case PSEUDOINVERSE -> pseudoinverse(context, statement, bipolar);
    };
  }

  private static WeightValues hebbian(PatternSet patterns, BigFraction scale) {
    return new WeightValues.Scaled(
        HebbianRule.weightsOf(patterns.length(), patterns.rows()), scale);
  }

  private static WeightValues storkey(CheckContext context, PatternSet patterns) {
    int n = patterns.length();
    if (isSmall(context, patterns)) {
      StorkeyRule storkey = StorkeyRule.exact(n);
      patterns.rows().forEach(storkey::train);
      return new WeightValues.Rational(storkey.exactWeights());
    }
    Optional<LongRationalWeights> exact = StorkeyRule.exactLongWeights(n, patterns.rows());
    if (exact.isPresent()) {
      return scaled(exact.get());
    }
    double[] weights = StorkeyRule.floatingWeightsOf(n, patterns.rows());
    long bits = Math.round(storkeyDenominatorBits(n, patterns.size()));
    return new WeightValues.Floating(
        weights,
        "exact Storkey weights of "
            + describe(patterns)
            + " outgrow 64-bit integers: each pattern multiplies their common denominator by up to"
            + " n, to about "
            + bits
            + " bits here");
  }

  /**
   * The bits of the common denominator of exact Storkey weights, as measured on random patterns:
   * the first pattern gives {@code n}, and each further one multiplies by the odd part of {@code n}
   * and by all but one factor 2 of it, the other cancelling.
   */
  static double storkeyDenominatorBits(int n, int m) {
    int twos = Integer.numberOfTrailingZeros(n);
    double perPattern = log2(n >> twos) + Math.max(0, twos - 1);
    return log2(n) + (m - 1) * perPattern;
  }

  private static Optional<WeightValues> pseudoinverse(
      CheckContext context, Statement.LearnedWeights statement, PatternSet patterns) {
    PseudoinverseRule rule = PseudoinverseRule.of(patterns.length());
    patterns.rows().forEach(rule::train);
    try {
      if (isSmall(context, patterns)) {
        return Optional.of(new WeightValues.Rational(rule.exactWeights()));
      }
      Optional<LongRationalWeights> exact = rule.exactLongWeights();
      if (exact.isPresent()) {
        return Optional.of(scaled(exact.get()));
      }
      String reason =
          "exact pseudo-inverse weights of "
              + describe(patterns)
              + " outgrow 64-bit integers: their common denominator divides a number of "
              + rule.denominatorBound().bitLength()
              + " bits";
      return Optional.of(new WeightValues.Floating(rule.floatingWeights(), reason));
    } catch (SingularPatternsException e) {
      singular(context, statement, patterns, e);
      return Optional.empty();
    }
  }

  private static void singular(
      CheckContext context,
      Statement.LearnedWeights statement,
      PatternSet patterns,
      SingularPatternsException e) {
    String label = patterns.labels().get(e.dependentPattern());
    context
        .diagnostics()
        .report(
            DiagnosticCode.SINGULAR_PATTERNS,
            statement.span(),
            "the pseudo-inverse rule cannot learn these patterns: pattern '"
                + label
                + "' (number "
                + e.dependentPattern()
                + ") is a linear combination of the patterns before it",
            "the rule needs linearly independent patterns: remove that pattern, or use weights hebbian or weights storkey");
  }

  /** Exact weights in 64-bit integers as integers times {@code 1 / denominator}, not copied. */
  private static WeightValues scaled(LongRationalWeights weights) {
    return new WeightValues.Scaled(
        weights.numerators(),
        new BigFraction(BigInteger.ONE, BigInteger.valueOf(weights.denominator())));
  }

  /** Whether the model is small enough to learn with big integers, in time and in memory. */
  private static boolean isSmall(CheckContext context, PatternSet patterns) {
    long n = patterns.length();
    BigInteger cost = BigInteger.valueOf(n * n).multiply(BigInteger.valueOf(patterns.size()));
    return cost.compareTo(BigInteger.valueOf(SMALL_EXACT_BUDGET)) <= 0
        && BIG_INTEGER_BYTES_PER_WEIGHT * n * n <= context.heap().availableBytes();
  }

  private static String describe(PatternSet patterns) {
    return patterns.size()
        + (patterns.size() == 1 ? " pattern" : " patterns")
        + " of "
        + patterns.length()
        + " neurons";
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
