package org.hnet.runtime.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.junit.jupiter.api.Test;

class NoiseTest {

  private static int differences(int[] a, int[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      count += a[i] != b[i] ? 1 : 0;
    }
    return count;
  }

  @Test
  void noiseFlipsExactlyTheRoundedCount() {
    SplittableRandom random = new SplittableRandom(3);
    int[] state = new int[100];
    Arrays.fill(state, 1);

    for (int trial = 0; trial < 200; trial++) {
      // round(0.1 * 100) = 10 distinct neurons, every time
      assertThat(differences(state, Noise.of(0.1).apply(state, Activation.BIPOLAR, random)))
          .isEqualTo(10);
    }
    // round(0.25 * 10) = round(2.5) = 3; round(0.24 * 10) = 2
    assertThat(Noise.of(0.25).flipCount(10)).isEqualTo(3);
    assertThat(Noise.of(0.24).flipCount(10)).isEqualTo(2);
  }

  @Test
  void fullNoiseGivesTheComplementInEitherCoding() {
    SplittableRandom random = new SplittableRandom(5);

    assertThat(Noise.of(1).apply(new int[] {1, -1, -1}, Activation.BIPOLAR, random))
        .containsExactly(-1, 1, 1);
    assertThat(Noise.of(1).apply(new int[] {0, 1, 1, 0}, Activation.BINARY, random))
        .containsExactly(1, 0, 0, 1);
    assertThat(Noise.none().apply(new int[] {0, 1}, Activation.BINARY, random))
        .containsExactly(0, 1);
  }

  @Test
  void noiseLeavesItsInputAlone() {
    int[] state = {1, 1, 1, 1};

    Noise.of(0.5).apply(state, Activation.BIPOLAR, new SplittableRandom(1));

    assertThat(state).containsExactly(1, 1, 1, 1);
  }

  @Test
  void everyNeuronIsEquallyLikelyToFlip() {
    // 3 of 10 neurons flipped per trial: each neuron flips with probability 0.3, so in 20000
    // trials its count is binomial with mean 6000 and standard deviation sqrt(20000 * 0.21) ~ 65;
    // a bound of 6 standard deviations (390) fails by chance with odds below 1e-8 per run
    SplittableRandom random = new SplittableRandom(2_024);
    int[] state = new int[10];
    Arrays.fill(state, -1);
    int[] counts = new int[10];

    for (int trial = 0; trial < 20_000; trial++) {
      int[] noisy = Noise.of(0.3).apply(state, Activation.BIPOLAR, random);
      for (int i = 0; i < 10; i++) {
        counts[i] += noisy[i] == 1 ? 1 : 0;
      }
    }

    for (int i = 0; i < 10; i++) {
      assertThat(counts[i]).as("flips of neuron %d", i).isBetween(5_610, 6_390);
    }
  }

  @Test
  void badFractionsAndValuesAreQuoted() {
    assertThatThrownBy(() -> Noise.of(1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> Noise.of(-0.1)).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> Noise.of(Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(
            () ->
                Noise.of(0.5).apply(new int[] {1, 0}, Activation.BIPOLAR, new SplittableRandom(1)))
        .hasMessageContaining("holds 0");
  }
}
