package org.hnet.runtime.exact;

import java.util.Arrays;
import java.util.Objects;

/**
 * The systematic-scan Gibbs kernel: one sweep that resamples the neurons of a fixed order one after
 * the other (the formalization's {@code gibbsSweep}, head first), as the product {@code P = K_1 K_2
 * ... K_m} of single-neuron kernels. Each {@code K_u} has two nonzero entries per row ({@code s}
 * and {@code s} with {@code u} flipped), so the product is never formed: it is applied to vectors,
 * costing {@code O(m 2^f)} per application. A clamped neuron in the order is the identity.
 *
 * <p>The sweep keeps the Boltzmann distribution (each {@code K_u} does), but unlike the random scan
 * it is not reversible in general: detailed balance holds for each {@code K_u}, not for the
 * product.
 */
public final class SystematicScanKernel {

  private final SiteMoves moves;
  private final int[] order;

  private SystematicScanKernel(SiteMoves moves, int[] order) {
    this.moves = moves;
    this.order = order;
  }

  /** A sweep over the neurons in index order at {@code beta} in {@code [0, +infinity]}. */
  public static SystematicScanKernel gibbs(Enumeration states, double beta) {
    int[] order = new int[states.size()];
    Arrays.setAll(order, u -> u);
    return gibbs(states, beta, order);
  }

  /** A sweep over the neurons in the given order, head first. */
  public static SystematicScanKernel gibbs(Enumeration states, double beta, int[] order) {
    for (int u : order) {
      Objects.checkIndex(u, states.size());
    }
    return new SystematicScanKernel(
        new SiteMoves(states, beta, SiteMoves.Rule.GIBBS), order.clone());
  }

  /** The number of states. */
  public int stateCount() {
    return moves.states().stateCount();
  }

  /** The distribution after one sweep from distribution {@code v}: the row vector {@code v P}. */
  public double[] applyLeft(double[] v) {
    double[] current = checkedCopy(v);
    double[] next = new double[current.length];
    for (int u : order) {
      int j = freeBit(u);
      if (j < 0) {
        continue;
      }

      // (v K_u)(t) = v(t) stay(t, u) + v(t with u flipped) flip(t with u flipped, u)
      for (int t = 0; t < current.length; t++) {
        int s = t ^ (1 << j);
        next[t] = current[t] * moves.stay(t, j) + current[s] * moves.flip(s, j);
      }
      double[] swap = current;
      current = next;
      next = swap;
    }
    return current;
  }

  /** The expected value after one sweep of a function {@code f} of the state: {@code P f}. */
  public double[] applyRight(double[] f) {
    double[] current = checkedCopy(f);
    double[] next = new double[current.length];
    for (int k = order.length - 1; k >= 0; k--) {
      int j = freeBit(order[k]);
      if (j < 0) {
        continue;
      }

      // (K_u f)(s) = stay(s, u) f(s) + flip(s, u) f(s with u flipped)
      for (int s = 0; s < current.length; s++) {
        next[s] = moves.stay(s, j) * current[s] + moves.flip(s, j) * current[s ^ (1 << j)];
      }
      double[] swap = current;
      current = next;
      next = swap;
    }
    return current;
  }

  /**
   * Checks that the sweep is a stochastic matrix keeping {@code pi}: the largest {@code |(P 1)(s) -
   * 1|} (row sums) and the largest {@code |(pi P)(t) - pi(t)|}, each against {@code tolerance}.
   */
  public SweepCertificate certificate(double[] pi, double tolerance) {
    double[] ones = new double[stateCount()];
    Arrays.fill(ones, 1.0);
    double[] rowSums = applyRight(ones);
    double[] moved = applyLeft(pi);
    double rowSumError = 0;
    double stationarityError = 0;
    for (int s = 0; s < rowSums.length; s++) {
      rowSumError = Math.max(rowSumError, Math.abs(rowSums[s] - 1));
      stationarityError = Math.max(stationarityError, Math.abs(moved[s] - pi[s]));
    }
    return new SweepCertificate(
        "systematic-scan Gibbs",
        stateCount(),
        rowSumError,
        stationarityError,
        tolerance,
        rowSumError <= tolerance && stationarityError <= tolerance);
  }

  /** The bit of {@code neuron} in a compact index, or -1 if it is clamped. */
  private int freeBit(int neuron) {
    Enumeration states = moves.states();
    for (int j = 0; j < states.freeCount(); j++) {
      if (states.freeNeuron(j) == neuron) {
        return j;
      }
    }
    return -1;
  }

  private double[] checkedCopy(double[] v) {
    if (v.length != stateCount()) {
      throw new IllegalArgumentException(
          "expected a vector over " + stateCount() + " states, got " + v.length + " entries");
    }
    return v.clone();
  }
}
