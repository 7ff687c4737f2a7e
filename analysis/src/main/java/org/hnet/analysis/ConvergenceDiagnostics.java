package org.hnet.analysis;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * Convergence diagnostics of several chains of one scalar quantity, following Vehtari, Gelman,
 * Simpson, Carpenter and Buerkner (2021, "Rank-normalization, folding, and localization: an
 * improved R-hat for assessing convergence of MCMC", Bayesian Analysis 16(2)):
 *
 * <ul>
 *   <li><b>Split chains.</b> Each chain is cut into its first and second half (a chain of odd
 *       length loses its last draw), so {@code M} chains of {@code N} draws become {@code 2M} of
 *       {@code floor(N/2)}.
 *   <li><b>Rank normalization.</b> All draws are pooled and ranked (ties get their average rank,
 *       Hipparchus {@link NaturalRanking}), and rank {@code r} of {@code S} becomes the normal
 *       score {@code z = Phi^-1((r - 3/8) / (S + 1/4))} (Blom), with {@code Phi^-1} from Hipparchus
 *       {@link NormalDistribution}.
 *   <li><b>R-hat</b> is the rank-normalized split R-hat, the larger of the bulk R-hat (of the
 *       normal scores of the split chains) and the folded R-hat (of the normal scores of {@code |x
 *       - median(x)|}), each {@code sqrt(var+ / W)} (the paper's equation (4) and section 4.2).
 *   <li><b>Bulk ESS</b> is the effective sample size ({@link AutocorrelationTime}, Geyer's initial
 *       monotone sequence) of the rank-normalized split chains.
 *   <li><b>Tail ESS</b> is the smaller of the effective sample sizes of the indicators {@code x <=
 *       q_0.05} and {@code x <= q_0.95} on the split chains, with the quantiles of all draws (R's
 *       type 7, Hipparchus {@link Percentile.EstimationType#R_7}).
 * </ul>
 *
 * <p>An estimate is undefined, with its reason, when its chains have no within-chain variation: for
 * example when every draw is equal.
 *
 * @param rHat the rank-normalized split R-hat
 * @param bulkEffectiveSampleSize the bulk ESS
 * @param tailEffectiveSampleSize the tail ESS
 * @param chains the number of chains given
 * @param draws the number of draws per chain given
 */
public record ConvergenceDiagnostics(
    Estimate rHat,
    Estimate bulkEffectiveSampleSize,
    Estimate tailEffectiveSampleSize,
    int chains,
    int draws) {

  /**
   * The diagnostics of {@code chains}, one row per chain, all of equal length.
   *
   * @throws IllegalArgumentException if the chains differ in length, have fewer than 4 draws, or
   *     hold a non-finite draw
   */
  public static ConvergenceDiagnostics of(double[][] chains) {
    Chains.of(chains, 4);
    double[][] split = split(chains);

    Estimate bulkRHat = rHat(Chains.of(normalScores(split), 2));
    Estimate foldedRHat = rHat(Chains.of(normalScores(folded(split)), 2));
    Estimate rHat = larger("bulk R-hat", bulkRHat, "folded R-hat", foldedRHat);

    Estimate bulk = AutocorrelationTime.of(Chains.of(normalScores(split), 2)).effectiveSampleSize();
    Estimate tail = smaller("5% tail", tailEss(split, 5), "95% tail", tailEss(split, 95));
    return new ConvergenceDiagnostics(rHat, bulk, tail, chains.length, chains[0].length);
  }

  /** The first and second half of each chain. */
  static double[][] split(double[][] chains) {
    int half = chains[0].length / 2;
    double[][] split = new double[2 * chains.length][];
    for (int c = 0; c < chains.length; c++) {
      split[2 * c] = Arrays.copyOfRange(chains[c], 0, half);
      split[2 * c + 1] = Arrays.copyOfRange(chains[c], half, 2 * half);
    }
    return split;
  }

  /** {@code sqrt(var+ / W)}, undefined when no chain varies. */
  private static Estimate rHat(Chains chains) {
    String degenerate = chains.degenerate();
    if (degenerate != null) {
      return Estimate.undefined(degenerate);
    }
    return Estimate.of(Math.sqrt(chains.pooled() / chains.within()));
  }

  /** The normal scores of the pooled ranks, in the shape of {@code chains}. */
  static double[][] normalScores(double[][] chains) {
    double[] pooled = Arrays.stream(chains).flatMapToDouble(Arrays::stream).toArray();
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(pooled);
    NormalDistribution normal = new NormalDistribution(0, 1);
    int size = pooled.length;
    double[][] scores = new double[chains.length][];
    int k = 0;
    for (int c = 0; c < chains.length; c++) {
      scores[c] = new double[chains[c].length];
      for (int i = 0; i < scores[c].length; i++) {
        // Blom: z = Phi^-1((r - 3/8) / (S + 1/4))
        scores[c][i] = normal.inverseCumulativeProbability((ranks[k++] - 0.375) / (size + 0.25));
      }
    }
    return scores;
  }

  /** {@code |x - median of all draws|}. */
  private static double[][] folded(double[][] chains) {
    double median = quantile(chains, 50);
    double[][] folded = new double[chains.length][];
    for (int c = 0; c < chains.length; c++) {
      folded[c] = Arrays.stream(chains[c]).map(x -> Math.abs(x - median)).toArray();
    }
    return folded;
  }

  /** The ESS of the indicator {@code x <= q_p} over the split chains. */
  private static Estimate tailEss(double[][] chains, double percent) {
    double q = quantile(chains, percent);
    double[][] indicators = new double[chains.length][];
    for (int c = 0; c < chains.length; c++) {
      indicators[c] = Arrays.stream(chains[c]).map(x -> x <= q ? 1 : 0).toArray();
    }
    return AutocorrelationTime.of(Chains.of(indicators, 2)).effectiveSampleSize();
  }

  private static double quantile(double[][] chains, double percent) {
    double[] pooled = Arrays.stream(chains).flatMapToDouble(Arrays::stream).toArray();
    return new Percentile(percent)
        .withEstimationType(Percentile.EstimationType.R_7)
        .evaluate(pooled);
  }

  /** The larger of two estimates, or the first undefined one with its reason labelled. */
  private static Estimate larger(String labelA, Estimate a, String labelB, Estimate b) {
    if (!a.isDefined() || !b.isDefined()) {
      return undefinedOf(labelA, a, labelB, b);
    }
    return a.value() >= b.value() ? a : b;
  }

  /** The smaller of two estimates, or the first undefined one with its reason labelled. */
  private static Estimate smaller(String labelA, Estimate a, String labelB, Estimate b) {
    if (!a.isDefined() || !b.isDefined()) {
      return undefinedOf(labelA, a, labelB, b);
    }
    return a.value() <= b.value() ? a : b;
  }

  private static Estimate undefinedOf(String labelA, Estimate a, String labelB, Estimate b) {
    Estimate.Undefined first = (Estimate.Undefined) (a.isDefined() ? b : a);
    return Estimate.undefined((a.isDefined() ? labelB : labelA) + ": " + first.reason());
  }
}
