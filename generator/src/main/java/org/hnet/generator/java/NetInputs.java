package org.hnet.generator.java;

import org.hnet.generator.plan.NetworkPlan;

/**
 * The pieces of generated code that depend on how a class keeps its net inputs: an array {@code
 * net} of scaled net inputs (dense exact), the sums {@code sum} of the neighbours' values (lattice,
 * scaled net input {@code COUPLING * sum}), or nothing (floating point, net inputs summed when
 * read).
 */
final class NetInputs {

  private final NetworkPlan plan;

  NetInputs(NetworkPlan plan) {
    this.plan = plan;
  }

  /** The scaled net input of {@code neuron} as an expression of the class's number type. */
  String scaled(String neuron) {
    if (plan.isLattice()) {
      return "(long) COUPLING * sum[" + neuron + "]";
    }
    return "net[" + neuron + "]";
  }

  /** The scaled threshold of {@code neuron} (the threshold itself for floating point). */
  String threshold(String neuron) {
    return plan.representation().uniformThreshold() ? "THRESHOLD" : "THRESHOLDS[" + neuron + "]";
  }

  /** A statement that sets {@code neuron} to {@code value} and keeps the net inputs in step. */
  String set(String neuron, String value) {
    return plan.isExact()
        ? "change(" + neuron + ", " + value + ")"
        : "state[" + neuron + "] = " + value;
  }

  /** Whether the class keeps a net input or a neighbour sum per neuron. */
  boolean kept() {
    return plan.isExact();
  }
}
