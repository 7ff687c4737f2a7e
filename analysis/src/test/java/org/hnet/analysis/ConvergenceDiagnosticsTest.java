package org.hnet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Rank-normalized split R-hat and bulk and tail ESS on synthetic AR(1) chains. For stationary
 * chains R-hat exceeds 1 by a quantity of order tau / N (here 3 / 10^4), far below the 1.01 bound;
 * a chain shifted by two standard deviations drives R-hat far above 1.1. The ESS bands are 20%
 * wide, over 5 standard deviations of the estimator at these lengths (odds below 1e-6).
 */
class ConvergenceDiagnosticsTest {

  @Test
  void stationaryChainsHaveRHatNearOneAndTheExpectedBulkEss() {
    double[][] chains = Ar1.chains(0.5, 4, 10_000, 31);

    ConvergenceDiagnostics diagnostics = ConvergenceDiagnostics.of(chains);

    assertThat(diagnostics.rHat().value()).isBetween(0.99, 1.01);
    assertThat(diagnostics.bulkEffectiveSampleSize().value())
        .isCloseTo(40_000 / 3.0, within(0.2 * 40_000 / 3.0));
    assertThat(diagnostics.tailEffectiveSampleSize().value()).isPositive();
    assertThat(diagnostics.chains()).isEqualTo(4);
    assertThat(diagnostics.draws()).isEqualTo(10_000);
  }

  @Test
  void aChainStuckElsewhereRaisesRHat() {
    double[][] chains = Ar1.chains(0.5, 4, 10_000, 32);
    for (int t = 0; t < chains[3].length; t++) {
      chains[3][t] += 2;
    }

    assertThat(ConvergenceDiagnostics.of(chains).rHat().value()).isGreaterThan(1.1);
  }

  @Test
  void aTrendWithinEachChainIsCaughtBySplitting() {
    // each chain drifts from -1 to 1: the chains agree with one another, but their halves do not
    double[][] chains = Ar1.chains(0.0, 4, 10_000, 33);
    for (double[] chain : chains) {
      for (int t = 0; t < chain.length; t++) {
        chain[t] += -1 + 2.0 * t / chain.length;
      }
    }

    assertThat(ConvergenceDiagnostics.of(chains).rHat().value()).isGreaterThan(1.1);
  }

  @Test
  void constantChainsAreUndefinedNotOne() {
    double[][] constant = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}};
    double[][] apart = {{1, 1, 1, 1, 1, 1}, {2, 2, 2, 2, 2, 2}};

    ConvergenceDiagnostics same = ConvergenceDiagnostics.of(constant);
    ConvergenceDiagnostics different = ConvergenceDiagnostics.of(apart);

    assertThat(same.rHat().isDefined()).isFalse();
    assertThat(same.bulkEffectiveSampleSize().isDefined()).isFalse();
    assertThat(((Estimate.Undefined) same.rHat()).reason()).contains("all draws are equal");
    assertThat(different.rHat().isDefined()).isFalse();
    assertThat(((Estimate.Undefined) different.rHat()).reason()).contains("different values");
  }

  @Test
  void rankNormalizationUsesBlomScores() {
    // 4 draws ranked 1..4: z = Phi^-1((r - 3/8) / 4.25); for r = 1 that is Phi^-1(0.1470588)
    // = -1.04913139796397 (Python statistics.NormalDist), and r = 4 gives its negation
    double[][] scores = ConvergenceDiagnostics.normalScores(new double[][] {{10, 40}, {30, 20}});

    assertThat(scores[0][0]).isCloseTo(-1.04913139796397, within(1e-9));
    assertThat(scores[0][1]).isCloseTo(1.04913139796397, within(1e-9));
    assertThat(scores[1][0]).isCloseTo(-scores[1][1], within(1e-15));
  }
}
