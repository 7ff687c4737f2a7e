package org.hnet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Autocorrelation times of AR(1) chains with known tau = (1 + phi) / (1 - phi). Odds of a false
 * failure: by the Madras-Sokal formula the estimator's relative standard deviation is about sqrt(2
 * (2K + 1) / N) for a window of K lags; with N = 10^6 draws and K below 10 tau it is under 2.2% for
 * phi = 0.9 and under 0.5% for phi = 0, so the 10% band is more than 4.5 standard deviations wide
 * (odds below 1e-5 per case).
 */
class AutocorrelationTimeTest {

  @ParameterizedTest
  @CsvSource({"0.0, 11", "0.5, 12", "0.9, 13", "-0.3, 14"})
  void theTimeOfAnAr1ChainIsOnePlusPhiOverOneMinusPhi(double phi, long seed) {
    double[] chain = Ar1.chains(phi, 1, 1_000_000, seed)[0];

    AutocorrelationTime time = AutocorrelationTime.of(chain);

    assertThat(time.tau().value()).isCloseTo(Ar1.tau(phi), within(0.1 * Ar1.tau(phi)));
    assertThat(time.effectiveSampleSize().value())
        .isCloseTo(1_000_000 / Ar1.tau(phi), within(0.1 * 1_000_000 / Ar1.tau(phi)));
  }

  @Test
  void severalChainsCombine() {
    double[][] chains = Ar1.chains(0.5, 4, 250_000, 21);

    AutocorrelationTime time = AutocorrelationTime.of(chains);

    assertThat(time.tau().value()).isCloseTo(3, within(0.3));
    assertThat(time.truncationLag()).isPositive();
  }

  @Test
  void aConstantChainHasNoAutocorrelationTime() {
    AutocorrelationTime time = AutocorrelationTime.of(new double[] {2, 2, 2, 2, 2, 2});

    assertThat(time.tau().isDefined()).isFalse();
    assertThat(time.effectiveSampleSize()).isInstanceOf(Estimate.Undefined.class);
    assertThat(((Estimate.Undefined) time.tau()).reason()).contains("no variation");
  }

  @Test
  void anAlternatingChainIsHeldToTheAntitheticBound() {
    // x = 1, -1, 1, ...: rho_1 = -1 makes P_0 = 0, so tau = -1 + 0 is replaced by 1/log10(N)
    double[] alternating = new double[100];
    for (int t = 0; t < 100; t++) {
      alternating[t] = t % 2 == 0 ? 1 : -1;
    }

    AutocorrelationTime time = AutocorrelationTime.of(alternating);

    assertThat(time.tau().value()).isCloseTo(1 / Math.log10(100), within(1e-12));
  }
}
