package org.hnet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Chi-square goodness of fit, pooling and total variation on hand-computed cases. */
class GoodnessOfFitTest {

  @Test
  void aKnownCaseHasTheTextbookStatisticAndPValue() {
    // 30 and 10 draws of a fair coin: expected 20 and 20, chi^2 = 2 * 10^2 / 20 = 10 with 1
    // degree of freedom, p = P(Z^2 > 10) = erfc(sqrt(5)) = 0.0015654022580025488
    GoodnessOfFit fit = GoodnessOfFit.chiSquare(new long[] {30, 10}, new double[] {0.5, 0.5});

    assertThat(fit.statistic()).isCloseTo(10, within(1e-12));
    assertThat(fit.degreesOfFreedom()).isEqualTo(1);
    assertThat(fit.pValue().value()).isCloseTo(0.0015654022580025488, within(1e-12));
    assertThat(fit.pooledStates()).isZero();
  }

  @Test
  void countsEqualToTheirExpectationsHavePValueOne() {
    GoodnessOfFit fit =
        GoodnessOfFit.chiSquare(new long[] {10, 20, 30}, new double[] {1 / 6.0, 1 / 3.0, 0.5});

    assertThat(fit.statistic()).isCloseTo(0, within(1e-12));
    assertThat(fit.pValue().value()).isCloseTo(1, within(1e-12));
  }

  @Test
  void sparseCellsArePooledSmallestFirstUntilTheyExpectFive() {
    // 100 draws: expected 50, 45, 3 and 2; the last two pool into one cell expecting 5, observed
    // 4 + 1 = 5; chi^2 = (52-50)^2/50 + (43-45)^2/45 + 0 = 0.08 + 0.0888... with 2 degrees
    GoodnessOfFit fit =
        GoodnessOfFit.chiSquare(new long[] {52, 43, 4, 1}, new double[] {0.5, 0.45, 0.03, 0.02});

    assertThat(fit.cells()).isEqualTo(3);
    assertThat(fit.pooledStates()).isEqualTo(2);
    assertThat(fit.degreesOfFreedom()).isEqualTo(2);
    assertThat(fit.statistic()).isCloseTo(0.08 + 4 / 45.0, within(1e-12));
  }

  @Test
  void everythingPooledLeavesThePValueUndefined() {
    GoodnessOfFit fit = GoodnessOfFit.chiSquare(new long[] {2, 1}, new double[] {0.5, 0.5});

    assertThat(fit.pValue().isDefined()).isFalse();
  }

  @Test
  void totalVariationIsHalfTheL1Distance() {
    // empirical (0.75, 0.25) against (0.5, 0.5): (0.25 + 0.25) / 2
    assertThat(TotalVariation.distance(new long[] {30, 10}, new double[] {0.5, 0.5}))
        .isCloseTo(0.25, within(1e-15));
    assertThat(
            TotalVariation.distance(
                StateCounts.of(new int[] {0, 1, 1, 2}, 3), new double[] {0.25, 0.5, 0.25}))
        .isZero();
  }

  @Test
  void badInputsAreRefused() {
    assertThatThrownBy(() -> TotalVariation.distance(new long[] {1}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 counts");
    assertThatThrownBy(() -> StateCounts.of(new int[] {3}, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state 3");
  }
}
