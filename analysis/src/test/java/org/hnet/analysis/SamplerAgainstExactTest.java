package org.hnet.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.ReferenceData;
import org.hnet.runtime.stochastic.Sampler;
import org.hnet.runtime.stochastic.UpdateMethod;
import org.junit.jupiter.api.Test;

/**
 * Four Gibbs chains on bm5 (bipolar, T = 1) against the exact Boltzmann distribution: state counts
 * by total variation and chi-square, energy traces by R-hat. The chains are thinned to every 5th
 * sweep, well beyond the energy's autocorrelation time, so the counts are close to independent.
 * Odds of a false failure: the p-value of a correct sampler is close to uniform, so it falls below
 * 1e-4 with probability about 1e-4; the expected total variation at 80,000 draws over 32 states is
 * about 0.008, a third of the 0.025 bound; R-hat of four agreeing chains of 20,000 draws exceeds 1
 * by about 1e-4, a hundredth of the 0.01 bound.
 */
class SamplerAgainstExactTest {

  private static final int SAMPLES = 20_000;

  @Test
  void gibbsChainsMatchTheExactDistribution() {
    ExactParameters parameters =
        ReferenceData.parameters(ReferenceData.boltzmannMachine("bm5"), Activation.BIPOLAR);
    double[] exact = Enumeration.of(parameters).boltzmann(1).probabilities();
    int[] states = new int[4 * SAMPLES];
    double[][] energies = new double[4][SAMPLES];

    for (int chain = 0; chain < 4; chain++) {
      ReferenceNetwork network = ReferenceNetwork.of(parameters);
      int offset = chain * SAMPLES;
      double[] trace = energies[chain];
      new Sampler(UpdateMethod.GIBBS_SYSTEMATIC, 100, SAMPLES, 5)
          .run(
              network,
              1,
              new SplittableRandom(100 + chain),
              (sample, net) -> {
                states[offset + (int) sample] = index(net);
                trace[(int) sample] = net.energy();
              });
    }
    long[] counts = StateCounts.of(states, exact.length);

    assertThat(TotalVariation.distance(counts, exact)).isLessThan(0.025);
    assertThat(GoodnessOfFit.chiSquare(counts, exact).pValue().value()).isGreaterThan(1e-4);
    assertThat(ConvergenceDiagnostics.of(energies).rHat().value()).isLessThan(1.01);
    assertThat(AutocorrelationTime.of(energies).tau().value()).isLessThan(2);
  }

  /** The state index: bit u is 1 iff neuron u is on. */
  private static int index(StochasticNetwork network) {
    int index = 0;
    for (int u = 0; u < network.size(); u++) {
      index |= network.state(u) == 1 ? 1 << u : 0;
    }
    return index;
  }
}
