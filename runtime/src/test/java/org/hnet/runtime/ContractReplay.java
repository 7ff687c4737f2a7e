package org.hnet.runtime;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random-number contract of {@link StochasticNetwork} written out literally, on its own state
 * array and with its own net inputs, for replaying a trajectory and comparing it bit for bit.
 */
final class ContractReplay {

  private final ExactParameters parameters;
  private final int n;
  private final Activation activation;
  private final boolean[] clamped;
  private final int[] state;

  ContractReplay(ExactParameters parameters, List<Clamp> clamps) {
    this.parameters = parameters;
    this.n = parameters.size();
    this.activation = parameters.activation();
    this.clamped = new boolean[n];
    this.state = new int[n];
    java.util.Arrays.fill(state, activation.low());
    for (Clamp clamp : clamps) {
      clamped[clamp.neuron()] = true;
      state[clamp.neuron()] = clamp.value();
    }
  }

  int[] state() {
    return state.clone();
  }

  private long d(int u) {
    long net = 0;
    for (int v = 0; v < n; v++) {
      if (v != u) {
        net += parameters.scaledWeight(u, v) * state[v];
      }
    }
    return net - parameters.scaledThreshold(u);
  }

  void gibbs(int u, double beta, SplittableRandom random) {
    if (clamped[u]) {
      return;
    }
    double gap = activation == Activation.BIPOLAR ? 2 : 1;
    long d = d(u);
    double x = d == 0 ? 0.0 : (gap * beta / parameters.scale()) * (double) d;
    double p = Logistic.of(x);
    state[u] = random.nextDouble() < p ? activation.high() : activation.low();
  }

  void metropolis(int u, double beta, SplittableRandom random) {
    if (clamped[u]) {
      return;
    }
    int from = state[u];
    int to = from == activation.high() ? activation.low() : activation.high();
    double increase = (from - to) * (double) d(u);
    if (increase <= 0
        || random.nextDouble() < StrictMath.exp(-((beta / parameters.scale()) * increase))) {
      state[u] = to;
    }
  }

  void gibbsSweep(int[] order, double beta, SplittableRandom random) {
    if (order == null) {
      for (int u = 0; u < n; u++) {
        gibbs(u, beta, random);
      }
      return;
    }
    for (int u : order) {
      gibbs(u, beta, random);
    }
  }

  void metropolisSweep(double beta, SplittableRandom random) {
    for (int u = 0; u < n; u++) {
      metropolis(u, beta, random);
    }
  }

  void randomScan(int steps, double beta, SplittableRandom random, boolean metropolis) {
    for (int k = 0; k < steps; k++) {
      int u = random.nextInt(n);
      if (metropolis) {
        metropolis(u, beta, random);
      } else {
        gibbs(u, beta, random);
      }
    }
  }
}
