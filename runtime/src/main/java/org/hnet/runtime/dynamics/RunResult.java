package org.hnet.runtime.dynamics;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a {@link Relaxation} run did.
 *
 * <p>Counting follows the formalization's {@code HopfieldNet_conv_time_steps}: for an asynchronous
 * schedule that reached a fixed point, {@code updates} is the number of updates after which the
 * state was first stable, counting updates that changed nothing, so 0 when the start was already
 * stable. A synchronous step updates every neuron, so it counts as {@code n} updates.
 *
 * @param schedule the schedule that ran
 * @param outcome how the run ended
 * @param stable whether the final state is stable ({@code isStable()} checked at the end)
 * @param updates for {@link Outcome#FIXED_POINT}, the number of updates after which the state was
 *     first stable (synchronous: {@code n} times the number of steps before the step that changed
 *     nothing); otherwise the number of updates made
 * @param flips the number of updates that changed a neuron (synchronous: neurons changed, summed
 *     over the steps)
 * @param sweeps the number of sweeps begun, including the final one that changed nothing
 *     (synchronous: the number of steps)
 * @param period for {@link Outcome#CYCLE}, the length of the cycle in sweeps (synchronous: steps);
 *     else 0
 * @param convergenceBound {@link Relaxation#convergenceBound(int)} for the network's size
 * @param energyBefore the energy at the start
 * @param energyAfter the energy at the end
 * @param scaledEnergyBefore the energy at the start times the scale, when the network is exact and
 *     that product is an integer
 * @param scaledEnergyAfter the energy at the end times the scale, likewise
 * @param energyTrace the energy at the start and after each sweep (synchronous: each step); empty
 *     when the run was configured without a trace
 */
public record RunResult(
    Schedule schedule,
    Outcome outcome,
    boolean stable,
    long updates,
    long flips,
    long sweeps,
    int period,
    long convergenceBound,
    double energyBefore,
    double energyAfter,
    OptionalLong scaledEnergyBefore,
    OptionalLong scaledEnergyAfter,
    double[] energyTrace) {

  /** Copies the trace and checks that the counts are not negative. */
  public RunResult {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(scaledEnergyBefore, "scaledEnergyBefore");
    Objects.requireNonNull(scaledEnergyAfter, "scaledEnergyAfter");
    if (updates < 0 || flips < 0 || sweeps < 0 || period < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: updates "
              + updates
              + ", flips "
              + flips
              + ", sweeps "
              + sweeps
              + ", period "
              + period);
    }
    energyTrace = energyTrace.clone();
  }

  /** Whether the run ended in a fixed point. */
  public boolean converged() {
    return outcome == Outcome.FIXED_POINT;
  }

  /**
   * Whether {@link #updates()} is within {@link #convergenceBound()}, the bound {@code n * 2^n}
   * that the formalization proves for cyclic asynchronous orders and symmetric weights.
   */
  public boolean withinConvergenceBound() {
    return updates <= convergenceBound;
  }

  @Override
  public double[] energyTrace() {
    return energyTrace.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunResult that
        && schedule.equals(that.schedule)
        && outcome == that.outcome
        && stable == that.stable
        && updates == that.updates
        && flips == that.flips
        && sweeps == that.sweeps
        && period == that.period
        && convergenceBound == that.convergenceBound
        && Double.compare(energyBefore, that.energyBefore) == 0
        && Double.compare(energyAfter, that.energyAfter) == 0
        && scaledEnergyBefore.equals(that.scaledEnergyBefore)
        && scaledEnergyAfter.equals(that.scaledEnergyAfter)
        && Arrays.equals(energyTrace, that.energyTrace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schedule, outcome, updates, flips, sweeps, period)
        + 31 * Arrays.hashCode(energyTrace);
  }

  @Override
  public String toString() {
    return "RunResult["
        + schedule.describe()
        + ", "
        + outcome
        + (stable ? ", stable" : ", not stable")
        + ", updates="
        + updates
        + ", flips="
        + flips
        + ", sweeps="
        + sweeps
        + (outcome == Outcome.CYCLE ? ", period=" + period : "")
        + ", energy "
        + energyBefore
        + " -> "
        + energyAfter
        + "]";
  }
}
