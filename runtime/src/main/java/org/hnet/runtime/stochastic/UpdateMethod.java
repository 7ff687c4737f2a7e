package org.hnet.runtime.stochastic;

import java.util.SplittableRandom;
import org.hnet.runtime.StochasticNetwork;

/** The stochastic dynamics a {@link Sampler} runs, one sweep ({@code n} updates) at a time. */
public enum UpdateMethod {
  /** Gibbs updates of every neuron in index order. */
  GIBBS_SYSTEMATIC,
  /** {@code n} random-scan Gibbs steps. */
  GIBBS_RANDOM_SCAN,
  /** Metropolis updates of every neuron in index order. */
  METROPOLIS_SYSTEMATIC,
  /** {@code n} Metropolis updates of neurons picked at random. */
  METROPOLIS_RANDOM_SCAN;

  /**
   * One sweep of this method on {@code network}.
   *
   * @return how many updates changed a neuron
   */
  public long sweep(StochasticNetwork network, double beta, SplittableRandom random) {
    return switch (this) {
      case GIBBS_SYSTEMATIC -> network.gibbsSweep(beta, random);
      case GIBBS_RANDOM_SCAN -> network.gibbsRandomScan(network.size(), beta, random);
      case METROPOLIS_SYSTEMATIC -> network.metropolisSweep(beta, random);
      case METROPOLIS_RANDOM_SCAN -> network.metropolisRandomScan(network.size(), beta, random);
    };
  }
}
