package org.hnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hnet.analysis.GoodnessOfFit;
import org.hnet.analysis.TotalVariation;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Network;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.Thermodynamics;

/**
 * What {@code hnet sample} found for one network: a summary of each observable over all chains,
 * and, when the network could be enumerated, how far the sampled states are from the exact
 * distribution.
 *
 * @param network the network
 * @param representation how the sampled class stores its numbers, or "reference implementation"
 * @param temperature the sampling temperature and where it came from
 * @param dynamics the dynamics and where they came from
 * @param annealing the model's schedule, run before burn-in, if any
 * @param chains the draws of every chain, in chain order
 * @param observables energy per neuron, m, |m| and, for small networks, every marginal
 * @param comparison the comparison of the sampled states with the exact distribution, if any
 * @param noComparison why there is no comparison, when there is none
 */
record SampleReport(
    Network network,
    String representation,
    TemperatureOptions.Chosen temperature,
    ChosenDynamics dynamics,
    Optional<AnnealingSchedule> annealing,
    List<ChainDraws> chains,
    List<ObservableSummary> observables,
    Optional<StateComparison> comparison,
    String noComparison) {

  /** Networks with at most this many neurons get a marginal {@code P(on)} per neuron. */
  static final int MARGINAL_LIMIT = 32;

  /**
   * The sampled states against the exact distribution.
   *
   * @param states the number of states of the exact distribution
   * @param draws all recorded draws, every chain
   * @param totalVariation the total-variation distance of all draws from the exact distribution
   * @param thinning the chi-square test counts every {@code thinning}-th draw of each chain
   * @param largestAutocorrelationTime the largest autocorrelation time of the observables, in
   *     draws, that {@code thinning = ceil(2 tau)} comes from (NaN when none is defined)
   * @param thinnedDraws the draws the chi-square test counts
   * @param fit Pearson's chi-square test of the thinned counts
   */
  record StateComparison(
      int states,
      long draws,
      double totalVariation,
      int thinning,
      double largestAutocorrelationTime,
      long thinnedDraws,
      GoodnessOfFit fit) {}

  /** Summarises {@code chains}, comparing with {@code exact} when it is given. */
  static SampleReport of(
      SampleReport.Setup setup, List<ChainDraws> chains, Optional<ExactDistribution> exact) {
    Network network = setup.network();
    List<ObservableSummary> observables = observables(network, chains, exact);
    Optional<StateComparison> comparison = exact.map(e -> compare(e, chains, observables));
    return new SampleReport(
        network,
        setup.representation(),
        setup.temperature(),
        setup.dynamics(),
        network.sampling().annealing(),
        chains,
        observables,
        comparison,
        setup.noComparison());
  }

  /**
   * What a report needs beside the draws.
   *
   * @param network the network
   * @param representation how its class stores its numbers
   * @param temperature the sampling temperature
   * @param dynamics the dynamics
   * @param noComparison why there is no exact comparison, or null
   */
  record Setup(
      Network network,
      String representation,
      TemperatureOptions.Chosen temperature,
      ChosenDynamics dynamics,
      String noComparison) {}

  private static List<ObservableSummary> observables(
      Network network, List<ChainDraws> chains, Optional<ExactDistribution> exact) {
    int n = network.size();
    Optional<Thermodynamics> thermodynamics = exact.map(ExactDistribution::thermodynamics);
    List<ObservableSummary> summaries = new ArrayList<>();
    summaries.add(
        ObservableSummary.of(
            "energy per neuron",
            draws(chains, c -> scaled(c.energies(), 1.0 / n)),
            exactValue(thermodynamics.map(t -> t.meanEnergy() / n))));
    summaries.add(
        ObservableSummary.of(
            "magnetisation m",
            draws(chains, ChainDraws::magnetisations),
            exactValue(exact.map(e -> e.expectation(s -> ExactDistribution.magnetisation(s, n))))));
    summaries.add(
        ObservableSummary.of(
            "|m|",
            draws(chains, c -> absolute(c.magnetisations())),
            exactValue(
                exact.map(
                    e -> e.expectation(s -> Math.abs(ExactDistribution.magnetisation(s, n)))))));
    if (chains.get(0).on() != null) {
      Optional<double[]> marginals = exact.map(ExactDistribution::marginals);
      for (int u = 0; u < n; u++) {
        int neuron = u;
        summaries.add(
            ObservableSummary.of(
                "P(" + network.neuronNames().get(u) + " on)",
                draws(chains, c -> toDoubles(c.on()[neuron])),
                exactValue(marginals.map(m -> m[neuron]))));
      }
    }
    return summaries;
  }

  private static OptionalDouble exactValue(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static double[][] draws(
      List<ChainDraws> chains, java.util.function.Function<ChainDraws, double[]> quantity) {
    return chains.stream().map(quantity).toArray(double[][]::new);
  }

  private static double[] scaled(double[] values, double factor) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] * factor;
    }
    return result;
  }

  private static double[] absolute(double[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Math.abs(values[i]);
    }
    return result;
  }

  private static double[] toDoubles(byte[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }

  /**
   * Total variation over all draws; the chi-square test over every {@code ceil(2 tau)}-th draw of
   * each chain, with {@code tau} the largest autocorrelation time of the observables, so that the
   * counted states are close to independent, as the test assumes.
   */
  private static StateComparison compare(
      ExactDistribution exact, List<ChainDraws> chains, List<ObservableSummary> observables) {
    Enumeration states = exact.states();
    double[] p = exact.probabilities();
    double tau = largestAutocorrelationTime(observables);
    int thinning = Double.isNaN(tau) ? 1 : (int) Math.max(1, Math.ceil(2 * tau));

    long[] all = new long[states.stateCount()];
    long[] thinned = new long[states.stateCount()];
    for (ChainDraws chain : chains) {
      int[] visited = chain.states();
      for (int k = 0; k < visited.length; k++) {
        all[visited[k]]++;
        thinned[visited[k]] += k % thinning == thinning - 1 ? 1 : 0;
      }
    }
    long total = sum(all);
    long counted = sum(thinned);
    return new StateComparison(
        states.stateCount(),
        total,
        TotalVariation.distance(all, p),
        thinning,
        tau,
        counted,
        counted == 0 ? null : GoodnessOfFit.chiSquare(thinned, p));
  }

  private static double largestAutocorrelationTime(List<ObservableSummary> observables) {
    double largest = Double.NaN;
    for (ObservableSummary summary : observables) {
      if (summary.autocorrelationTime().isDefined()) {
        double tau = summary.autocorrelationTime().value();
        largest = Double.isNaN(largest) ? tau : Math.max(largest, tau);
      }
    }
    return largest;
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /** Whether a network is small enough to record every neuron, for its marginals. */
  static boolean recordsNeurons(Network network) {
    return network.size() <= MARGINAL_LIMIT;
  }
}
