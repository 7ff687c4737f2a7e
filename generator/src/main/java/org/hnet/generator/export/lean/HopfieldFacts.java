package org.hnet.generator.export.lean;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.Network;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.dynamics.Outcome;
import org.hnet.runtime.dynamics.Relaxation;
import org.hnet.runtime.dynamics.RunResult;
import org.hnet.runtime.dynamics.Schedule;

/**
 * What hnet computes about an exact network for its Lean export, with the runtime's reference
 * implementation and its dynamics: which stored patterns are stable, and, from a start state, the
 * work phase over the network's order and the number of updates to stabilize under the cyclic index
 * order, with exact energies along the way.
 */
final class HopfieldFacts {

  /**
   * A state's stability and energy.
   *
   * @param values the state
   * @param flipping the neurons an update would change; empty iff the state is stable
   * @param energy its exact energy
   */
  record StateFact(int[] values, int[] flipping, BigFraction energy) {
    boolean stable() {
      return flipping.length == 0;
    }
  }

  /**
   * One update of a work phase.
   *
   * @param neuron the neuron updated
   * @param net its net input before the update
   * @param threshold its threshold
   * @param after the state after the update
   * @param energy the energy after the update
   * @param changed whether the neuron changed
   */
  record Step(
      int neuron,
      BigFraction net,
      BigFraction threshold,
      int[] after,
      BigFraction energy,
      boolean changed) {}

  /**
   * A run from one start state.
   *
   * @param start the start state with its stability and energy
   * @param order the update order of one sweep of the work phase
   * @param steps every update of the work phase, sweep after sweep until a sweep changed nothing
   * @param stabilizeSteps the updates under the cyclic index order after which the state is first
   *     stable, or -1 if it was not stable within the convergence bound
   * @param stabilized the state after those updates
   * @param bound the convergence bound n 2^n
   */
  record Run(
      StateFact start,
      int[] order,
      List<Step> steps,
      long stabilizeSteps,
      StateFact stabilized,
      BigInteger bound) {}

  private final Network network;
  private final ReferenceNetwork reference;

  private HopfieldFacts(Network network) {
    this.network = network;
    this.reference = ReferenceNetwork.of(network.parameters());
  }

  /** Facts about {@code network}, whose parameters must be exact. */
  static HopfieldFacts of(Network network) {
    if (!network.isExact()) {
      throw new IllegalArgumentException(
          "network " + network.name() + " has floating-point parameters; its facts are not exact");
    }
    return new HopfieldFacts(network);
  }

  /** The stability and energy of {@code state}. */
  StateFact state(int[] state) {
    reference.setState(state);
    List<Integer> flipping = new ArrayList<>();
    for (int u = 0; u < state.length; u++) {
      boolean on = reference.scaledThreshold(u) <= reference.scaledNetInput(u);
      if (network.activation().of(on) != state[u]) {
        flipping.add(u);
      }
    }
    BigFraction energy = exact(reference.scaledEnergy());
    return new StateFact(
        state.clone(), flipping.stream().mapToInt(Integer::intValue).toArray(), energy);
  }

  /** The run from {@code start}. */
  Run run(int[] start) {
    StateFact first = state(start);
    int[] order = workOrder();
    List<Step> steps = workPhase(start, order);
    long bound = Relaxation.convergenceBound(start.length);
    reference.setState(start);
    long updates = reference.relax(bound);
    int[] end = new int[start.length];
    reference.copyState(end);
    BigInteger exactBound = BigInteger.valueOf(start.length).shiftLeft(start.length);
    return new Run(first, order, steps, updates, state(end), exactBound);
  }

  /** The order of one sweep: the network's given order, else index order. */
  int[] workOrder() {
    if (network.schedule() instanceof Schedule.GivenOrder given) {
      return given.order();
    }
    int[] order = new int[network.size()];
    for (int u = 0; u < order.length; u++) {
      order[u] = u;
    }
    return order;
  }

  // workPhase: Up over the order, head first, sweep after sweep until a sweep changes nothing
  private List<Step> workPhase(int[] start, int[] order) {
    reference.setState(start);
    RunResult result =
        Relaxation.of(new Schedule.GivenOrder(order)).withoutEnergyTrace().run(reference);
    long sweeps = result.outcome() == Outcome.FIXED_POINT ? result.sweeps() : 0;
    reference.setState(start);
    List<Step> steps = new ArrayList<>();
    for (long s = 0; s < sweeps; s++) {
      for (int u : order) {
        steps.add(step(u));
      }
    }
    return steps;
  }

  private Step step(int u) {
    BigFraction net = exact(reference.scaledNetInput(u));
    BigFraction threshold = exact(reference.scaledThreshold(u));
    boolean changed = reference.update(u);
    int[] after = new int[network.size()];
    reference.copyState(after);
    return new Step(u, net, threshold, after, exact(reference.scaledEnergy()), changed);
  }

  private BigFraction exact(long scaled) {
    return new BigFraction(BigInteger.valueOf(scaled), BigInteger.valueOf(reference.scale()));
  }
}
