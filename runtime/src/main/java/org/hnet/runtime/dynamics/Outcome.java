package org.hnet.runtime.dynamics;

/** How a {@link Relaxation} run ended. */
public enum Outcome {
  /**
   * The state became stable: no single update changes it (the formalization's {@code isStable}).
   */
  FIXED_POINT,

  /**
   * The state returned to an earlier state without becoming stable. Synchronous runs of networks
   * with symmetric weights end this way with period 2; asymmetric weights can cycle under any
   * deterministic schedule.
   */
  CYCLE,

  /**
   * The run stopped without a stable state and without a detected cycle: the limit on updates or
   * sweeps was reached, or a given order that omits some neuron made a sweep that changed nothing
   * while an omitted neuron would still change, so that no further sweep could make progress.
   */
  LIMIT
}
