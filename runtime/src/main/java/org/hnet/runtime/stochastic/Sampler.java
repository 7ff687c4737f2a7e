package org.hnet.runtime.stochastic;

import java.util.Objects;
import java.util.SplittableRandom;
import org.hnet.runtime.StochasticNetwork;

/**
 * Runs a Markov chain on a {@link StochasticNetwork}: {@code burnIn} sweeps unrecorded, then {@code
 * samples} recorded states, {@code thinning} sweeps apart. A sweep is {@code n} updates of the
 * chosen {@link UpdateMethod}. The chain draws only from the generator it is given, so a run is
 * reproducible from its seed; sweeping allocates nothing, so the cost of a run is the observer's.
 *
 * @param method the update method
 * @param burnIn sweeps before the first sample
 * @param samples recorded states
 * @param thinning sweeps between two recorded states, at least 1
 */
public record Sampler(UpdateMethod method, long burnIn, long samples, int thinning) {

  /** Sees each recorded state of a chain. */
  @FunctionalInterface
  public interface Observer {
    /** Called with the network after sweep {@code burnIn + (sample + 1) * thinning}. */
    void observe(long sample, StochasticNetwork network);
  }

  /** Checks the counts. */
  public Sampler {
    Objects.requireNonNull(method, "method");
    if (burnIn < 0 || samples < 0 || thinning < 1) {
      throw new IllegalArgumentException(
          "need burnIn >= 0, samples >= 0 and thinning >= 1, got "
              + burnIn
              + ", "
              + samples
              + " and "
              + thinning);
    }
  }

  /** A sampler with no burn-in and no thinning. */
  public static Sampler of(UpdateMethod method, long samples) {
    return new Sampler(method, 0, samples, 1);
  }

  /** The same sampler with {@code sweeps} of burn-in. */
  public Sampler withBurnIn(long sweeps) {
    return new Sampler(method, sweeps, samples, thinning);
  }

  /** The same sampler recording every {@code sweeps}-th state. */
  public Sampler withThinning(int sweeps) {
    return new Sampler(method, burnIn, samples, sweeps);
  }

  /**
   * Runs the chain from the network's current state at {@code beta}.
   *
   * @return the number of updates that changed a neuron, burn-in included
   */
  public long run(
      StochasticNetwork network, double beta, SplittableRandom random, Observer observer) {
    long changes = 0;
    for (long k = 0; k < burnIn; k++) {
      changes += method.sweep(network, beta, random);
    }
    for (long sample = 0; sample < samples; sample++) {
      for (int k = 0; k < thinning; k++) {
        changes += method.sweep(network, beta, random);
      }
      observer.observe(sample, network);
    }
    return changes;
  }

  /** Runs the chain and records the energy and the magnetisation of each sample. */
  public Trace trace(StochasticNetwork network, double beta, SplittableRandom random) {
    if (samples > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a trace holds at most 2^31 - 1 samples, got " + samples);
    }
    double[] energies = new double[(int) samples];
    double[] magnetisations = new double[(int) samples];
    run(
        network,
        beta,
        random,
        (sample, net) -> {
          energies[(int) sample] = net.energy();
          magnetisations[(int) sample] = magnetisation(net);
        });
    return new Trace(energies, magnetisations);
  }

  /**
   * The magnetisation {@code m = (1/n) sum of sigma_u}, with {@code sigma_u = +1} for a neuron that
   * is on and {@code -1} for one that is off, in either coding.
   */
  public static double magnetisation(StochasticNetwork network) {
    int n = network.size();
    int high = network.activation().high();
    int on = 0;
    for (int u = 0; u < n; u++) {
      on += network.state(u) == high ? 1 : 0;
    }
    return (2.0 * on - n) / n;
  }

  /**
   * Simulated annealing: one sweep per step of {@code schedule} at that step's temperature.
   *
   * @return the number of updates that changed a neuron
   */
  public static long anneal(
      StochasticNetwork network, UpdateMethod method, Annealing schedule, SplittableRandom random) {
    long changes = 0;
    for (long k = 0; k < schedule.steps(); k++) {
      changes += method.sweep(network, schedule.beta(k), random);
    }
    return changes;
  }
}
