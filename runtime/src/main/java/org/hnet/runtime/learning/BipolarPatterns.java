package org.hnet.runtime.learning;

/** Checks shared by the learning rules. */
final class BipolarPatterns {

  /** The largest number of neurons whose flat {@code size * size} weight array Java can index. */
  static final int MAX_SIZE = 46_340;

  private BipolarPatterns() {}

  /** Checks that a network of {@code size} neurons can be stored flat. */
  static int checkSize(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "number of neurons must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    return size;
  }

  /** Checks that {@code pattern} has {@code size} values, each -1 or +1. */
  static void check(int size, int[] pattern) {
    if (pattern.length != size) {
      throw new IllegalArgumentException(
          "pattern has " + pattern.length + " values, expected " + size);
    }
    for (int i = 0; i < size; i++) {
      if (pattern[i] != 1 && pattern[i] != -1) {
        throw new IllegalArgumentException(
            "pattern value at index " + i + " is " + pattern[i] + ", expected -1 or +1");
      }
    }
  }
}
