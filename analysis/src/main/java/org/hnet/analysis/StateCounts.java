package org.hnet.analysis;

/** Tallies of sampled states by index, for comparing a sampler with an exact distribution. */
public final class StateCounts {

  private StateCounts() {}

  /**
   * How often each of {@code stateCount} states occurs in {@code samples}.
   *
   * @throws IllegalArgumentException if a sample is not in {@code [0, stateCount)}
   */
  public static long[] of(int[] samples, int stateCount) {
    long[] counts = new long[stateCount];
    for (int s : samples) {
      if (s < 0 || s >= stateCount) {
        throw new IllegalArgumentException(
            "sampled state " + s + " is outside 0 to " + (stateCount - 1));
      }
      counts[s]++;
    }
    return counts;
  }

  /** The total of {@code counts}, checked against the number of states. */
  static long total(long[] counts, int states) {
    if (counts.length != states) {
      throw new IllegalArgumentException(
          counts.length + " counts for a distribution over " + states + " states");
    }
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("a count is negative: " + c);
      }
      total += c;
    }
    if (total == 0) {
      throw new IllegalArgumentException("no samples were counted");
    }
    return total;
  }
}
