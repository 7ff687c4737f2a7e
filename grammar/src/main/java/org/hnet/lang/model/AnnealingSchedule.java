package org.hnet.lang.model;

import java.util.Objects;
import org.hipparchus.fraction.BigFraction;
import org.hnet.runtime.stochastic.Annealing;

/**
 * A simulated-annealing schedule as written ({@code anneal linear from 4 to 1/2 over 1000
 * sweeps;}): the stochastic dynamics run {@code sweeps} sweeps at temperatures from {@code start}
 * to {@code end}, with the runtime's {@link Annealing} deciding the temperature of each sweep.
 *
 * @param shape linear (equal steps) or geometric (equal ratios)
 * @param start the temperature of the first sweep, {@code >= 0}
 * @param end the temperature of the last sweep, {@code >= 0}
 * @param sweeps the number of sweeps, at least 1
 */
public record AnnealingSchedule(
    Annealing.Shape shape, BigFraction start, BigFraction end, long sweeps) {

  /** Checks the temperatures and the number of sweeps, as {@link Annealing} does. */
  public AnnealingSchedule {
    Objects.requireNonNull(shape, "shape");
    if (start.signum() < 0 || end.signum() < 0) {
      throw new IllegalArgumentException(
          "temperatures must not be negative, got "
              + Exact.format(start)
              + " and "
              + Exact.format(end));
    }
    if (shape == Annealing.Shape.GEOMETRIC && (start.signum() == 0 || end.signum() == 0)) {
      throw new IllegalArgumentException("a geometric schedule needs positive temperatures");
    }
    if (sweeps < 1) {
      throw new IllegalArgumentException("a schedule needs at least 1 sweep, got " + sweeps);
    }
  }

  /** The runtime schedule, with the doubles nearest to the two temperatures. */
  public Annealing toAnnealing() {
    return new Annealing(shape, Exact.nearestDouble(start), Exact.nearestDouble(end), sweeps);
  }

  /** The temperature at the end of the schedule, as a {@link Temperature}. */
  public Temperature endTemperature() {
    return Temperature.ofTemperature(end);
  }
}
