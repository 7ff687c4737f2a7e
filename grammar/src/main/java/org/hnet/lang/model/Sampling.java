package org.hnet.lang.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How a network is sampled as a Boltzmann machine: its temperature, its stochastic dynamics and an
 * annealing schedule, each as declared. A network that declares none of them is a plain Hopfield
 * network, though any network can still be sampled at a temperature given from outside.
 *
 * <p>A tool that samples the network runs the annealing schedule first, if there is one, and then
 * samples at {@link #samplingTemperature()}: the declared temperature, or the schedule's last
 * temperature when the model declares none.
 *
 * @param temperature the declared {@code temperature} or {@code beta}
 * @param dynamics the declared stochastic dynamics ({@code dynamics gibbs;}, ...)
 * @param annealing the declared {@code anneal} schedule
 */
public record Sampling(
    Optional<Temperature> temperature,
    Optional<StochasticDynamics> dynamics,
    Optional<AnnealingSchedule> annealing) {

  /** Checks that no part is null. */
  public Sampling {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(dynamics, "dynamics");
    Objects.requireNonNull(annealing, "annealing");
  }

  /** Nothing declared: a plain Hopfield network. */
  public static Sampling none() {
    return new Sampling(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether the network declares stochastic dynamics. */
  public boolean isStochastic() {
    return dynamics.isPresent();
  }

  /**
   * The temperature at which the network is sampled: the declared one, else the end of the
   * annealing schedule; empty when neither is declared.
   */
  public Optional<Temperature> samplingTemperature() {
    return temperature.or(() -> annealing.map(AnnealingSchedule::endTemperature));
  }
}
