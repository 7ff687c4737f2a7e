package org.hnet.lang.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
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
 * long}. Otherwise the parameters become {@link FloatingParameters} and warning HW001 says that
 * ties are then decided in floating point.
 */
final class ParameterLowering {
  private static final BigInteger LONG_LIMIT = BigInteger.valueOf(Long.MAX_VALUE);

  private final CheckContext context;
  private final Activation activation;
  private final SourceSpan warnAt;

  private ParameterLowering(CheckContext context, Activation activation, SourceSpan warnAt) {
    this.context = context;
    this.activation = activation;
    this.warnAt = warnAt;
  }

  /**
   * The parameters, or empty after reporting numbers beyond even the range of a double.
   *
   * @param warnAt where warning HW001 points: the weights statement or the network's name
   */
  static Optional<NetworkParameters> lower(
      CheckContext context,
      Activation activation,
      WeightValues weights,
      BigFraction[] thresholds,
      SourceSpan warnAt) {
    return new ParameterLowering(context, activation, warnAt).lower(weights, thresholds);
  }

  private Optional<NetworkParameters> lower(WeightValues weights, BigFraction[] thresholds) {
    if (weights instanceof WeightValues.Floating floating) {
      return floating(floating.values(), thresholds, floating.reason());
    }

    // the least common denominator of every weight and threshold
    BigInteger scale = denominator(weights);
    for (BigFraction t : thresholds) {
      scale = lcm(scale, t.getDenominator());
    }
    Optional<long[]> w = scale.bitLength() < 63 ? scaled(weights, scale) : Optional.empty();
    Optional<long[]> t = scale.bitLength() < 63 ? scaled(thresholds, scale) : Optional.empty();
    if (w.isPresent() && t.isPresent() && isBounded(w.get(), t.get())) {
      int n = context.size();
      return Optional.of(
          new ExactParameters(n, activation, scale.longValueExact(), w.get(), t.get()));
    }
    String reason =
        "over their common denominator of "
            + scale.bitLength()
            + " bits the weights and thresholds do not fit 64-bit integers";
    return floating(doubles(weights), thresholds, reason);
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

  private Optional<long[]> scaled(WeightValues weights, BigInteger scale) {
    int n = context.size();
    if (weights instanceof WeightValues.Scaled scaled) {
      return scaledCounts(scaled.counts(), numerator(scaled.scale(), scale));
    }
    long[] numerators = new long[n * n];
    if (weights instanceof WeightValues.Rational rational) {
      BigInteger factor = scale.divide(rational.weights().denominator());
      BigInteger[] exact = rational.weights().numerators();
      for (int k = 0; k < exact.length; k++) {
        BigInteger value = exact[k].multiply(factor);
        if (value.abs().compareTo(LONG_LIMIT) > 0) {
          return Optional.empty();
        }
        numerators[k] = value.longValue();
      }
      return Optional.of(numerators);
    }
    for (WrittenWeight entry : ((WeightValues.Written) weights).entries().values()) {
      BigInteger value = numerator(entry.value(), scale);
      if (value.abs().compareTo(LONG_LIMIT) > 0) {
        return Optional.empty();
      }
      numerators[entry.receiver() * n + entry.sender()] = value.longValue();
    }
    return Optional.of(numerators);
  }

  /** Hebbian counts times the scale's numerator over the common denominator (shared when 1). */
  private static Optional<long[]> scaledCounts(long[] counts, BigInteger factor) {
    long largest = 0;
    for (long count : counts) {
      largest = Math.max(largest, Math.abs(count));
    }
    if (factor.abs().multiply(BigInteger.valueOf(largest)).compareTo(LONG_LIMIT) > 0) {
      return Optional.empty();
    }
    long f = factor.longValueExact();
    if (f == 1) {
      return Optional.of(counts);
    }
    long[] numerators = counts.clone();
    for (int k = 0; k < numerators.length; k++) {
      numerators[k] *= f;
    }
    return Optional.of(numerators);
  }

  private static Optional<long[]> scaled(BigFraction[] values, BigInteger scale) {
    long[] numerators = new long[values.length];
    for (int k = 0; k < values.length; k++) {
      BigInteger value = numerator(values[k], scale);
      if (value.abs().compareTo(LONG_LIMIT) > 0) {
        return Optional.empty();
      }
      numerators[k] = value.longValue();
    }
    return Optional.of(numerators);
  }

  /** The numerator of {@code value} over {@code scale}, which its denominator divides. */
  private static BigInteger numerator(BigFraction value, BigInteger scale) {
    return value.getNumerator().multiply(scale.divide(value.getDenominator()));
  }

  private boolean isBounded(long[] weights, long[] thresholds) {
    try {
      ExactParameters.magnitudeBound(context.size(), weights, thresholds);
      return true;
    } catch (ArithmeticException overflow) {
      return false;
    }
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
      double[] weights, BigFraction[] thresholds, String reason) {
    double[] t = new double[thresholds.length];
    for (int u = 0; u < t.length; u++) {
      t[u] = nearestDouble(thresholds[u]);
    }
    if (!allFinite(weights) || !allFinite(t)) {
      context
          .diagnostics()
          .report(
              DiagnosticCode.NUMBER_TOO_LARGE,
              warnAt,
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
            warnAt,
            "weights of network '"
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
