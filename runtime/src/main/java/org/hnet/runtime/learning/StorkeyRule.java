package org.hnet.runtime.learning;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Storkey's incremental learning rule (A. Storkey, "Increasing the capacity of a Hopfield network
 * without sacrificing functionality", ICANN 1997). For each new bipolar pattern {@code p}, every
 * weight with {@code i != j} changes by
 *
 * <pre>
 *   w(i, j) += (p_i p_j - p_i h(j, i) - h(i, j) p_j) / n,   h(i, j) = sum over k != i, j of w(i, k) p_k
 * </pre>
 *
 * <p>where the local fields {@code h} are those of the weights before the pattern; the diagonal
 * stays zero. The weights stay symmetric.
 *
 * <p>In {@linkplain #exact exact mode} the weights are rationals over a common denominator, reduced
 * after every pattern; the denominator can grow by a factor of {@code n} per pattern (64 neurons
 * and 10 patterns give 2^49). In {@linkplain #floating floating mode} the same update runs in
 * double arithmetic, for models whose exact numbers would be too large to use.
 */
public final class StorkeyRule {
  private final int size;
  private final boolean exact;
  private RationalWeights rational;
  private final double[] values;
  private int patternCount;

  private StorkeyRule(int size, boolean exact) {
    this.size = size;
    this.exact = exact;
    BigInteger[] zeros = new BigInteger[exact ? size * size : 0];
    Arrays.fill(zeros, BigInteger.ZERO);
    this.rational = exact ? new RationalWeights(size, BigInteger.ONE, zeros) : null;
    this.values = exact ? null : new double[size * size];
  }

  /** A rule for {@code size} neurons computing exact rational weights. */
  public static StorkeyRule exact(int size) {
    return new StorkeyRule(BipolarPatterns.checkSize(size), true);
  }

  /** A rule for {@code size} neurons computing double weights. */
  public static StorkeyRule floating(int size) {
    return new StorkeyRule(BipolarPatterns.checkSize(size), false);
  }

  /**
   * The double weights learned from {@code bipolarPatterns}, in an array no rule keeps: the same as
   * {@link #floating}, a {@link #train} per pattern and {@link #weights()}, without the copy.
   *
   * @throws IllegalArgumentException if {@code size} or a pattern is invalid
   */
  public static double[] floatingWeightsOf(int size, Iterable<int[]> bipolarPatterns) {
    StorkeyRule rule = floating(size);
    bipolarPatterns.forEach(rule::train);
    return rule.values;
  }

  /**
   * The exact weights learned from {@code bipolarPatterns}, computed in 64-bit arithmetic: the same
   * numbers as {@link #exact} gives, in lowest terms, in one {@code long} array, or empty as soon
   * as a number on the way does not fit a {@code long} (then {@link #exact} can still compute them,
   * at the cost of a {@code BigInteger} per weight).
   *
   * @throws IllegalArgumentException if {@code size} or a pattern is invalid
   */
  public static Optional<LongRationalWeights> exactLongWeights(
      int size, Iterable<int[]> bipolarPatterns) {
    BipolarPatterns.checkSize(size);
    LongRationalWeights weights = new LongRationalWeights(size, 1, new long[size * size]);
    try {
      for (int[] p : bipolarPatterns) {
        BipolarPatterns.check(size, p);
        weights = longStep(weights, p);
      }
      return Optional.of(weights);
    } catch (ArithmeticException overflow) {
      return Optional.empty();
    }
  }

  /** One pattern in 64-bit arithmetic, in place: the numerators of {@link #exactStep}. */
  private static LongRationalWeights longStep(LongRationalWeights old, int[] p) {
    int n = old.size();
    long d = old.denominator();
    long[] w = old.numerators();

    // d S_i = sum over k of d w(i, k) p_k, from the weights before this pattern
    long[] fields = new long[n];
    for (int i = 0; i < n; i++) {
      long sum = 0;
      for (int k = 0; k < n; k++) {
        sum = Math.addExact(sum, signed(w[i * n + k], p[k]));
      }
      fields[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        long ij = longEntry(w, fields, d, n, p, i, j);
        long ji = longEntry(w, fields, d, n, p, j, i);
        w[i * n + j] = ij;
        w[j * n + i] = ji;
      }
    }

    // every numerator above is over n * d
    return LongRationalWeights.reduced(n, Math.multiplyExact(d, (long) n), w);
  }

  private static long longEntry(long[] w, long[] fields, long d, int n, int[] p, int i, int j) {
    // d h(i, j) = d S_i - d w(i, j) p_j
    long hij = Math.subtractExact(fields[i], signed(w[i * n + j], p[j]));
    long hji = Math.subtractExact(fields[j], signed(w[j * n + i], p[i]));

    // n d w'(i, j) = n d w(i, j) + d p_i p_j - p_i d h(j, i) - d h(i, j) p_j
    long value = Math.multiplyExact((long) n, w[i * n + j]);
    value = Math.addExact(value, signed(d, p[i] * p[j]));
    value = Math.subtractExact(value, signed(hji, p[i]));
    value = Math.subtractExact(value, signed(hij, p[j]));
    if (value == Long.MIN_VALUE) {
      throw new ArithmeticException("a numerator reached -2^63, which has no opposite");
    }
    return value;
  }

  /** {@code x} times the sign {@code sign} (1 or -1), refusing the one product that overflows. */
  private static long signed(long x, int sign) {
    return sign > 0 ? x : Math.negateExact(x);
  }

  /**
   * Adds one pattern.
   *
   * @param bipolarPattern {@code size} values, each -1 or +1
   * @throws IllegalArgumentException if the length or a value is wrong
   */
  public void train(int[] bipolarPattern) {
    BipolarPatterns.check(size, bipolarPattern);
    if (exact) {
      rational = exactStep(rational, bipolarPattern);
    } else {
      floatingStep(bipolarPattern);
    }
    patternCount++;
  }

  /** The number of neurons. */
  public int size() {
    return size;
  }

  /** The number of patterns learned so far. */
  public int patternCount() {
    return patternCount;
  }

  /** Whether the rule computes exact rational weights. */
  public boolean isExact() {
    return exact;
  }

  /**
   * The exact weights, in lowest terms.
   *
   * @throws IllegalStateException in floating mode
   */
  public RationalWeights exactWeights() {
    if (!exact) {
      throw new IllegalStateException("a floating Storkey rule has no exact weights");
    }
    return rational;
  }

  /** The weights as doubles, flat and row-major; in exact mode, the exact weights rounded. */
  public double[] weights() {
    return exact ? rational.toDoubles() : values.clone();
  }

  private RationalWeights exactStep(RationalWeights old, int[] p) {
    BigInteger d = old.denominator();
    BigInteger[] w = old.numerators();
    BigInteger[] fields = exactRowFields(w, p);
    BigInteger[] next = new BigInteger[size * size];
    BigInteger n = BigInteger.valueOf(size);
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        next[i * size + j] = i == j ? BigInteger.ZERO : exactEntry(w, fields, d, n, p, i, j);
      }
    }

    // every numerator above is over n * d
    return RationalWeights.of(size, n.multiply(d), next);
  }

  private BigInteger exactEntry(
      BigInteger[] w, BigInteger[] fields, BigInteger d, BigInteger n, int[] p, int i, int j) {
    // d h(i, j) = S_i - w(i, j) p_j, where S_i = sum over k of w(i, k) p_k and w(i, i) = 0
    BigInteger hij = fields[i].subtract(times(w[i * size + j], p[j]));
    BigInteger hji = fields[j].subtract(times(w[j * size + i], p[i]));

    // n d w'(i, j) = n d w(i, j) + d p_i p_j - p_i d h(j, i) - d h(i, j) p_j
    return n.multiply(w[i * size + j])
        .add(times(d, p[i] * p[j]))
        .subtract(times(hji, p[i]))
        .subtract(times(hij, p[j]));
  }

  private BigInteger[] exactRowFields(BigInteger[] w, int[] p) {
    BigInteger[] fields = new BigInteger[size];
    for (int i = 0; i < size; i++) {
      BigInteger sum = BigInteger.ZERO;
      for (int k = 0; k < size; k++) {
        sum = sum.add(times(w[i * size + k], p[k]));
      }
      fields[i] = sum;
    }
    return fields;
  }

  private static BigInteger times(BigInteger x, int sign) {
    return sign > 0 ? x : x.negate();
  }

  private void floatingStep(int[] p) {
    double[] fields = floatingRowFields(p);
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        // h(i, j) = S_i - w(i, j) p_j, from the weights before this pattern
        double hij = fields[i] - values[i * size + j] * p[j];
        double hji = fields[j] - values[j * size + i] * p[i];

        // w(i, j) += (p_i p_j - p_i h(j, i) - h(i, j) p_j) / n, and symmetrically
        values[i * size + j] += (p[i] * p[j] - p[i] * hji - hij * p[j]) / size;
        values[j * size + i] += (p[j] * p[i] - p[j] * hij - hji * p[i]) / size;
      }
    }
  }

  private double[] floatingRowFields(int[] p) {
    double[] fields = new double[size];
    for (int i = 0; i < size; i++) {
      double sum = 0;
      for (int k = 0; k < size; k++) {
        sum += values[i * size + k] * p[k];
      }
      fields[i] = sum;
    }
    return fields;
  }
}
