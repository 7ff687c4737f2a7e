package org.hnet.runtime.dynamics;

import java.util.Arrays;

/**
 * The order in which deterministic dynamics update neurons.
 *
 * <p>Asynchronous schedules update one neuron at a time (the formalization's {@code Up}); one pass
 * over the order is a sweep. The synchronous schedule updates all neurons at once from the same
 * previous state ({@code UpSync}).
 */
public sealed interface Schedule {

  /** Asynchronous updates in index order 0, 1, ..., n-1, sweep after sweep. */
  record IndexOrder() implements Schedule {}

  /**
   * Asynchronous updates in a given order, repeated sweep after sweep.
   *
   * @param order neuron indices, head first; every neuron appears at least once
   */
  record GivenOrder(int[] order) implements Schedule {

    /** Copies the order. */
    public GivenOrder {
      order = order.clone();
    }

    @Override
    public int[] order() {
      return order.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof GivenOrder that && Arrays.equals(order, that.order);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(order);
    }

    @Override
    public String toString() {
      return "GivenOrder" + Arrays.toString(order);
    }
  }

  /** Asynchronous updates in a fresh uniformly random order every sweep, from a seeded RNG. */
  record RandomOrder() implements Schedule {}

  /** Synchronous updates: every neuron at once from the same previous state. */
  record Synchronous() implements Schedule {}

  /** A short name for reports: "asynchronous", "asynchronous order", ... */
  default String describe() {
    if (this instanceof IndexOrder) {
      return "asynchronous";
    }
    if (this instanceof GivenOrder) {
      return "asynchronous order";
    }
    if (this instanceof RandomOrder) {
      return "asynchronous random";
    }
    return "synchronous";
  }
}
