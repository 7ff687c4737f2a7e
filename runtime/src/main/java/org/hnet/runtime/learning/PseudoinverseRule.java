package org.hnet.runtime.learning;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pseudo-inverse (projection) rule: for patterns {@code p_1 .. p_m}, the columns of the {@code
 * n x m} matrix {@code X}, the weights are {@code W = X (X^T X)^-1 X^T} with the diagonal then set
 * to zero, because the formalization's Hopfield networks have no self-connections (see {@code
 * docs/CONVENTIONS.md}). {@code W} is the orthogonal projection onto the span of the patterns, so
 * before the diagonal is cleared every pattern satisfies {@code W p = p}.
 *
 * <p>The rule needs linearly independent patterns. In {@linkplain #exactWeights exact mode} it
 * inverts the {@code m x m} Gram matrix {@code G = X^T X} by fraction-free (Bareiss) Gauss-Jordan
 * elimination over integers: every division is exact, the pivots are the leading principal minors
 * of {@code G}, and the last one is {@code det G}, the common denominator before reduction. A zero
 * pivot means the pattern of that row lies in the span of the patterns before it. The {@linkplain
 * #floatingWeights floating mode} uses a Cholesky factorization of {@code G} in double arithmetic.
 *
 * <p>Patterns are collected by {@link #train}; the weights are computed when asked for.
 *
 * <p>Limitations: in floating mode a pattern counts as dependent when the squared distance from the
 * span of the patterns before it is below {@code 1e-9 n}, so nearly dependent patterns may be
 * refused although they are, strictly, independent.
 */
public final class PseudoinverseRule {
  private static final double SINGULAR_TOLERANCE = 1e-9;

  private final int size;
  private final List<int[]> patterns = new ArrayList<>();

  private PseudoinverseRule(int size) {
    this.size = size;
  }

  /** A rule for {@code size} neurons that holds no patterns yet. */
  public static PseudoinverseRule of(int size) {
    return new PseudoinverseRule(BipolarPatterns.checkSize(size));
  }

  /**
   * Adds one pattern.
   *
   * @param bipolarPattern {@code size} values, each -1 or +1
   * @throws IllegalArgumentException if the length or a value is wrong
   */
  public void train(int[] bipolarPattern) {
    BipolarPatterns.check(size, bipolarPattern);
    patterns.add(bipolarPattern.clone());
  }

  /** The number of neurons. */
  public int size() {
    return size;
  }

  /** The number of patterns held. */
  public int patternCount() {
    return patterns.size();
  }

  /**
   * The exact weights, in lowest terms.
   *
   * @throws SingularPatternsException if the patterns are linearly dependent
   */
  public RationalWeights exactWeights() {
    int m = patterns.size();
    Elimination elimination = eliminated();
    BigInteger[][] augmented = elimination.augmented();
    BigInteger det = elimination.det();

    // W = X (det G^-1 X^T) / det, diagonal cleared
    BigInteger[] numerators = new BigInteger[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        numerators[i * size + j] = i == j ? BigInteger.ZERO : exactProduct(augmented, i, m + j);
      }
    }
    return RationalWeights.of(size, det, numerators);
  }

  /**
   * A multiple of the common denominator of the exact weights in lowest terms, found without
   * computing the weights: {@code det G} divided by its gcd with every entry of {@code det(G) G^-1
   * X^T}, since {@code W} times that quotient has integer entries. It costs {@code m^2 (m + n)}
   * operations instead of the {@code n^2 m} of the weights, and is rarely more than a few times the
   * true denominator, so it tells cheaply whether the exact weights can fit 64-bit integers.
   *
   * @throws SingularPatternsException if the patterns are linearly dependent
   */
  public BigInteger denominatorBound() {
    Elimination elimination = eliminated();
    return elimination.det().divide(elimination.commonFactor());
  }

  /**
   * The exact weights computed in 64-bit arithmetic, the same numbers as {@link #exactWeights} in
   * one {@code long} array, or empty when a number on the way does not fit a {@code long}. Only the
   * elimination on the {@code m x (m + n)} matrix uses big integers.
   *
   * @throws SingularPatternsException if the patterns are linearly dependent
   */
  public Optional<LongRationalWeights> exactLongWeights() {
    int m = patterns.size();
    Elimination elimination = eliminated();
    BigInteger[][] augmented = elimination.augmented();
    BigInteger factor = elimination.commonFactor();
    BigInteger bound = elimination.det().divide(factor);
    if (bound.bitLength() > 63) {
      return Optional.empty();
    }
    long[][] solved = new long[m][size];
    for (int a = 0; a < m; a++) {
      for (int j = 0; j < size; j++) {
        BigInteger y = augmented[a][m + j].divide(factor);
        if (y.bitLength() > 63) {
          return Optional.empty();
        }
        solved[a][j] = y.longValue();
      }
    }
    try {
      return Optional.of(longWeights(bound.longValue(), solved));
    } catch (ArithmeticException overflow) {
      return Optional.empty();
    }
  }

  /** W = X Y / bound, diagonal cleared, with Y = bound G^-1 X^T in longs. */
  private LongRationalWeights longWeights(long bound, long[][] solved) {
    long[] numerators = new long[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        if (i != j) {
          long sum = 0;
          for (int a = 0; a < solved.length; a++) {
            long y = solved[a][j];
            sum = patterns.get(a)[i] > 0 ? Math.addExact(sum, y) : Math.subtractExact(sum, y);
          }
          numerators[i * size + j] = sum;
        }
      }
    }
    return LongRationalWeights.reduced(size, bound, numerators);
  }

  /**
   * {@code [G | X^T]} after fraction-free Gauss-Jordan elimination.
   *
   * @param det {@code det G}, 1 without patterns
   * @param augmented {@code [det(G) I | det(G) G^-1 X^T]}
   */
  private record Elimination(BigInteger det, BigInteger[][] augmented) {

    /** The gcd of {@code det G} and every entry of {@code det(G) G^-1 X^T}. */
    BigInteger commonFactor() {
      int m = augmented.length;
      BigInteger gcd = det;
      for (BigInteger[] row : augmented) {
        for (int j = m; j < row.length && !gcd.equals(BigInteger.ONE); j++) {
          gcd = gcd.gcd(row[j]);
        }
      }
      return gcd;
    }
  }

  private Elimination eliminated() {
    int m = patterns.size();
    BigInteger[][] augmented = new BigInteger[m][];
    for (int a = 0; a < m; a++) {
      augmented[a] = exactGramRowAndPattern(a);
    }
    return new Elimination(fractionFreeGaussJordan(augmented), augmented);
  }

  /**
   * The weights as doubles, flat and row-major.
   *
   * @throws SingularPatternsException if the patterns are linearly dependent (see the limitations)
   */
  public double[] floatingWeights() {
    double[][] cholesky = choleskyOfGram();
    double[][] solved = new double[patterns.size()][size];
    for (int j = 0; j < size; j++) {
      solveColumn(cholesky, j, solved);
    }

    // W = X (G^-1 X^T), diagonal cleared
    double[] weights = new double[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        weights[i * size + j] = i == j ? 0.0 : floatingProduct(solved, i, j);
      }
    }
    return weights;
  }

  private BigInteger[] exactGramRowAndPattern(int a) {
    int m = patterns.size();
    BigInteger[] row = new BigInteger[m + size];
    for (int b = 0; b < m; b++) {
      row[b] = BigInteger.valueOf(dot(patterns.get(a), patterns.get(b)));
    }
    for (int j = 0; j < size; j++) {
      row[m + j] = BigInteger.valueOf(patterns.get(a)[j]);
    }
    return row;
  }

  /**
   * Runs fraction-free Gauss-Jordan elimination on the first {@code m} columns in place, without
   * row exchanges (the Gram matrix of independent patterns is positive definite, so its leading
   * minors are positive), and returns the last pivot, {@code det G}.
   */
  private static BigInteger fractionFreeGaussJordan(BigInteger[][] a) {
    BigInteger previous = BigInteger.ONE;
    for (int k = 0; k < a.length; k++) {
      BigInteger pivot = a[k][k];
      if (pivot.signum() == 0) {
        throw new SingularPatternsException(k);
      }
      for (int i = 0; i < a.length; i++) {
        if (i != k) {
          eliminate(a[i], a[k], k, pivot, previous);
        }
      }
      previous = pivot;
    }
    return previous;
  }

  private static void eliminate(
      BigInteger[] row, BigInteger[] pivotRow, int k, BigInteger pivot, BigInteger previous) {
    BigInteger factor = row[k];
    for (int j = 0; j < row.length; j++) {
      // Bareiss: a(i, j) := (a(k, k) a(i, j) - a(i, k) a(k, j)) / previous pivot, exactly
      if (j != k) {
        row[j] = pivot.multiply(row[j]).subtract(factor.multiply(pivotRow[j])).divide(previous);
      }
    }
    row[k] = BigInteger.ZERO;
  }

  private BigInteger exactProduct(BigInteger[][] augmented, int i, int column) {
    BigInteger sum = BigInteger.ZERO;
    for (int a = 0; a < augmented.length; a++) {
      BigInteger y = augmented[a][column];
      sum = patterns.get(a)[i] > 0 ? sum.add(y) : sum.subtract(y);
    }
    return sum;
  }

  private double[][] choleskyOfGram() {
    int m = patterns.size();
    double[][] l = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b <= a; b++) {
        // G(a, b) - sum over c < b of L(a, c) L(b, c)
        double sum = dot(patterns.get(a), patterns.get(b));
        for (int c = 0; c < b; c++) {
          sum -= l[a][c] * l[b][c];
        }
        l[a][b] = a == b ? checkedRoot(sum, a) : sum / l[b][b];
      }
    }
    return l;
  }

  private double checkedRoot(double squaredDistance, int pattern) {
    if (squaredDistance <= SINGULAR_TOLERANCE * size) {
      throw new SingularPatternsException(pattern);
    }
    return Math.sqrt(squaredDistance);
  }

  private void solveColumn(double[][] l, int j, double[][] solved) {
    int m = l.length;
    double[] y = new double[m];

    // L y = X^T e_j, forward
    for (int a = 0; a < m; a++) {
      double sum = patterns.get(a)[j];
      for (int c = 0; c < a; c++) {
        sum -= l[a][c] * y[c];
      }
      y[a] = sum / l[a][a];
    }

    // L^T x = y, backward
    for (int a = m - 1; a >= 0; a--) {
      double sum = y[a];
      for (int c = a + 1; c < m; c++) {
        sum -= l[c][a] * solved[c][j];
      }
      solved[a][j] = sum / l[a][a];
    }
  }

  private double floatingProduct(double[][] solved, int i, int j) {
    double sum = 0;
    for (int a = 0; a < solved.length; a++) {
      sum += patterns.get(a)[i] * solved[a][j];
    }
    return sum;
  }

  private static long dot(int[] p, int[] q) {
    long sum = 0;
    for (int k = 0; k < p.length; k++) {
      sum += (long) p[k] * q[k];
    }
    return sum;
  }
}
