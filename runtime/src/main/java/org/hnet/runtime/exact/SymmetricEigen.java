package org.hnet.runtime.exact;

/**
 * Eigenvalues (and optionally eigenvectors) of a small dense symmetric matrix by the cyclic Jacobi
 * method: plane rotations zero the off-diagonal entries one at a time, sweep after sweep, until
 * their norm is negligible. Slow ({@code O(n^3)} per sweep) but simple and accurate; used for small
 * chains and for the tridiagonal matrices of the Lanczos method.
 *
 * <p>By Weyl's inequality each diagonal entry left at the end lies within the remaining
 * off-diagonal Frobenius norm, {@link Result#offNorm()}, of an eigenvalue.
 */
final class SymmetricEigen {

  private static final int MAX_SWEEPS = 100;

  /**
   * The outcome.
   *
   * @param values the eigenvalues, unsorted (the final diagonal)
   * @param vectors the eigenvectors as columns ({@code vectors[k][i]} is component {@code k} of
   *     vector {@code i}), or null when not asked for
   * @param offNorm the off-diagonal Frobenius norm left
   * @param sweeps the sweeps made
   */
  record Result(double[] values, double[][] vectors, double offNorm, int sweeps) {}

  private SymmetricEigen() {}

  /** Diagonalizes a copy of the symmetric matrix {@code matrix}. */
  static Result of(double[][] matrix, boolean withVectors) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
    }
    double[][] v = withVectors ? identity(n) : null;
    double scale = Math.max(frobenius(a), Double.MIN_NORMAL);
    int sweeps = 0;
    double off = offNorm(a);
    while (off > 1e-15 * scale && sweeps < MAX_SWEEPS) {
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          rotate(a, v, p, q);
        }
      }
      sweeps++;
      off = offNorm(a);
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return new Result(values, v, off, sweeps);
  }

  /** One rotation in the (p, q) plane that zeroes a[p][q]: A := J^T A J, V := V J. */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    double apq = a[p][q];
    if (apq == 0) {
      return;
    }

    // cot(2 phi) = (a_qq - a_pp) / (2 a_pq); t = tan(phi), the smaller root
    double theta = (a[q][q] - a[p][p]) / (2 * apq);
    double t =
        Math.abs(theta) > 1e150
            ? 0.5 / theta
            : Math.signum(theta == 0 ? 1 : theta)
                / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;

    int n = a.length;
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    a[p][q] = 0;
    a[q][p] = 0;
    if (v != null) {
      for (int k = 0; k < n; k++) {
        double vkp = v[k][p];
        double vkq = v[k][q];
        v[k][p] = c * vkp - s * vkq;
        v[k][q] = s * vkp + c * vkq;
      }
    }
  }

  private static double offNorm(double[][] a) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        if (i != j) {
          sum += a[i][j] * a[i][j];
        }
      }
    }
    return Math.sqrt(sum);
  }

  private static double frobenius(double[][] a) {
    double sum = 0;
    for (double[] row : a) {
      for (double x : row) {
        sum += x * x;
      }
    }
    return Math.sqrt(sum);
  }

  private static double[][] identity(int n) {
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1;
    }
    return identity;
  }
}
