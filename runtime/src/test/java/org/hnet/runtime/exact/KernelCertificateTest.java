package org.hnet.runtime.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.junit.jupiter.api.Test;

/** Transition matrices, the stationarity certificate and the limits of exact enumeration. */
class KernelCertificateTest {

  private static Enumeration bm(String name, Activation coding) {
    return Enumeration.of(ReferenceData.parameters(ReferenceData.boltzmannMachine(name), coding));
  }

  @Test
  void randomScanGibbsOnBm8PassesAndLanczosAgreesWithTheDenseSolver() {
    Enumeration states = bm("bm8", Activation.BIPOLAR);
    double[] pi = states.boltzmann(1).probabilities();
    RandomScanKernel kernel = RandomScanKernel.gibbs(states, 1);

    StationarityCertificate certificate =
        StationarityCertificate.of(kernel, pi, Tolerances.defaults());
    SpectralGap lanczos = new MarkovChecks(kernel).spectralGap(pi, false);

    assertThat(certificate.passes()).isTrue();
    assertThat(certificate.spectralGap().reason()).isEqualTo("dense Jacobi");
    assertThat(lanczos.reason()).isEqualTo("Lanczos");
    double dense = certificate.spectralGap().secondEigenvalue();
    assertThat(lanczos.secondEigenvalue()).isCloseTo(dense, within(lanczos.residualBound() + 1e-9));
    assertThat(lanczos.smallestEigenvalue())
        .isCloseTo(certificate.spectralGap().smallestEigenvalue(), within(1e-9));
  }

  @Test
  void atInfiniteTemperatureTheRandomScanGapIsOneOverN() {
    // at beta = 0 an update replaces a neuron by a fair coin, so the character chi_S of a set S
    // of neurons is an eigenvector with eigenvalue 1 - |S| / n: lambda_2 = 1 - 1/n, lambda_min = 0
    Enumeration ten =
        Enumeration.of(
            Lattice.of(2, 5, Lattice.Boundary.OPEN).parameters(Activation.BIPOLAR, 1, 0, 1));
    double[] uniform = ten.boltzmann(0).probabilities();

    StationarityCertificate certificate =
        StationarityCertificate.of(RandomScanKernel.gibbs(ten, 0), uniform, Tolerances.defaults());

    assertThat(certificate.passes()).isTrue();
    assertThat(certificate.spectralGap().reason()).isEqualTo("Lanczos");
    assertThat(certificate.spectralGap().secondEigenvalue()).isCloseTo(0.9, within(1e-10));
    assertThat(certificate.spectralGap().smallestEigenvalue()).isCloseTo(0, within(1e-10));
    assertThat(certificate.spectralGap().gap()).isCloseTo(0.1, within(1e-10));
    assertThat(certificate.spectralGap().residualBound()).isLessThan(1e-8);
  }

  @Test
  void aKernelThatAlwaysFlipsKeepsTheDistributionButIsFlaggedPeriodic() {
    // Metropolis at beta = 0 accepts every proposed flip, so each step changes exactly one
    // neuron: the parity of the number of neurons on alternates, period 2
    Enumeration states = bm("bm5", Activation.BINARY);
    double[] uniform = states.boltzmann(0).probabilities();

    StationarityCertificate certificate =
        StationarityCertificate.of(
            RandomScanKernel.metropolis(states, 0), uniform, Tolerances.defaults());

    assertThat(certificate.stationarityError()).isLessThan(1e-15);
    assertThat(certificate.reversible()).isTrue();
    assertThat(certificate.irreducible()).isTrue();
    assertThat(certificate.period()).isEqualTo(2);
    assertThat(certificate.aperiodic()).isFalse();
    assertThat(certificate.passes()).isFalse();
  }

  @Test
  void metropolisAtPositiveBetaPasses() {
    Enumeration states = bm("bm5", Activation.BIPOLAR);
    double[] pi = states.boltzmann(2).probabilities();

    StationarityCertificate certificate =
        StationarityCertificate.of(
            RandomScanKernel.metropolis(states, 2), pi, Tolerances.defaults());

    assertThat(certificate.passes()).isTrue();
    assertThat(certificate.period()).isEqualTo(1);
  }

