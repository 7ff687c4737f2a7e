package org.hnet.lang.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.NetworkParameters;

/**
 * Lowers exact weights and thresholds to {@link ExactParameters}: integers over their least common
 * denominator, when every number and every sum a net input or an energy can reach fits a {@code
 * long}. Otherwise the parameters become {@link FloatingParameters} and warning HW001 says which
 * number does not fit, pointing at the thresholds statement when the thresholds are the cause.
 *
 * <p>Whether the numbers fit is decided before anything of size {@code n^2} is allocated; then one
 * dense array is filled (or the Hebbian counts are scaled in place), which the parameters copy.
 */
final class ParameterLowering {
  private static final BigInteger LONG_LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

  /** The most digits of a number a message quotes in full. */
  private static final int QUOTED_DIGITS = 40;

  private final CheckContext context;
  private final Activation activation;
  private final Spans spans;

  /**
   * Where warning HW001 points.
   *
   * @param weights the weights statement, or where the weights were given
   * @param thresholds the thresholds statement, or the weights' span when there is none
   */
  record Spans(SourceSpan weights, SourceSpan thresholds) {}

  private ParameterLowering(CheckContext context, Activation activation, Spans spans) {
    this.context = context;
    this.activation = activation;
    this.spans = spans;
  }

  /** The parameters, or empty after reporting numbers beyond even the range of a double. */
  static Optional<NetworkParameters> lower(
      CheckContext context,
      Activation activation,
      WeightValues weights,
      BigFraction[] thresholds,
      Spans spans) {
    return new ParameterLowering(context, activation, spans).lower(weights, thresholds);
  }

  private Optional<NetworkParameters> lower(WeightValues weights, BigFraction[] thresholds) {
    if (weights instanceof WeightValues.Floating floating) {
      return floating(floating.values(), thresholds, floating.reason(), spans.weights());
    }

    // the least common denominator of every weight and threshold
    BigInteger weightScale = denominator(weights);
    BigInteger scale = weightScale;
    for (BigFraction t : thresholds) {
      scale = lcm(scale, t.getDenominator());
    }
    Optional<String> tooLarge = unfit(weights, thresholds, scale);
    if (tooLarge.isEmpty()) {
      long[] t = scaled(thresholds, scale);
      long[] w = scaledWeights(weights, scale);
      return Optional.of(
          new ExactParameters(context.size(), activation, scale.longValueExact(), w, t));
    }

    // the thresholds are to blame when the weights alone would have fitted
    BigFraction[] zeros = new BigFraction[thresholds.length];
    Arrays.fill(zeros, BigFraction.ZERO);
    boolean thresholdsToBlame = unfit(weights, zeros, weightScale).isEmpty();
    SourceSpan at = thresholdsToBlame ? spans.thresholds() : spans.weights();
    return floating(doubles(weights), thresholds, tooLarge.get(), at);
  }

