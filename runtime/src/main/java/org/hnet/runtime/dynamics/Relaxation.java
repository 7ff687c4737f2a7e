package org.hnet.runtime.dynamics;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.hnet.runtime.HopfieldNetwork;

/**
 * Runs a {@link HopfieldNetwork} under a {@link Schedule} from its current state until it reaches a
 * fixed point, returns to an earlier state, or reaches a limit.
 *
 * <p>Asynchronous schedules update one neuron at a time, sweep after sweep. A sweep that changes
 * nothing over an order that visits every neuron proves the state stable, so the number of updates
 * after which the state was first stable (the formalization's {@code HopfieldNet_conv_time_steps})
 * is the index of the last update that changed a neuron, or 0 if none did; the run confirms the
 * fixed point with {@link HopfieldNetwork#isStable()}. A {@link Schedule.GivenOrder} that omits a
 * neuron can make a sweep that changes nothing while the omitted neuron would still change: the run
 * then stops with {@link Outcome#LIMIT} and an unstable state, since no later sweep could differ.
 *
 * <p>The synchronous schedule updates every neuron from the same previous state ({@code UpSync}): a
 * step that changes nothing is a fixed point, and a state equal to the state two steps before is a
 * 2-cycle (never a fixed point). With symmetric weights these are the only ends.
 *
 * <p>Deterministic schedules (every one except {@link Schedule.RandomOrder}) also detect longer
 * cycles, which asymmetric weights can produce, by comparing the state after each sweep with a
 * checkpoint moved to the current state after 1, 2, 4, 8, ... sweeps (Brent's cycle detection); the
 * reported period is the exact cycle length in sweeps.
 *
 * <p>The default limit is {@link #convergenceBound(int)} updates, the bound that the formalization
 * proves for cyclic orders and symmetric weights ({@code HopfieldNet_convergence_cyclic}). A
 * synchronous step counts as {@code n} updates.
 *
 * <p>A run allocates its working arrays once; the loop itself allocates nothing except when the
 * energy trace grows.
 *
 * <p>Limitations: under {@link Schedule.RandomOrder} no cycle detection is possible, so with
 * asymmetric weights a run can last until the limit; set a smaller one with {@link
 * #withMaxUpdates(long)} or {@link #withMaxSweeps(long)} for such networks.
 */
public final class Relaxation {

  private static final long CONVERGENCE_BOUND = -1;

  private final Schedule schedule;
  private final long maxUpdates;
  private final long maxSweeps;
  private final boolean traced;

  private Relaxation(Schedule schedule, long maxUpdates, long maxSweeps, boolean traced) {
    this.schedule = schedule;
    this.maxUpdates = maxUpdates;
    this.maxSweeps = maxSweeps;
    this.traced = traced;
  }

  /** A relaxation under {@code schedule}, limited to the convergence bound, with energy trace. */
  public static Relaxation of(Schedule schedule) {
    return new Relaxation(
        Objects.requireNonNull(schedule, "schedule"), CONVERGENCE_BOUND, Long.MAX_VALUE, true);
  }

  /**
   * The same relaxation stopping after at most {@code maxUpdates} updates.
   *
   * @throws IllegalArgumentException if {@code maxUpdates} is negative
   */
  public Relaxation withMaxUpdates(long maxUpdates) {
    if (maxUpdates < 0) {
      throw new IllegalArgumentException("maxUpdates must not be negative, got " + maxUpdates);
    }
    return new Relaxation(schedule, maxUpdates, maxSweeps, traced);
  }

  /**
   * The same relaxation stopping after at most {@code maxSweeps} sweeps (synchronous: steps).
   *
   * @throws IllegalArgumentException if {@code maxSweeps} is negative
   */
  public Relaxation withMaxSweeps(long maxSweeps) {
    if (maxSweeps < 0) {
      throw new IllegalArgumentException("maxSweeps must not be negative, got " + maxSweeps);
    }
    return new Relaxation(schedule, maxUpdates, maxSweeps, traced);
  }

  /** The same relaxation without the per-sweep energy trace (the result's trace is empty). */
  public Relaxation withoutEnergyTrace() {
    return new Relaxation(schedule, maxUpdates, maxSweeps, false);
  }

