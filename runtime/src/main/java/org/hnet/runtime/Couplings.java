package org.hnet.runtime;

/**
 * How {@link ReferenceNetwork} computes net inputs from scratch for each kind of {@link
 * NetworkParameters}: dense exact, sparse exact, or floating.
 */
abstract sealed class Couplings {

  /** The couplings of {@code parameters}, copied once. */
  static Couplings of(NetworkParameters parameters) {
    if (parameters instanceof ExactParameters exact) {
      return new Dense(exact);
    }
    if (parameters instanceof SparseParameters sparse) {
      return new Sparse(sparse);
    }
    return new Floating((FloatingParameters) parameters);
  }

  /** Whether net inputs are exact integers over a scale. */
  abstract boolean isExact();

  /** The common denominator; 1 for floating couplings. */
  abstract long scale();

  /** {@code scale * net(u)}, exactly; only for exact couplings. */
  abstract long scaledNet(int u, int[] state);

  /** {@code scale * threshold(u)}; only for exact couplings. */
  abstract long scaledThreshold(int u);

  /** {@code net(u)} in floating point. */
  abstract double net(int u, int[] state);

  /** {@code threshold(u)} in floating point. */
  abstract double threshold(int u);

  /** Exact couplings: net inputs in {@code long}, as doubles divided by the scale. */
  abstract static sealed class Exact extends Couplings {

    private final long scale;
    private final long[] thresholds;

    Exact(long scale, long[] thresholds) {
      this.scale = scale;
      this.thresholds = thresholds;
    }

    @Override
    final boolean isExact() {
      return true;
    }

    @Override
    final long scale() {
      return scale;
    }

    @Override
    final long scaledThreshold(int u) {
      return thresholds[u];
    }

    @Override
    final double net(int u, int[] state) {
      return (double) scaledNet(u, state) / scale;
    }

    @Override
    final double threshold(int u) {
      return (double) thresholds[u] / scale;
    }
  }

  /** A full weight matrix, row = receiver. */
  static final class Dense extends Exact {

    private final int size;
    private final long[] weights;

    Dense(ExactParameters parameters) {
      super(parameters.scale(), parameters.thresholds());
      this.size = parameters.size();
      this.weights = parameters.weights();
    }

    @Override
    long scaledNet(int u, int[] state) {
      // scale * net(u) = sum over v != u of (scale * w(u, v)) s(v); bounded by ExactParameters
      long net = 0;
      int row = u * size;
      for (int v = 0; v < size; v++) {
        if (v != u) {
          net += weights[row + v] * state[v];
        }
      }
      return net;
    }
  }

  /** Compressed rows: only the stored weights of each receiver. */
  static final class Sparse extends Exact {

    private final int[] rowStarts;
    private final int[] senders;
    private final long[] weights;

    Sparse(SparseParameters parameters) {
      super(parameters.scale(), parameters.thresholds());
      this.rowStarts = parameters.rowStarts();
      this.senders = parameters.senders();
      this.weights = parameters.weights();
    }

    @Override
    long scaledNet(int u, int[] state) {
      // scale * net(u) over the stored senders of u, which never include u itself
      long net = 0;
      for (int k = rowStarts[u]; k < rowStarts[u + 1]; k++) {
        net += weights[k] * state[senders[k]];
      }
      return net;
    }
  }

  /** Double weights and thresholds. */
  static final class Floating extends Couplings {

    private final int size;
    private final double[] weights;
    private final double[] thresholds;

    Floating(FloatingParameters parameters) {
      this.size = parameters.size();
      this.weights = parameters.weights();
      this.thresholds = parameters.thresholds();
    }

    @Override
    boolean isExact() {
      return false;
    }

    @Override
    long scale() {
      return 1;
    }

    @Override
    long scaledNet(int u, int[] state) {
      throw new IllegalStateException("floating-point couplings have no exact net input");
    }

    @Override
    long scaledThreshold(int u) {
      throw new IllegalStateException("floating-point couplings have no exact threshold");
    }

    @Override
    double net(int u, int[] state) {
      // net(u) = sum over v != u of w(u, v) s(v)
      double net = 0;
      int row = u * size;
      for (int v = 0; v < size; v++) {
        if (v != u) {
          net += weights[row + v] * state[v];
        }
      }
      return net;
    }

    @Override
    double threshold(int u) {
      return thresholds[u];
    }
  }
}
