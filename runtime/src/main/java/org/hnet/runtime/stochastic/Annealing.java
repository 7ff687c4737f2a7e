package org.hnet.runtime.stochastic;

/**
 * A simulated-annealing schedule: the temperature falls (or rises) from {@code start} to {@code
 * end} over {@code steps} sweeps, linearly or geometrically. Sweep {@code k} (0-based) runs at
 * {@code T_k}, with {@code T_0 = start} and {@code T_(steps-1) = end}:
 *
 * <ul>
 *   <li>linear: {@code T_k = start + (end - start) k / (steps - 1)};
 *   <li>geometric: {@code T_k = start (end / start)^(k / (steps - 1))}, which needs both positive.
 * </ul>
 *
 * <p>The inverse temperature is {@code beta = 1 / T}, so {@code T = 0} is {@code beta = +infinity}:
 * the deterministic rule with fair coins on ties.
 *
 * @param shape linear or geometric
 * @param start the first temperature
 * @param end the last temperature
 * @param steps the number of sweeps, at least 1 (with 1 only {@code start} is used)
 */
public record Annealing(Shape shape, double start, double end, long steps) {

  /** How the temperature moves between its ends. */
  public enum Shape {
    /** Equal steps of temperature. */
    LINEAR,
    /** Equal ratios of temperature. */
    GEOMETRIC
  }

  /** Checks the temperatures and the number of steps. */
  public Annealing {
    if (!(start >= 0 && end >= 0) || Double.isInfinite(start) || Double.isInfinite(end)) {
      throw new IllegalArgumentException(
          "temperatures must be finite numbers >= 0, got " + start + " and " + end);
    }
    if (shape == Shape.GEOMETRIC && !(start > 0 && end > 0)) {
      throw new IllegalArgumentException(
          "a geometric schedule needs positive temperatures, got " + start + " and " + end);
    }
    if (steps < 1) {
      throw new IllegalArgumentException(
          "an annealing schedule needs at least 1 step, got " + steps);
    }
  }

  /** A linear schedule. */
  public static Annealing linear(double start, double end, long steps) {
    return new Annealing(Shape.LINEAR, start, end, steps);
  }

  /** A geometric schedule. */
  public static Annealing geometric(double start, double end, long steps) {
    return new Annealing(Shape.GEOMETRIC, start, end, steps);
  }

  /** The temperature of sweep {@code k}, {@code 0 <= k < steps}. */
  public double temperature(long k) {
    if (k < 0 || k >= steps) {
      throw new IllegalArgumentException("sweep " + k + " is outside 0 to " + (steps - 1));
    }
    if (steps == 1 || k == 0) {
      return start;
    }
    if (k == steps - 1) {
      return end;
    }
    double fraction = (double) k / (steps - 1);
    return shape == Shape.LINEAR
        ? start + (end - start) * fraction
        : start * Math.pow(end / start, fraction);
  }

  /** The inverse temperature {@code 1 / T} of sweep {@code k} ({@code +infinity} at T = 0). */
  public double beta(long k) {
    return 1 / temperature(k);
  }
}
