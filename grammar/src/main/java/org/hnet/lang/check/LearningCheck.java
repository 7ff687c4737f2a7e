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
import org.hnet.runtime.learning.PseudoinverseRule;
import org.hnet.runtime.learning.RationalWeights;
import org.hnet.runtime.learning.SingularPatternsException;
import org.hnet.runtime.learning.StorkeyRule;

/**
 * Checks a {@code weights RULE;} statement and learns the weights from the network's patterns, in
 * their bipolar form (binary 0 read as -1). The Hebbian rule stays in {@code long} arithmetic at
 * any size. Storkey and pseudo-inverse weights are exact rationals while {@code n^2 m} is at most
 * {@value #EXACT_LEARNING_BUDGET}, and doubles beyond (with warning HW001).
 */
final class LearningCheck {
  /**
   * The largest {@code n^2 m} for which Storkey and pseudo-inverse weights are computed exactly.
   */
  static final long EXACT_LEARNING_BUDGET = 1L << 25;

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
      case STORKEY -> Optional.of(storkey(bipolar));
      case PSEUDOINVERSE -> pseudoinverse(context, statement, bipolar);
    };
  }

  private static WeightValues hebbian(PatternSet patterns, BigFraction scale) {
    return new WeightValues.Scaled(
        HebbianRule.weightsOf(patterns.length(), patterns.rows()), scale);
  }

  private static WeightValues storkey(PatternSet patterns) {
    if (!isAffordable(patterns)) {
      double[] weights = StorkeyRule.floatingWeightsOf(patterns.length(), patterns.rows());
      return new WeightValues.Floating(weights, tooCostly(patterns));
    }
    StorkeyRule storkey = StorkeyRule.exact(patterns.length());
    patterns.rows().forEach(storkey::train);
    return new WeightValues.Rational(storkey.exactWeights());
  }

  private static Optional<WeightValues> pseudoinverse(
      CheckContext context, Statement.LearnedWeights statement, PatternSet patterns) {
    PseudoinverseRule rule = PseudoinverseRule.of(patterns.length());
    patterns.rows().forEach(rule::train);
    try {
      if (isAffordable(patterns)) {
        RationalWeights weights = rule.exactWeights();
        return Optional.of(new WeightValues.Rational(weights));
      }
      return Optional.of(new WeightValues.Floating(rule.floatingWeights(), tooCostly(patterns)));
    } catch (SingularPatternsException e) {
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
      return Optional.empty();
    }
  }

  private static boolean isAffordable(PatternSet patterns) {
    BigInteger n = BigInteger.valueOf(patterns.length());
    BigInteger cost = n.multiply(n).multiply(BigInteger.valueOf(patterns.size()));
    return cost.compareTo(BigInteger.valueOf(EXACT_LEARNING_BUDGET)) <= 0;
  }

  private static String tooCostly(PatternSet patterns) {
    return "exact learning of "
        + patterns.size()
        + " patterns of "
        + patterns.length()
        + " neurons would take too long (n^2 m above "
        + EXACT_LEARNING_BUDGET
        + ")";
  }
}