  /** The schedule this relaxation runs. */
  public Schedule schedule() {
    return schedule;
  }

  /** The most updates a run on {@code n} neurons makes. */
  public long maxUpdates(int n) {
    return maxUpdates == CONVERGENCE_BOUND ? convergenceBound(n) : maxUpdates;
  }

  /** The most sweeps (synchronous: steps) a run makes. */
  public long maxSweeps() {
    return maxSweeps;
  }

  /**
   * The formalization's bound on the updates a cyclic asynchronous order needs to reach a stable
   * state with symmetric weights, {@code n * 2^n} ({@code HopfieldNet_convergence_cyclic}),
   * saturating at {@link Long#MAX_VALUE}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static long convergenceBound(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of neurons must not be negative, got " + n);
    }
    if (n >= Long.SIZE - 1) {
      return Long.MAX_VALUE;
    }
    long states = 1L << n;
    return states > Long.MAX_VALUE / Math.max(n, 1) ? Long.MAX_VALUE : n * states;
  }

  /**
   * Runs a deterministic schedule on {@code network} from its current state.
   *
   * @throws IllegalArgumentException if the schedule is {@link Schedule.RandomOrder}, or a given
   *     order names a neuron the network does not have
   */
  public RunResult run(HopfieldNetwork network) {
    if (schedule instanceof Schedule.RandomOrder) {
      throw new IllegalArgumentException(
          "schedule " + schedule.describe() + " needs a SplittableRandom");
    }
    return run(network, null);
  }

