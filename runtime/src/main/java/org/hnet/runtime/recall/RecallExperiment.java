package org.hnet.runtime.recall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Relaxation;
import org.hnet.runtime.dynamics.RunResult;

/**
 * Recall trials: corrupt a start state with {@link Noise}, relax the network from it with a {@link
 * Relaxation}, and compare the final state with the stored patterns.
 *
 * <p>Patterns may be in either coding; they are compared with states on their bipolar forms and
 * converted to the network's coding to start a run. Probes are given in the network's coding.
 */
public final class RecallExperiment {

  private final Relaxation relaxation;
  private final Noise noise;

  private RecallExperiment(Relaxation relaxation, Noise noise) {
    this.relaxation = relaxation;
    this.noise = noise;
  }

  /** Trials that corrupt with {@code noise} and then run {@code relaxation}. */
  public static RecallExperiment of(Relaxation relaxation, Noise noise) {
    return new RecallExperiment(
        Objects.requireNonNull(relaxation, "relaxation"), Objects.requireNonNull(noise, "noise"));
  }

  /** The relaxation each trial runs. */
  public Relaxation relaxation() {
    return relaxation;
  }

  /** The noise applied to each start state. */
  public Noise noise() {
    return noise;
  }

  /**
   * {@code trialsPerPattern} trials for each stored pattern in turn, pattern 0 first; every trial
   * draws fresh noise (and, for a random order, fresh orders) from {@code random}.
   *
   * @throws IllegalArgumentException if {@code trialsPerPattern} is negative or the patterns do not
   *     fit the network
   */
  public List<RecallTrial> storedPatterns(
      HopfieldNetwork network, PatternSet patterns, int trialsPerPattern, SplittableRandom random) {
    if (trialsPerPattern < 0) {
      throw new IllegalArgumentException(
          "trialsPerPattern must not be negative, got " + trialsPerPattern);
    }
    PatternSet coded = inNetworkCoding(network, patterns);
    List<RecallTrial> trials = new ArrayList<>();
    for (int k = 0; k < coded.size(); k++) {
      for (int t = 0; t < trialsPerPattern; t++) {
        trials.add(storedPattern(network, coded, k, random));
      }
    }
    return trials;
  }

  /**
   * One trial from stored pattern {@code k}, corrupted by the noise.
   *
   * @throws IllegalArgumentException if the patterns do not fit the network
   */
  public RecallTrial storedPattern(
      HopfieldNetwork network, PatternSet patterns, int k, SplittableRandom random) {
    PatternSet coded = inNetworkCoding(network, patterns);
    Objects.checkIndex(k, coded.size());
    Optional<String> label = Optional.of(coded.labels().get(k));
    return trial(network, coded, coded.pattern(k), label, k, new int[] {k}, random);
  }

  /**
   * One trial from a given probe, corrupted by the noise (use {@link Noise#none()} to start from
   * the probe itself). A labelled probe aims at the stored patterns with the same label: the trial
   * is correct when the run reaches a fixed point equal to one of them.
   *
   * @param probe the start state, in the network's coding
   * @param label the probe's label, if it has one
   * @throws IllegalArgumentException if the probe or the patterns do not fit the network
   */
  public RecallTrial probe(
      HopfieldNetwork network,
      PatternSet patterns,
      int[] probe,
      Optional<String> label,
      SplittableRandom random) {
    PatternSet coded = inNetworkCoding(network, patterns);
    int[] targets = label.map(l -> indicesOf(coded, l)).orElse(new int[0]);
    int target = targets.length > 0 ? targets[0] : -1;
    return trial(network, coded, probe, label, target, targets, random);
  }

  private RecallTrial trial(
      HopfieldNetwork network,
      PatternSet patterns,
      int[] original,
      Optional<String> label,
      int target,
      int[] targets,
      SplittableRandom random) {
    int[] start = noise.apply(original, network.activation(), random);
    network.setState(start);
    RunResult run = relaxation.run(network, random);
    int[] end = new int[network.size()];
    network.copyState(end);

    Classification classification = Classification.of(end, network.activation(), patterns);
    int reference = target >= 0 ? target : classification.closestPattern();
    boolean correct = run.converged() && equalsAny(end, patterns, targets);
    return new RecallTrial(
        label,
        target,
        differences(original, start),
        start,
        end,
        run,
        overlap(start, patterns, reference),
        overlap(end, patterns, reference),
        classification,
        correct);
  }

  private static PatternSet inNetworkCoding(HopfieldNetwork network, PatternSet patterns) {
    if (patterns.length() != network.size()) {
      throw new IllegalArgumentException(
          "patterns have " + patterns.length() + " values, the network " + network.size());
    }
    return patterns.in(network.activation());
  }

  private static int[] indicesOf(PatternSet patterns, String label) {
    return IntStream.range(0, patterns.size())
        .filter(k -> patterns.labels().get(k).equals(label))
        .toArray();
  }

  private static boolean equalsAny(int[] state, PatternSet patterns, int[] candidates) {
    for (int k : candidates) {
      if (Arrays.equals(state, patterns.rows().get(k))) {
        return true;
      }
    }
    return false;
  }

  /** The number of neurons in which two states differ. */
  private static int differences(int[] a, int[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      count += a[i] != b[i] ? 1 : 0;
    }
    return count;
  }

  private static double overlap(int[] state, PatternSet patterns, int k) {
    if (k < 0) {
      return Double.NaN;
    }
    return Overlap.of(state, patterns.rows().get(k), patterns.activation());
  }
}
