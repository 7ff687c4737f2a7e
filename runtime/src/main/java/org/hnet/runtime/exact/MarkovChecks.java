package org.hnet.runtime.exact;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * The measurements behind a {@link StationarityCertificate}, on any {@link SparseKernel} and
 * distribution {@code pi} over its states.
 */
final class MarkovChecks {

  /** Chains with at most this many states get a dense eigen-solver; larger ones Lanczos. */
  static final int DENSE_LIMIT = 256;

  /** The most states a spectral gap is computed for (Lanczos keeps its vectors). */
  static final int SPECTRAL_LIMIT = 1 << 16;

  /** The most Lanczos steps. */
  static final int LANCZOS_STEPS = 150;

  private final SparseKernel kernel;
  private final int count;
  private final int[] targets;
  private final double[] probabilities;

  MarkovChecks(SparseKernel kernel) {
    this.kernel = kernel;
    this.count = kernel.stateCount();
    this.targets = new int[kernel.maxRowLength()];
    this.probabilities = new double[kernel.maxRowLength()];
  }

  /** The largest {@code |sum over t of P(s, t) - 1|}. */
  double rowSumError() {
    double worst = 0;
    CompensatedSum sum = new CompensatedSum();
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      sum.reset();
      for (int k = 0; k < length; k++) {
        sum.add(probabilities[k]);
      }
      worst = Math.max(worst, Math.abs(sum.value() - 1));
    }
    return worst;
  }

  /** The row vector {@code pi P}, each entry a compensated sum. */
  double[] leftProduct(double[] pi) {
    CompensatedSum[] sums = new CompensatedSum[count];
    for (int t = 0; t < count; t++) {
      sums[t] = new CompensatedSum();
    }
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        sums[targets[k]].add(pi[s] * probabilities[k]);
      }
    }
    double[] product = new double[count];
    for (int t = 0; t < count; t++) {
      product[t] = sums[t].value();
    }
    return product;
  }

  /** The largest {@code |(pi P)(t) - pi(t)|}. */
  double stationarityError(double[] pi) {
    double[] product = leftProduct(pi);
    double worst = 0;
    for (int t = 0; t < count; t++) {
      worst = Math.max(worst, Math.abs(product[t] - pi[t]));
    }
    return worst;
  }

  /** The largest {@code |pi(s) P(s, t) - pi(t) P(t, s)|} over the nonzero entries. */
  double detailedBalanceResidual(double[] pi) {
    double worst = 0;
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        int t = targets[k];
        double forward = pi[s] * probabilities[k];
        double backward = pi[t] * kernel.entry(t, s);
        worst = Math.max(worst, Math.abs(forward - backward));
      }
    }
    return worst;
  }

  /** Whether every state reaches every other through positive entries (both ways from state 0). */
  boolean isIrreducible() {
    int[][] reverse = reverseGraph();
    return reachesAll(forwardLevels()) && reachesAll(reverseLevels(reverse));
  }

  private static boolean reachesAll(int[] levels) {
    for (int level : levels) {
      if (level < 0) {
        return false;
      }
    }
    return true;
  }

  /** Breadth-first levels from state 0 along positive entries; -1 where not reached. */
  int[] forwardLevels() {
    int[] levels = new int[count];
    java.util.Arrays.fill(levels, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    levels[0] = 0;
    queue.add(0);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        if (probabilities[k] > 0 && levels[targets[k]] < 0) {
          levels[targets[k]] = levels[s] + 1;
          queue.add(targets[k]);
        }
      }
    }
    return levels;
  }

  /** For each state the states with a positive entry into it. */
  private int[][] reverseGraph() {
    int[] degree = new int[count];
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        degree[targets[k]] += probabilities[k] > 0 ? 1 : 0;
      }
    }
    int[][] reverse = new int[count][];
    for (int t = 0; t < count; t++) {
      reverse[t] = new int[degree[t]];
      degree[t] = 0;
    }
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        if (probabilities[k] > 0) {
          reverse[targets[k]][degree[targets[k]]++] = s;
        }
      }
    }
    return reverse;
  }

  private int[] reverseLevels(int[][] reverse) {
    int[] levels = new int[count];
    java.util.Arrays.fill(levels, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    levels[0] = 0;
    queue.add(0);
    while (!queue.isEmpty()) {
      int t = queue.poll();
      for (int s : reverse[t]) {
        if (levels[s] < 0) {
          levels[s] = levels[t] + 1;
          queue.add(s);
        }
      }
    }
    return levels;
  }

  /**
   * The period of the class of state 0: the greatest common divisor of {@code level(s) + 1 -
   * level(t)} over the positive entries {@code s -> t} between reached states, with breadth-first
   * levels from state 0. A positive diagonal entry makes it 1.
   */
  int period() {
    int[] levels = forwardLevels();
    int period = 0;
    for (int s = 0; s < count; s++) {
      if (levels[s] < 0) {
        continue;
      }
      int length = kernel.row(s, targets, probabilities);
      for (int k = 0; k < length; k++) {
        if (probabilities[k] > 0) {
          period = gcd(period, Math.abs(levels[s] + 1 - levels[targets[k]]));
        }
      }
    }
    return period;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** {@code y = S x} with {@code S(s, t) = sqrt(pi(s)) P(s, t) / sqrt(pi(t))}. */
  void symmetrizedProduct(double[] sqrtPi, double[] x, double[] y) {
    for (int s = 0; s < count; s++) {
      int length = kernel.row(s, targets, probabilities);
      double sum = 0;
      for (int k = 0; k < length; k++) {
        sum += probabilities[k] * x[targets[k]] / sqrtPi[targets[k]];
      }
      y[s] = sqrtPi[s] * sum;
    }
  }

  /** The spectral gap of the reversible chain, dense or by Lanczos by the number of states. */
  SpectralGap spectralGap(double[] pi) {
    return spectralGap(pi, count <= DENSE_LIMIT);
  }

  /** The spectral gap of the reversible chain by the dense solver or by Lanczos. */
  SpectralGap spectralGap(double[] pi, boolean dense) {
    double[] sqrtPi = new double[count];
    for (int s = 0; s < count; s++) {
      if (!(pi[s] > 0)) {
        return SpectralGap.notComputed(
            "pi(" + s + ") = " + pi[s] + " is not positive (underflow at this beta)");
      }
      sqrtPi[s] = Math.sqrt(pi[s]);
    }
    if (count == 1) {
      return SpectralGap.of("single state", 0, 0, 0, 0);
    }
    return dense ? denseGap(sqrtPi) : lanczosGap(sqrtPi);
  }

  private SpectralGap denseGap(double[] sqrtPi) {
    double[][] s = new double[count][count];
    double[] unit = new double[count];
    double[] column = new double[count];
    for (int t = 0; t < count; t++) {
      unit[t] = 1;
      symmetrizedProduct(sqrtPi, unit, column);
      unit[t] = 0;
      for (int r = 0; r < count; r++) {
        s[r][t] = column[r];
      }
    }

    // average with the transpose: S is symmetric up to the detailed-balance residual
    for (int r = 0; r < count; r++) {
      for (int t = r + 1; t < count; t++) {
        double mean = (s[r][t] + s[t][r]) / 2;
        s[r][t] = mean;
        s[t][r] = mean;
      }
    }
    SymmetricEigen.Result eigen = SymmetricEigen.of(s, false);
    double[] values = eigen.values().clone();
    java.util.Arrays.sort(values);
    return SpectralGap.of(
        "dense Jacobi", values[count - 2], values[0], eigen.offNorm(), eigen.sweeps());
  }

  /**
   * Lanczos on {@code S} restricted to the complement of its top eigenvector {@code sqrt(pi)}
   * (eigenvalue 1), with full reorthogonalization; the extreme Ritz values estimate {@code
   * lambda_2} and {@code lambda_min}.
   */
  private SpectralGap lanczosGap(double[] sqrtPi) {
    int steps = Math.min(LANCZOS_STEPS, count - 1);
    double[] top = normalized(sqrtPi.clone());
    double[][] basis = new double[steps + 1][];
    double[] alpha = new double[steps];
    double[] beta = new double[steps];
    basis[0] = normalized(orthogonalized(randomVector(), top, basis, 0));
    double[] w = new double[count];
    int m = 0;
    while (m < steps) {
      symmetrizedProduct(sqrtPi, basis[m], w);
      alpha[m] = dot(basis[m], w);
      orthogonalized(orthogonalized(w, top, basis, m + 1), top, basis, m + 1);
      beta[m] = Math.sqrt(dot(w, w));
      m++;
      if (beta[m - 1] < 1e-13 || m == steps) {
        break;
      }
      basis[m] = normalized(w.clone());
    }
    return ritzGap(alpha, beta, m);
  }

  private static SpectralGap ritzGap(double[] alpha, double[] beta, int m) {
    double[][] t = new double[m][m];
    for (int i = 0; i < m; i++) {
      t[i][i] = alpha[i];
      if (i + 1 < m) {
        t[i][i + 1] = beta[i];
        t[i + 1][i] = beta[i];
      }
    }
    SymmetricEigen.Result eigen = SymmetricEigen.of(t, true);
    int largest = 0;
    int smallest = 0;
    for (int i = 1; i < m; i++) {
      largest = eigen.values()[i] > eigen.values()[largest] ? i : largest;
      smallest = eigen.values()[i] < eigen.values()[smallest] ? i : smallest;
    }

    // residual of a Ritz pair: |beta_m| |last component of its eigenvector of T|
    double last = beta[m - 1];
    double bound =
        Math.max(
                Math.abs(last * eigen.vectors()[m - 1][largest]),
                Math.abs(last * eigen.vectors()[m - 1][smallest]))
            + eigen.offNorm();
    return SpectralGap.of("Lanczos", eigen.values()[largest], eigen.values()[smallest], bound, m);
  }

  /** {@code w} minus its components along {@code top} and the first {@code k} basis vectors. */
  private static double[] orthogonalized(double[] w, double[] top, double[][] basis, int k) {
    subtractProjection(w, top);
    for (int i = 0; i < k; i++) {
      subtractProjection(w, basis[i]);
    }
    return w;
  }

  private static void subtractProjection(double[] w, double[] unit) {
    double c = dot(w, unit);
    for (int i = 0; i < w.length; i++) {
      w[i] -= c * unit[i];
    }
  }

  private double[] randomVector() {
    SplittableRandom random = new SplittableRandom(count);
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = random.nextDouble() - 0.5;
    }
    return v;
  }

  private static double[] normalized(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
