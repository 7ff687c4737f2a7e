package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hnet.lang.model.Connectivity;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Neuron;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/**
 * The network of the free neurons of a network with clamped neurons, as the formalization can state
 * it: it has no clamping, but holding neurons fixed is the same as removing them and adding their
 * input to the thresholds of the others ({@link RationalParameters#free}). Updates of clamped
 * neurons change nothing, so orders keep only the free neurons.
 */
final class FreeNetwork {

  private FreeNetwork() {}

  /** The free neurons of {@code network}, in increasing order. */
  static int[] freeNeurons(Network network) {
    boolean[] held = new boolean[network.size()];
    network.clamps().forEach(c -> held[c.neuron()] = true);
    List<Integer> free = new ArrayList<>();
    for (int u = 0; u < held.length; u++) {
      if (!held[u]) {
        free.add(u);
      }
    }
    return free.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The free network of an exact network with clamps: every free neuron keeps its name, and the
   * network has no patterns, no clamps and complete connections (a missing connection is a zero
   * weight). Empty when every neuron is clamped or the numbers do not fit 64-bit integers.
   */
  static Optional<Network> of(Network network) {
    int[] free = freeNeurons(network);
    if (free.length == 0 || !network.isExact()) {
      return Optional.empty();
    }
    RationalParameters reduced = RationalParameters.of(network).free(free, network.clamps());
    return reduced.exact().map(parameters -> build(network, free, parameters));
  }

  private static Network build(
      Network network, int[] free, org.hnet.runtime.NetworkParameters parameters) {
    List<Neuron> neurons = new ArrayList<>();
    for (int k = 0; k < free.length; k++) {
      neurons.add(new Neuron(k, network.neuronNames().get(free[k]), network.span()));
    }
    return new Network(
        network.name(),
        network.span(),
        neurons,
        List.of(),
        0,
        0,
        Roles.allVisible(free.length),
        network.activation(),
        Connectivity.completeGraph(),
        new WeightSource.Matrix(),
        parameters,
        PatternSet.empty(network.activation(), free.length),
        network.energy(),
        schedule(network.schedule(), free),
        sampling(network.sampling(), free),
        List.<Clamp>of());
  }

  private static Schedule schedule(Schedule schedule, int[] free) {
    if (schedule instanceof Schedule.GivenOrder given) {
      return new Schedule.GivenOrder(restrict(given.order(), free));
    }
    return schedule;
  }

  private static Sampling sampling(Sampling sampling, int[] free) {
    Optional<StochasticDynamics> dynamics =
        sampling
            .dynamics()
            .map(
                d ->
                    d.scan() == StochasticDynamics.Scan.GIVEN_ORDER
                        ? StochasticDynamics.gibbsOrder(restrict(d.order(), free))
                        : d);
    return new Sampling(sampling.temperature(), dynamics, sampling.annealing());
  }

  /** An order of neurons without the clamped ones, renumbered among the free ones. */
  static int[] restrict(int[] order, int[] free) {
    List<Integer> kept = new ArrayList<>();
    for (int u : order) {
      int k = java.util.Arrays.binarySearch(free, u);
      if (k >= 0) {
        kept.add(k);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A state of the whole network restricted to the free neurons. */
  static int[] restrictState(int[] state, int[] free) {
    int[] values = new int[free.length];
    for (int k = 0; k < free.length; k++) {
      values[k] = state[free[k]];
    }
    return values;
  }
}