  private static BigInteger denominator(WeightValues weights) {
    if (weights instanceof WeightValues.Scaled scaled) {
      return scaled.scale().getDenominator();
    }
    if (weights instanceof WeightValues.Rational rational) {
      return rational.weights().denominator();
    }
    BigInteger scale = BigInteger.ONE;
    for (WrittenWeight entry : ((WeightValues.Written) weights).entries().values()) {
      scale = lcm(scale, entry.value().getDenominator());
    }
    return scale;
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /**
   * Why the numbers over {@code scale} do not fit 64-bit integers, or empty when they do: the scale
   * itself, one weight or threshold, or the largest sum a net input and threshold can reach (every
   * sum the dynamics or the energy form is at most the total of these row sums, which must fit).
   */
  private Optional<String> unfit(WeightValues weights, BigFraction[] thresholds, BigInteger scale) {
    if (scale.bitLength() > 62) {
      return Optional.of(
          "their common denominator, " + quoted(scale) + ", does not fit 64-bit integers");
    }
    BigInteger[] rows = new BigInteger[thresholds.length];
    for (int u = 0; u < thresholds.length; u++) {
      rows[u] = numerator(thresholds[u], scale).abs();
      if (rows[u].compareTo(LONG_LIMIT) > 0) {
        return Optional.of(tooLarge("the threshold of " + name(u), thresholds[u], rows[u], scale));
      }
    }
    Optional<String> weight = addRowSums(weights, scale, rows);
    if (weight.isPresent()) {
      return weight;
    }
    BigInteger total = BigInteger.ZERO;
    for (BigInteger row : rows) {
      total = total.add(row);
    }
    if (total.compareTo(LONG_LIMIT) > 0) {
      return Optional.of(
          (scale.equals(BigInteger.ONE)
                  ? ""
                  : "over their common denominator " + quoted(scale) + ", ")
              + "the sum of the absolute values of all weights and thresholds, "
              + quoted(total)
              + ", which bounds every net input and energy, does not fit 64-bit integers");
    }
    return Optional.empty();
  }

  /** Adds each row's absolute scaled weights to {@code rows}, or says which weight is too large. */
  private Optional<String> addRowSums(WeightValues weights, BigInteger scale, BigInteger[] rows) {
    int n = context.size();
    if (weights instanceof WeightValues.Scaled scaled) {
      BigInteger factor = numerator(scaled.scale(), scale).abs();
      long[] counts = scaled.counts();
      for (int u = 0; u < n; u++) {
        rows[u] = rows[u].add(factor.multiply(absoluteRowSum(counts, u, n)));
      }
      return Optional.empty();
    }
    if (weights instanceof WeightValues.Rational rational) {
      BigInteger factor = scale.divide(rational.weights().denominator());
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          BigInteger value = rational.weights().numerator(u, v).multiply(factor).abs();
          if (value.compareTo(LONG_LIMIT) > 0) {
            BigFraction exact = new BigFraction(rational.weights().numerator(u, v), scale);
            return Optional.of(tooLarge(weightName(u, v), exact, value, scale));
          }
          rows[u] = rows[u].add(value);
        }
      }
      return Optional.empty();
    }
    // in index order, so that the weight named is the same in every run
    Map<Integer, WrittenWeight> entries = ((WeightValues.Written) weights).entries();
    for (WrittenWeight entry : new TreeMap<>(entries).values()) {
      BigInteger value = numerator(entry.value(), scale).abs();
      if (value.compareTo(LONG_LIMIT) > 0) {
        String which = weightName(entry.receiver(), entry.sender());
        return Optional.of(tooLarge(which, entry.value(), value, scale));
      }
      rows[entry.receiver()] = rows[entry.receiver()].add(value);
    }
    return Optional.empty();
  }

  /**
   * The sum of the absolute values of row {@code u}, in {@code long} arithmetic while it fits,
   * which it does for Hebbian counts; learned numerators near 2^63 may need more.
   */
  private static BigInteger absoluteRowSum(long[] values, int u, int n) {
    try {
      long row = 0;
      for (int v = 0; v < n; v++) {
        row = Math.addExact(row, Math.absExact(values[u * n + v]));
      }
      return BigInteger.valueOf(row);
    } catch (ArithmeticException overflow) {
      BigInteger row = BigInteger.ZERO;
      for (int v = 0; v < n; v++) {
        row = row.add(BigInteger.valueOf(values[u * n + v]).abs());
      }
      return row;
    }
  }

  /** "the weight into a from b, 1.2e29, is too large for 64-bit integers", or its scaled form. */
  private static String tooLarge(
      String which, BigFraction value, BigInteger scaled, BigInteger scale) {
    if (scale.equals(BigInteger.ONE)) {
      return which + ", " + quoted(value.getNumerator()) + ", is too large for 64-bit integers";
    }
    return "over their common denominator "
        + quoted(scale)
        + ", "
        + which
        + " becomes "
        + quoted(scaled)
        + ", which is too large for 64-bit integers";
  }

  private static String quoted(BigInteger value) {
    String digits = value.toString();
    return digits.length() <= QUOTED_DIGITS
        ? digits
        : "a number of " + value.abs().toString().length() + " digits";
  }

  private String weightName(int receiver, int sender) {
    return "the weight into " + name(receiver) + " from " + name(sender);
  }

  private String name(int neuron) {
    return context.table().name(neuron);
  }

  /** The one dense array of scaled weights; Hebbian counts are scaled in place and handed on. */
  private long[] scaledWeights(WeightValues weights, BigInteger scale) {
    int n = context.size();
    if (weights instanceof WeightValues.Scaled scaled) {
      long factor = numerator(scaled.scale(), scale).longValueExact();
      long[] counts = scaled.counts();
      if (factor != 1) {
        for (int k = 0; k < counts.length; k++) {
          counts[k] *= factor;
        }
      }
      return counts;
    }
    long[] numerators = new long[n * n];
    if (weights instanceof WeightValues.Rational rational) {
      BigInteger factor = scale.divide(rational.weights().denominator());
      for (int k = 0; k < numerators.length; k++) {
        numerators[k] = rational.weights().numerator(k / n, k % n).multiply(factor).longValue();
      }
      return numerators;
    }
    for (WrittenWeight entry : ((WeightValues.Written) weights).entries().values()) {
      numerators[entry.receiver() * n + entry.sender()] =
          numerator(entry.value(), scale).longValue();
    }
    return numerators;
  }

  private static long[] scaled(BigFraction[] values, BigInteger scale) {
    long[] numerators = new long[values.length];
    for (int k = 0; k < values.length; k++) {
      numerators[k] = numerator(values[k], scale).longValueExact();
    }
    return numerators;
  }

  /** The numerator of {@code value} over {@code scale}, which its denominator divides. */
  private static BigInteger numerator(BigFraction value, BigInteger scale) {
    return value.getNumerator().multiply(scale.divide(value.getDenominator()));
  }

  private double[] doubles(WeightValues weights) {
    int n = context.size();
    if (weights instanceof WeightValues.Scaled scaled) {
      double factor = nearestDouble(scaled.scale());
      long[] counts = scaled.counts();
      double[] values = new double[counts.length];
      for (int k = 0; k < counts.length; k++) {
        values[k] = counts[k] * factor;
      }
      return values;
    }
    if (weights instanceof WeightValues.Rational rational) {
      return rational.weights().toDoubles();
    }
    double[] values = new double[n * n];
    for (WrittenWeight entry : ((WeightValues.Written) weights).entries().values()) {
      values[entry.receiver() * n + entry.sender()] = nearestDouble(entry.value());
    }
    return values;
  }

  /**
   * The double nearest to {@code value}, rounding half to even: exact division when numerator and
   * denominator are doubles themselves, else a decimal long enough to hold every dyadic value a
   * double can take, so that the exact value of a double always converts back to that double.
   */
  static double nearestDouble(BigFraction value) {
    BigInteger numerator = value.getNumerator();
    BigInteger denominator = value.getDenominator();
    if (numerator.abs().bitLength() <= 53 && denominator.bitLength() <= 53) {
      return numerator.doubleValue() / denominator.doubleValue();
    }
    int digits = Math.min(Math.max(40, denominator.bitLength() + 20), 1200);
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), new MathContext(digits, RoundingMode.HALF_EVEN))
        .doubleValue();
  }

  private Optional<NetworkParameters> floating(
      double[] weights, BigFraction[] thresholds, String reason, SourceSpan at) {
    double[] t = new double[thresholds.length];
    for (int u = 0; u < t.length; u++) {
      t[u] = nearestDouble(thresholds[u]);
    }
    if (!allFinite(weights) || !allFinite(t)) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NUMBER_TOO_LARGE,
              at,
              "weights or thresholds of network '"
                  + context.network().text()
                  + "' exceed the range of double-precision numbers",
              "scale the weights and thresholds down: the dynamics only depend on their ratios");
      return Optional.empty();
    }
    context
        .diagnostics()
        .report(
            DiagnosticCode.INEXACT_WEIGHTS,
            at,
            "weights and thresholds of network '"
                + context.network().text()
                + "' are kept as floating point: "
                + reason,
            "a tie between a net input and a threshold is then decided in floating point, not exactly");
    return Optional.of(new FloatingParameters(context.size(), activation, weights, t));
  }

  private static boolean allFinite(double[] values) {
    for (double x : values) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
