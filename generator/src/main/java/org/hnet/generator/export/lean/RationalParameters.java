package org.hnet.generator.export.lean;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;

/**
 * Weights and thresholds as exact rationals, with the two changes a Boltzmann export makes to them:
 * folding clamped neurons into the thresholds of the free ones, and writing a binary network in
 * bipolar coding.
 *
 * @param activation the values neurons take
 * @param weights {@code weights[u][v]}, the weight into u from v
 * @param thresholds one per neuron
 */
record RationalParameters(
    Activation activation, BigFraction[][] weights, BigFraction[] thresholds) {

  /** The parameters of {@code network}. */
  static RationalParameters of(Network network) {
    int n = network.size();
    BigFraction[][] w = new BigFraction[n][n];
    BigFraction[] t = new BigFraction[n];
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        w[u][v] = network.weight(u, v);
      }
      t[u] = network.threshold(u);
    }
    return new RationalParameters(network.activation(), w, t);
  }

  /** The number of neurons. */
  int size() {
    return thresholds.length;
  }

  /**
   * The network of the free neurons when {@code clamps} hold the others: the weights among the free
   * neurons, and the thresholds {@code θ'(u) = θ(u) - Σ_c w(u, c) s(c)}, since a clamped neuron's
   * input to u is a constant part of u's net input. The free neurons then have the same conditional
   * distributions and the same deterministic updates as in the clamped network, and every energy
   * differs from the clamped network's by one constant.
   *
   * @param free the free neurons, in increasing order
   */
  RationalParameters free(int[] free, List<Clamp> clamps) {
    BigFraction[][] w = new BigFraction[free.length][free.length];
    BigFraction[] t = new BigFraction[free.length];
    for (int i = 0; i < free.length; i++) {
      for (int j = 0; j < free.length; j++) {
        w[i][j] = weights[free[i]][free[j]];
      }

      // θ'(u) = θ(u) - Σ over clamped c of w(u, c) s(c)
      BigFraction threshold = thresholds[free[i]];
      for (Clamp clamp : clamps) {
        threshold = threshold.subtract(weights[free[i]][clamp.neuron()].multiply(clamp.value()));
      }
      t[i] = threshold;
    }
    return new RationalParameters(activation, w, t);
  }

  /**
   * The same network in bipolar coding, {@code s = 2b - 1}: {@code W' = W / 4} and {@code θ'(u) =
   * θ(u) / 2 - (Σ_v w(u, v)) / 4}. Then {@code E_binary(b) = E_bipolar(s) + offset()}, and the
   * bipolar Gibbs update {@code σ(2β(net' - θ'))} equals the binary one {@code σ(β(net - θ))},
   * because {@code net' - θ' = (net - θ) / 2}: the two have the same Boltzmann distribution and the
   * same random-scan kernel, state by state. A bipolar network is its own image.
   */
  RationalParameters bipolar() {
    if (activation == Activation.BIPOLAR) {
      return this;
    }
    int n = size();
    BigFraction quarter = new BigFraction(1, 4);
    BigFraction[][] w = new BigFraction[n][n];
    BigFraction[] t = new BigFraction[n];
    for (int u = 0; u < n; u++) {
      BigFraction row = BigFraction.ZERO;
      for (int v = 0; v < n; v++) {
        w[u][v] = weights[u][v].multiply(quarter);
        row = row.add(weights[u][v]);
      }
      t[u] = thresholds[u].divide(2).subtract(row.multiply(quarter));
    }
    return new RationalParameters(Activation.BIPOLAR, w, t);
  }

  /**
   * The constant {@code c} with {@code E_binary(b) = E_bipolar(2b - 1) + c}: {@code c = Σ_u θ(u) /
   * 2 - Σ_{u ≠ v} w(u, v) / 8}; 0 for a bipolar network.
   */
  BigFraction bipolarOffset() {
    if (activation == Activation.BIPOLAR) {
      return BigFraction.ZERO;
    }
    BigFraction thresholdSum = BigFraction.ZERO;
    BigFraction weightSum = BigFraction.ZERO;
    for (int u = 0; u < size(); u++) {
      thresholdSum = thresholdSum.add(thresholds[u]);
      for (int v = 0; v < size(); v++) {
        weightSum = weightSum.add(weights[u][v]);
      }
    }
    return thresholdSum.divide(2).subtract(weightSum.divide(8));
  }

  /**
   * These numbers as integers over their least common denominator, or empty when they do not fit
   * 64-bit integers with room for every net input and energy.
   */
  Optional<ExactParameters> exact() {
    int n = size();
    BigInteger scale = BigInteger.ONE;
    for (int u = 0; u < n; u++) {
      scale = lcm(scale, thresholds[u].getDenominator());
      for (int v = 0; v < n; v++) {
        scale = lcm(scale, weights[u][v].getDenominator());
      }
    }
    if (scale.bitLength() > 62) {
      return Optional.empty();
    }
    long[] w = new long[n * n];
    long[] t = new long[n];
    try {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          w[u * n + v] = scaled(weights[u][v], scale);
        }
        t[u] = scaled(thresholds[u], scale);
      }
      return Optional.of(new ExactParameters(n, activation, scale.longValueExact(), w, t));
    } catch (ArithmeticException | IllegalArgumentException tooLarge) {
      return Optional.empty();
    }
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  private static long scaled(BigFraction value, BigInteger scale) {
    return value.getNumerator().multiply(scale.divide(value.getDenominator())).longValueExact();
  }
}