  @Test
  void aSystematicSweepKeepsTheBoltzmannDistribution() {
    Enumeration states = bm("bm5", Activation.BINARY);
    double[] pi = states.boltzmann(2).probabilities();

    SweepCertificate indexOrder = SystematicScanKernel.gibbs(states, 2).certificate(pi, 1e-12);
    SweepCertificate reversed =
        SystematicScanKernel.gibbs(states, 2, new int[] {4, 3, 2, 1, 0, 2}).certificate(pi, 1e-12);

    assertThat(indexOrder.passes()).isTrue();
    assertThat(reversed.passes()).isTrue();
  }

  @Test
  void aSystematicSweepMatchesTheProductOfSingleNeuronUpdatesByHand() {
    // the Lean demo, E = -s0 s1, beta = 1: from (-1, -1) the sweep sets s0 = +1 with
    // p = sigma(2 * (-1)) = a, then s1 = +1 with sigma(2 s0): from s0 = -1 that is a, from s0 = +1
    // it is 1 - a. So P(0 -> 3) = a (1 - a) and P(0 -> 0) = (1 - a)^2.
    Enumeration states =
        Enumeration.of(
            new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 1, 1, 0}, new long[2]));
    double a = 1 / (1 + Math.exp(2));

    double[] after = SystematicScanKernel.gibbs(states, 1).applyLeft(new double[] {1, 0, 0, 0});

    assertThat(after[0]).isCloseTo((1 - a) * (1 - a), within(1e-15));
    assertThat(after[1]).isCloseTo(a * a, within(1e-15));
    assertThat(after[2]).isCloseTo((1 - a) * a, within(1e-15));
    assertThat(after[3]).isCloseTo(a * (1 - a), within(1e-15));
  }

  @Test
  void aClampedUnitHoldsAndTheOtherFollowsItsConditional() {
    // binary, w = 2, thresholds (1/2, 0), unit 1 clamped on: P(unit 0 on) = sigma(2 - 1/2)
    Enumeration states =
        Enumeration.of(
            new ExactParameters(
                2, Activation.BINARY, 2, new long[] {0, 4, 4, 0}, new long[] {1, 0}),
            List.of(new Clamp(1, 1)));
    Boltzmann boltzmann = states.boltzmann(1);

    assertThat(states.stateCount()).isEqualTo(2);
    assertThat(states.stateIndex(0)).isEqualTo(2);
    assertThat(states.stateIndex(1)).isEqualTo(3);
    assertThat(boltzmann.marginals()[0]).isCloseTo(0.817574476193644, within(1e-15));
    assertThat(boltzmann.marginals()[1]).isEqualTo(1.0);

    // picking the clamped unit (probability 1/2) changes nothing
    RandomScanKernel kernel = RandomScanKernel.gibbs(states, 1);
    assertThat(kernel.entry(0, 1)).isCloseTo(0.817574476193644 / 2, within(1e-15));
    assertThat(kernel.entry(0, 0)).isCloseTo(0.5 + (1 - 0.817574476193644) / 2, within(1e-15));
    assertThat(
            StationarityCertificate.of(kernel, boltzmann.probabilities(), Tolerances.defaults())
                .passes())
        .isTrue();
  }

  @Test
  void theBoltzmannDistributionAtBetaZeroIsUniformWithMinusInfiniteFreeEnergy() {
    Thermodynamics hot = bm("bm5", Activation.BIPOLAR).boltzmann(0).thermodynamics();

    assertThat(hot.logPartition()).isCloseTo(5 * Math.log(2), within(1e-14));
    assertThat(hot.entropy()).isCloseTo(5 * Math.log(2), within(1e-14));
    assertThat(hot.freeEnergy()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(hot.specificHeat()).isZero();
  }

  @Test
  void tooManyFreeNeuronsAreRefusedNamingTheSizeAndTheLimit() {
    assertThatThrownBy(
            () ->
                Enumeration.of(
                    Lattice.of(5, 5, Lattice.Boundary.PERIODIC)
                        .parameters(Activation.BIPOLAR, 1, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25 free neurons")
        .hasMessageContaining("limit is 24");
  }

  @Test
  void floatingAndAsymmetricParametersAreRefused() {
    assertThatThrownBy(
            () ->
                Enumeration.of(
                    new FloatingParameters(
                        2, Activation.BINARY, new double[] {0, 1, 1, 0}, new double[2])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exact");
    assertThatThrownBy(
            () ->
                Enumeration.of(
                    new ExactParameters(
                        2, Activation.BINARY, 1, new long[] {0, 1, 2, 0}, new long[2])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symmetric");
  }
}
