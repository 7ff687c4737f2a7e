package org.hnet.cli;

import java.util.SplittableRandom;

/**
 * The random numbers of one network's runs, all derived from {@code --seed} so that a run is
 * reproducible and its parts do not disturb each other:
 *
 * <pre>
 * root            = new SplittableRandom(seed)
 * storedPatterns  = root.split()              (first)
 * probes          = root.split()              (second)
 * pattern k       = storedPatterns.split()    (k = 0, 1, ..., in pattern order)
 * trial t of k    = (pattern k).split()       (t = 0, 1, ..., --trials - 1)
 * probe row r     = probes.split()            (r = 0, 1, ..., in file order)
 * </pre>
 *
 * <p>A trial draws the noise first (a partial Fisher-Yates shuffle) and then, for {@code
 * asynchronous random} dynamics, one order per sweep. Every network of a file starts from the same
 * root, so the noisy copies of stored pattern k are the same in every network that has it; a probe
 * run depends on neither {@code --trials} nor the stored-pattern runs; trial t of pattern k does
 * not depend on {@code --trials} either; and generated code and the reference implementation draw
 * the same numbers.
 */
final class RandomStreams {
  private final SplittableRandom storedPatterns;
  private final SplittableRandom probes;

  private RandomStreams(SplittableRandom root) {
    this.storedPatterns = root.split();
    this.probes = root.split();
  }

  /** The streams of one network's runs from {@code seed}. */
  static RandomStreams of(long seed) {
    return new RandomStreams(new SplittableRandom(seed));
  }

  /** The stream of the next stored pattern, whose {@code split()}s give its trials in order. */
  SplittableRandom nextPattern() {
    return storedPatterns.split();
  }

  /** The stream of the next probe row. */
  SplittableRandom nextProbe() {
    return probes.split();
  }
}
