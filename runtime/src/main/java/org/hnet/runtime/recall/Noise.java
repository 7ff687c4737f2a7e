package org.hnet.runtime.recall;

import java.util.SplittableRandom;
import org.hnet.runtime.Activation;

/**
 * Corrupts a state by flipping (on to off, off to on) exactly {@code round(fraction * n)} distinct
 * neurons, chosen uniformly among all sets of that size.
 *
 * @param fraction the fraction of neurons to flip, in [0, 1]
 */
public record Noise(double fraction) {

  /** Checks that the fraction is in [0, 1]. */
  public Noise {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("noise fraction is not in [0, 1]: " + fraction);
    }
  }

  /** Noise flipping {@code fraction} of the neurons. */
  public static Noise of(double fraction) {
    return new Noise(fraction);
  }

  /** Noise that flips nothing. */
  public static Noise none() {
    return new Noise(0);
  }

  /** The number of neurons flipped in a state of {@code n} neurons: {@code round(fraction * n)}. */
  public int flipCount(int n) {
    return (int) Math.round(fraction * n);
  }

  /**
   * A copy of {@code state}, in {@code coding}, with {@link #flipCount(int)} distinct neurons
   * flipped, chosen by a partial Fisher-Yates shuffle drawn from {@code random}.
   *
   * @throws IllegalArgumentException if a value of {@code state} is not of {@code coding}
   */
  public int[] apply(int[] state, Activation coding, SplittableRandom random) {
    for (int value : state) {
      if (!coding.contains(value)) {
        throw new IllegalArgumentException(
            "state holds " + value + ", which is not " + coding.describe());
      }
    }
    int n = state.length;
    int[] neurons = new int[n];
    for (int i = 0; i < n; i++) {
      neurons[i] = i;
    }

    int[] corrupted = state.clone();
    int flips = flipCount(n);
    for (int i = 0; i < flips; i++) {
      int j = i + random.nextInt(n - i);
      int chosen = neurons[j];
      neurons[j] = neurons[i];
      neurons[i] = chosen;
      corrupted[chosen] = coding.of(corrupted[chosen] != coding.high());
    }
    return corrupted;
  }
}
