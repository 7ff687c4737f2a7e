package org.hnet.cli;

import java.util.Locale;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.StochasticDynamics;

/**
 * The stochastic dynamics a command runs or certifies for a network, and where they came from: the
 * {@code --method} option, the model's {@code dynamics} statement, or the default random-scan Gibbs
 * sampler for a network that declares none.
 *
 * @param dynamics the dynamics
 * @param source where they came from, for reports
 */
record ChosenDynamics(StochasticDynamics dynamics, String source) {

  /** The names {@code --method} accepts. */
  static final String METHODS = "gibbs, gibbs-sweep, metropolis, metropolis-sweep";

  /**
   * The dynamics for {@code network}: {@code method} when given, else the model's.
   *
   * @throws CommandFailure with exit code 2 for an unknown method name
   */
  static ChosenDynamics of(Network network, String method) {
    if (method != null) {
      return new ChosenDynamics(parse(method), "given by --method");
    }
    return network
        .sampling()
        .dynamics()
        .map(declared -> new ChosenDynamics(declared, "from the model"))
        .orElseGet(
            () ->
                new ChosenDynamics(
                    StochasticDynamics.gibbsRandomScan(),
                    "the default: the model declares no stochastic dynamics"));
  }

  private static StochasticDynamics parse(String method) {
    return switch (method.toLowerCase(Locale.ROOT)) {
      case "gibbs" -> StochasticDynamics.gibbsRandomScan();
      case "gibbs-sweep" -> StochasticDynamics.gibbsSweep();
      case "metropolis" -> StochasticDynamics.metropolisRandomScan();
      case "metropolis-sweep" -> StochasticDynamics.metropolisSweep();
      default ->
          throw CommandFailure.invalid(
              "--method: unknown method '" + method + "'; the methods are " + METHODS);
    };
  }

  /** The dynamics in words: {@code gibbs sweep (systematic scan in index order)}. */
  String describe() {
    String scan =
        switch (dynamics.scan()) {
          case RANDOM -> "random scan: each update picks a neuron uniformly";
          case SYSTEMATIC -> "systematic scan in index order";
          case GIVEN_ORDER -> "systematic scan in the given order";
        };
    return dynamics.describe() + " (" + scan + ")";
  }
}
