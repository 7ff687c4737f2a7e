package org.hnet.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.RandomScanKernel;
import org.hnet.runtime.exact.StationarityCertificate;
import org.hnet.runtime.exact.SweepCertificate;
import org.hnet.runtime.exact.SystematicScanKernel;
import org.hnet.runtime.exact.Thermodynamics;
import org.hnet.runtime.exact.Tolerances;

/**
 * What {@code hnet exact} found for one network by enumerating its states: thermodynamics,
 * marginals and correlations, lattice quantities, ground states, and stationarity certificates of
 * its kernels at the chosen temperature.
 *
 * @param network the network
 * @param temperature the temperature and where it came from
 * @param distribution the exact distribution
 * @param thermodynamics {@code ln Z}, free energy, mean energy, its variance, entropy and heat
 * @param magnetisation {@code <m>}, {@code <|m|>}, {@code <m^2>} and {@code <m^4>}
 * @param marginals {@code P(s_u = on)} per neuron
 * @param means {@code <s_u>} per neuron
 * @param correlations {@code <s_u s_v>} per pair
 * @param randomScan the certificate of the random-scan Gibbs kernel, unless skipped
 * @param sweep the certificate of one systematic-scan Gibbs sweep, unless skipped
 * @param metropolis the certificate of random-site Metropolis, for Metropolis dynamics
 * @param matrix the random-scan Gibbs matrix (row = from, column = to), when asked for
 */
record ExactReport(
    Network network,
    TemperatureOptions.Chosen temperature,
    ExactDistribution distribution,
    Thermodynamics thermodynamics,
    Magnetisation magnetisation,
    double[] marginals,
    double[] means,
    double[][] correlations,
    Optional<StationarityCertificate> randomScan,
    Optional<SweepCertificate> sweep,
    Optional<StationarityCertificate> metropolis,
    Optional<double[][]> matrix) {

  /** The most states whose transition matrix {@code --matrix} prints. */
  static final int MATRIX_LIMIT = 256;

  /**
   * Moments of the magnetisation {@code m = (1/n) sum of sigma_u} (on = +1, off = -1).
   *
   * @param mean {@code <m>}
   * @param meanAbsolute {@code <|m|>}
   * @param meanSquare {@code <m^2>}
   * @param meanFourth {@code <m^4>}
   */
  record Magnetisation(double mean, double meanAbsolute, double meanSquare, double meanFourth) {

    /** Binder's cumulant {@code U4 = 1 - <m^4> / (3 <m^2>^2)}; NaN when {@code <m^2> = 0}. */
    double binderCumulant() {
      return meanSquare == 0 ? Double.NaN : 1 - meanFourth / (3 * meanSquare * meanSquare);
    }
  }

  /**
   * Enumerates and sums {@code network} at {@code temperature}, and certifies its kernels when
   * {@code certify}.
   */
  static ExactReport of(
      Network network,
      TemperatureOptions.Chosen temperature,
      Enumeration states,
      boolean certify,
      boolean withMatrix) {
    double beta = temperature.temperature().betaValue();
    ExactDistribution distribution = ExactDistribution.of(states, beta);
    double[] pi = distribution.probabilities();
    Tolerances tolerances = Tolerances.defaults();
    return new ExactReport(
        network,
        temperature,
        distribution,
        distribution.thermodynamics(),
        magnetisation(distribution, network.size()),
        distribution.marginals(),
        distribution.means(),
        distribution.correlations(),
        certify
            ? Optional.of(
                StationarityCertificate.of(RandomScanKernel.gibbs(states, beta), pi, tolerances))
            : Optional.empty(),
        certify
            ? Optional.of(
                SystematicScanKernel.gibbs(states, beta, sweepOrder(network))
                    .certificate(pi, tolerances.stationarity()))
            : Optional.empty(),
        certify ? metropolis(network, states, beta, pi, tolerances) : Optional.empty(),
        withMatrix ? Optional.of(matrix(RandomScanKernel.gibbs(states, beta))) : Optional.empty());
  }

  private static Magnetisation magnetisation(ExactDistribution distribution, int n) {
    return new Magnetisation(
        distribution.expectation(s -> ExactDistribution.magnetisation(s, n)),
        distribution.expectation(s -> Math.abs(ExactDistribution.magnetisation(s, n))),
        distribution.expectation(s -> Math.pow(ExactDistribution.magnetisation(s, n), 2)),
        distribution.expectation(s -> Math.pow(ExactDistribution.magnetisation(s, n), 4)));
  }

  /** The model's given order for a Gibbs sweep, else index order. */
  private static int[] sweepOrder(Network network) {
    Optional<StochasticDynamics> dynamics = network.sampling().dynamics();
    if (dynamics.isPresent() && dynamics.get().scan() == StochasticDynamics.Scan.GIVEN_ORDER) {
      return dynamics.get().order();
    }
    int[] order = new int[network.size()];
    Arrays.setAll(order, u -> u);
    return order;
  }

  private static Optional<StationarityCertificate> metropolis(
      Network network, Enumeration states, double beta, double[] pi, Tolerances tolerances) {
    boolean declared =
        network
            .sampling()
            .dynamics()
            .map(d -> d.rule() == StochasticDynamics.Rule.METROPOLIS)
            .orElse(false);
    if (!declared) {
      return Optional.empty();
    }
    return Optional.of(
        StationarityCertificate.of(RandomScanKernel.metropolis(states, beta), pi, tolerances));
  }

  /** The dense matrix of {@code kernel}, row = from, column = to, by compact index. */
  private static double[][] matrix(RandomScanKernel kernel) {
    int count = kernel.stateCount();
    double[][] matrix = new double[count][count];
    int[] targets = new int[kernel.maxRowLength()];
    double[] probabilities = new double[kernel.maxRowLength()];
    for (int from = 0; from < count; from++) {
      int length = kernel.row(from, targets, probabilities);
      for (int k = 0; k < length; k++) {
        matrix[from][targets[k]] += probabilities[k];
      }
    }
    return matrix;
  }

  /** Whether every certificate made passes. */
  boolean passes() {
    return randomScan.map(StationarityCertificate::passes).orElse(true)
        && sweep.map(SweepCertificate::passes).orElse(true)
        && metropolis.map(StationarityCertificate::passes).orElse(true);
  }

  /** The enumeration. */
  Enumeration states() {
    return distribution.states();
  }

  /** The first {@code limit} ground states, by compact index. */
  List<Integer> groundStates(int limit) {
    List<Integer> ground = states().groundStates();
    return new ArrayList<>(ground.subList(0, Math.min(limit, ground.size())));
  }
}
