package org.hnet.analysis;

import java.util.SplittableRandom;

/**
 * Synthetic AR(1) chains {@code x_t = phi x_(t-1) + sqrt(1 - phi^2) e_t} with standard normal
 * {@code e_t}, started from the stationary law N(0, 1). Their autocorrelation at lag {@code t} is
 * {@code phi^t}, so the integrated autocorrelation time is {@code tau = 1 + 2 sum over t >= 1 of
 * phi^t = (1 + phi) / (1 - phi)}.
 */
final class Ar1 {

  private Ar1() {}

  static double[] chain(double phi, int length, SplittableRandom random) {
    double[] x = new double[length];
    double noise = Math.sqrt(1 - phi * phi);
    x[0] = random.nextGaussian();
    for (int t = 1; t < length; t++) {
      x[t] = phi * x[t - 1] + noise * random.nextGaussian();
    }
    return x;
  }

  static double[][] chains(double phi, int chains, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[chains][];
    for (int c = 0; c < chains; c++) {
      x[c] = chain(phi, length, random);
    }
    return x;
  }

  static double tau(double phi) {
    return (1 + phi) / (1 - phi);
  }
}