  /**
   * Runs the schedule on {@code network} from its current state, drawing the orders of {@link
   * Schedule.RandomOrder} from {@code random} (unused by other schedules; may then be null).
   *
   * @throws IllegalArgumentException if a given order names a neuron the network does not have
   */
  public RunResult run(HopfieldNetwork network, SplittableRandom random) {
    Objects.requireNonNull(network, "network");
    int n = network.size();
    Run run = new Run(network, schedule, maxUpdates(n), maxSweeps, traced);
    if (schedule instanceof Schedule.Synchronous) {
      return run.synchronous();
    }
    if (schedule instanceof Schedule.RandomOrder) {
      return run.asynchronous(identity(n), Objects.requireNonNull(random, "random"));
    }
    if (schedule instanceof Schedule.GivenOrder given) {
      return run.asynchronous(checkedOrder(given.order(), n), null);
    }
    return run.asynchronous(identity(n), null);
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int u = 0; u < n; u++) {
      order[u] = u;
    }
    return order;
  }

  private static int[] checkedOrder(int[] order, int n) {
    for (int u : order) {
      if (u < 0 || u >= n) {
        throw new IllegalArgumentException(
            "the order names neuron " + u + ", but the network has neurons 0 to " + (n - 1));
      }
    }
    return order;
  }

  /** The mutable counters and buffers of one run. */
  private static final class Run {

    private final HopfieldNetwork network;
    private final Schedule schedule;
    private final int n;
    private final long maxUpdates;
    private final long maxSweeps;
    private final EnergyTrace trace;
    private final double energyBefore;
    private final OptionalLong scaledEnergyBefore;
    private final int[] current;
    private final int[] checkpoint;

    private long updates;
    private long flips;
    private long sweeps;
    private long lastChange;
    private long power = 1;
    private long sinceCheckpoint;
    private int period;

    Run(
        HopfieldNetwork network,
        Schedule schedule,
        long maxUpdates,
        long maxSweeps,
        boolean traced) {
      this.network = network;
      this.schedule = schedule;
      this.n = network.size();
      this.maxUpdates = maxUpdates;
      this.maxSweeps = maxSweeps;
      this.energyBefore = network.energy();
      this.scaledEnergyBefore = scaledEnergy(network);
      this.trace = traced ? new EnergyTrace(energyBefore) : null;
      this.current = new int[n];
      this.checkpoint = new int[n];
      network.copyState(checkpoint);
    }

    /** Sweeps over {@code order} (reshuffled each sweep when {@code random} is given). */
    RunResult asynchronous(int[] order, SplittableRandom random) {
      while (sweeps < maxSweeps && updates < maxUpdates) {
        if (random != null) {
          shuffle(order, random);
        }
        long flipsBefore = flips;
        boolean completed = sweep(order);
        if (completed && flips == flipsBefore) {
          return finish(network.isStable() ? Outcome.FIXED_POINT : Outcome.LIMIT);
        }
        if (completed && random == null) {
          network.copyState(current);
          if (returnedToCheckpoint()) {
            return finish(Outcome.CYCLE);
          }
        }
      }
      return finishAtLimit();
    }

    /** One pass over {@code order}; returns whether it completed within the update limit. */
    private boolean sweep(int[] order) {
      HopfieldNetwork net = network;
      long limit = maxUpdates;
      sweeps++;
      for (int u : order) {
        if (updates == limit) {
          record();
          return false;
        }
        updates++;
        if (net.update(u)) {
          flips++;
          lastChange = updates;
        }
      }
      record();
      return true;
    }

    /** Synchronous steps until a fixed point, a cycle or the limit. */
    RunResult synchronous() {
      int[] older = new int[n];
      int[] previous = checkpoint.clone();
      while (sweeps < maxSweeps && maxUpdates - updates >= n) {
        int changed = network.synchronousStep();
        sweeps++;
        updates += n;
        record();
        if (changed == 0) {
          return finish(Outcome.FIXED_POINT);
        }
        flips += changed;
        lastChange = updates;
        network.copyState(current);
        if (sweeps >= 2 && Arrays.equals(current, older)) {
          period = 2;
          return finish(Outcome.CYCLE);
        }
        if (returnedToCheckpoint()) {
          return finish(Outcome.CYCLE);
        }
        int[] oldest = older;
        older = previous;
        previous = oldest;
        System.arraycopy(current, 0, previous, 0, n);
      }
      return finishAtLimit();
    }

    /**
     * Brent's cycle detection on the state after each sweep: compares it with the checkpoint and
     * moves the checkpoint to it after 1, 2, 4, ... sweeps, so the first match gives the period.
     * Expects the state in {@code current}.
     */
    private boolean returnedToCheckpoint() {
      sinceCheckpoint++;
      if (Arrays.equals(current, checkpoint)) {
        period = (int) Math.min(sinceCheckpoint, Integer.MAX_VALUE);
        return true;
      }
      if (sinceCheckpoint == power) {
        System.arraycopy(current, 0, checkpoint, 0, n);
        power = power > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : power * 2;
        sinceCheckpoint = 0;
      }
      return false;
    }

    private void record() {
      if (trace != null) {
        trace.add(network.energy());
      }
    }

    private RunResult finishAtLimit() {
      return finish(network.isStable() ? Outcome.FIXED_POINT : Outcome.LIMIT);
    }

    private RunResult finish(Outcome outcome) {
      boolean stable = network.isStable();
      long counted = outcome == Outcome.FIXED_POINT ? lastChange : updates;
      return new RunResult(
          schedule,
          outcome,
          stable,
          counted,
          flips,
          sweeps,
          outcome == Outcome.CYCLE ? period : 0,
          convergenceBound(n),
          energyBefore,
          network.energy(),
          scaledEnergyBefore,
          scaledEnergy(network),
          trace == null ? new double[0] : trace.toArray());
    }
  }

  /** A fresh uniformly random permutation of {@code order} in place (Fisher-Yates). */
  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swapped = order[i];
      order[i] = order[j];
      order[j] = swapped;
    }
  }

  /** The energy times the scale, when the network is exact and that product is an integer. */
  private static OptionalLong scaledEnergy(HopfieldNetwork network) {
    if (!network.isExact()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(network.scaledEnergy());
    } catch (IllegalStateException notAnInteger) {
      return OptionalLong.empty();
    }
  }

  /** A growable array of energies. */
  private static final class EnergyTrace {

    private double[] values = new double[16];
    private int count;

    EnergyTrace(double first) {
      add(first);
    }

    void add(double energy) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = energy;
    }

    double[] toArray() {
      return Arrays.copyOf(values, count);
    }
  }
}
