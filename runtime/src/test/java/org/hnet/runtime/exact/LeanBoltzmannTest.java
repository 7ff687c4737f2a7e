package org.hnet.runtime.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.junit.jupiter.api.Test;

/**
 * The formalization's 2-neuron FastDemo network at beta = 1 ({@code data/lean/boltzmann.json}): w =
 * [[0, 1], [1, 0]], thresholds 0, bipolar, so E(s) = -s0 s1.
 */
class LeanBoltzmannTest {

  private static final double TOLERANCE = 1e-12;
  private static final JsonNode DEMO = ReferenceData.LEAN_BOLTZMANN;

  private static Enumeration states() {
    return Enumeration.of(
        new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 1, 1, 0}, new long[2]));
  }

  @Test
  void theBoltzmannVectorMatches() {
    Boltzmann boltzmann = states().boltzmann(1);

    for (JsonNode state : DEMO.get("states")) {
      int index = state.get("index").asInt();
      assertThat(boltzmann.probability(index))
          .as("pi of state " + index)
          .isCloseTo(state.get("pi_30").asDouble(), within(TOLERANCE));
    }
  }

  @Test
  void logPartitionFreeEnergyEntropyAndMeanEnergyMatch() {
    Thermodynamics thermodynamics = states().boltzmann(1).thermodynamics();

    assertThat(thermodynamics.logPartition())
        .isCloseTo(DEMO.get("logZ_30").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.freeEnergy())
        .isCloseTo(DEMO.get("freeEnergy_30").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.entropy())
        .isCloseTo(DEMO.get("shannonEntropy_30").asDouble(), within(TOLERANCE));
    assertThat(thermodynamics.meanEnergy())
        .isCloseTo(DEMO.get("meanEnergy").asDouble(), within(TOLERANCE));
  }

  @Test
  void theRandomScanMatrixMatchesRowFromColumnTo() {
    RandomScanKernel kernel = RandomScanKernel.gibbs(states(), 1);
    JsonNode matrix = DEMO.get("randomScanMatrix_row_from_col_to");

    for (int from = 0; from < 4; from++) {
      for (int to = 0; to < 4; to++) {
        assertThat(kernel.entry(from, to))
            .as("P(" + from + ", " + to + ")")
            .isCloseTo(matrix.get(from).get(to).asDouble(), within(TOLERANCE));
      }
    }
  }

  @Test
  void theCertificatePassesWithTheExpectedSpectralGap() {
    Enumeration states = states();
    double[] pi = states.boltzmann(1).probabilities();

    StationarityCertificate certificate =
        StationarityCertificate.of(RandomScanKernel.gibbs(states, 1), pi, Tolerances.defaults());

    // P has the eigenvalues 1, 1 - a, a and 0 with a = 1 / (1 + e^2) (by hand: (1, 0, 0, -1) and
    // (0, 1, -1, 0) are eigenvectors, and (p, q, q, p) maps to ((1 - a) p + a q)(1, 1, 1, 1)).
    double a = 1 / (1 + Math.exp(2));
    assertThat(certificate.passes()).isTrue();
    assertThat(certificate.irreducible()).isTrue();
    assertThat(certificate.period()).isEqualTo(1);
    assertThat(certificate.rowSumError()).isLessThan(1e-15);
    assertThat(certificate.stationarityError()).isLessThan(1e-15);
    assertThat(certificate.detailedBalanceResidual()).isLessThan(1e-15);
    assertThat(certificate.spectralGap().computed()).isTrue();
    assertThat(certificate.spectralGap().secondEigenvalue()).isCloseTo(1 - a, within(TOLERANCE));
    assertThat(certificate.spectralGap().smallestEigenvalue()).isCloseTo(0, within(TOLERANCE));
    assertThat(certificate.spectralGap().relaxationTime())
        .isCloseTo(1 + Math.exp(2), within(1e-10));
  }
}
