package org.hnet.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hnet.analysis.Estimate;
import org.hnet.analysis.GoodnessOfFit;
import org.hnet.lang.model.AnnealingSchedule;

/**
 * The machine-readable result of {@code hnet sample --json}; {@code docs/RESULTS.md} documents
 * every field. A diagnostic that is undefined is null, and the map {@code undefined} of its
 * observable says why.
 *
 * @param format always {@code hnet-sample}
 * @param formatVersion the version of this layout, 1
 * @param hnetVersion the hnet that produced it
 * @param model the model file as given on the command line
 * @param spec the JSON spec of the model the results came from
 * @param implementation {@code generated} or {@code reference}
 * @param seed the seed every chain's stream is split from
 * @param chains the number of chains per network
 * @param burnIn sweeps per chain before the first recorded one
 * @param sweeps sweeps per chain after burn-in
 * @param thinning sweeps per recorded state
 * @param draws recorded states per chain
 * @param start how each chain starts: {@code random}, {@code off} or {@code on}
 * @param networks one entry per network
 */
@JsonPropertyOrder({
  "format",
  "formatVersion",
  "hnetVersion",
  "model",
  "spec",
  "implementation",
  "seed",
  "chains",
  "burnIn",
  "sweeps",
  "thinning",
  "draws",
  "start",
  "networks"
})
record SampleDocument(
    String format,
    int formatVersion,
    String hnetVersion,
    String model,
    RunDocument.SpecReference spec,
    String implementation,
    long seed,
    int chains,
    long burnIn,
    long sweeps,
    int thinning,
    int draws,
    String start,
    List<NetworkSample> networks) {

  /**
   * One network's sampling.
   *
   * @param name the network's name
   * @param size its number of neurons
   * @param activation {@code bipolar} or {@code binary}
   * @param representation how the sampled class stores its numbers
   * @param dynamics the dynamics as written in a model ({@code gibbs}, {@code metropolis sweep})
   * @param dynamicsSource where the dynamics came from
   * @param temperature the sampling temperature
   * @param annealing the schedule run before burn-in, or null
   * @param observables the summary of each observable
   * @param exact the comparison with the exact distribution, or null
   * @param noExact why there is no comparison, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "name",
    "size",
    "activation",
    "representation",
    "dynamics",
    "dynamicsSource",
    "temperature",
    "annealing",
    "observables",
    "exact",
    "noExact"
  })
  record NetworkSample(
      String name,
      int size,
      String activation,
      String representation,
      String dynamics,
      String dynamicsSource,
      ExactDocument.TemperatureEntry temperature,
      AnnealingEntry annealing,
      List<Observable> observables,
      Comparison exact,
      String noExact) {}

  /**
   * An annealing schedule.
   *
   * @param shape {@code linear} or {@code geometric}
   * @param from the first temperature, exactly
   * @param to the last temperature, exactly
   * @param sweeps its number of sweeps
   */
  record AnnealingEntry(String shape, String from, String to, long sweeps) {}

  /**
   * One observable over all chains.
   *
   * @param name what was measured
   * @param mean the mean of all draws
   * @param standardError {@code sqrt(variance / ESS)}
   * @param effectiveSampleSize the ESS of the raw draws
   * @param autocorrelationTime the integrated autocorrelation time, in draws
   * @param rHat the rank-normalized split R-hat (Vehtari et al. 2021)
   * @param bulkEffectiveSampleSize the bulk ESS
   * @param tailEffectiveSampleSize the tail ESS
   * @param exact the exact expectation, or null
   * @param deviation {@code (mean - exact) / standardError}, or null
   * @param undefined for each diagnostic above that is null, why
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Observable(
      String name,
      double mean,
      Double standardError,
      Double effectiveSampleSize,
      Double autocorrelationTime,
      Double rHat,
      Double bulkEffectiveSampleSize,
      Double tailEffectiveSampleSize,
      Double exact,
      Double deviation,
      Map<String, String> undefined) {

    static Observable of(ObservableSummary s) {
      Map<String, String> undefined = new LinkedHashMap<>();
      return new Observable(
          s.name(),
          s.mean(),
          value("standardError", s.standardError(), undefined),
          value("effectiveSampleSize", s.effectiveSampleSize(), undefined),
          value("autocorrelationTime", s.autocorrelationTime(), undefined),
          value("rHat", s.rHat(), undefined),
          value("bulkEffectiveSampleSize", s.bulkEffectiveSampleSize(), undefined),
          value("tailEffectiveSampleSize", s.tailEffectiveSampleSize(), undefined),
          s.exact().isPresent() ? s.exact().getAsDouble() : null,
          s.deviation().isPresent() ? s.deviation().getAsDouble() : null,
          undefined.isEmpty() ? null : undefined);
    }

    private static Double value(String field, Estimate estimate, Map<String, String> undefined) {
      if (estimate instanceof Estimate.Undefined none) {
        undefined.put(field, none.reason());
        return null;
      }
      return estimate.value();
    }
  }

  /**
   * The sampled states against the exact distribution.
   *
   * @param states the number of states
   * @param draws every recorded draw of every chain
   * @param totalVariation the total-variation distance of all draws
   * @param thinning the chi-square test counts every {@code thinning}-th draw of each chain
   * @param largestAutocorrelationTime the {@code tau} of {@code thinning = ceil(2 tau)}
   * @param thinnedDraws the draws the test counts
   * @param chiSquare the test, or null when no draw was counted
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Comparison(
      int states,
      long draws,
      double totalVariation,
      int thinning,
      Double largestAutocorrelationTime,
      long thinnedDraws,
      ChiSquare chiSquare) {}

  /**
   * Pearson's chi-square test of the thinned state counts.
   *
   * @param statistic the statistic
   * @param degreesOfFreedom cells after pooling, minus 1
   * @param pValue the p-value, or null when fewer than two cells remain
   * @param cells the cells after pooling states expecting fewer than 5 draws
   * @param pooledStates the states pooled into one cell
   * @param undefined why the p-value is null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ChiSquare(
      double statistic,
      int degreesOfFreedom,
      Double pValue,
      int cells,
      int pooledStates,
      String undefined) {

    static ChiSquare of(GoodnessOfFit fit) {
      Estimate p = fit.pValue();
      return new ChiSquare(
          fit.statistic(),
          fit.degreesOfFreedom(),
          p.isDefined() ? p.value() : null,
          fit.cells(),
          fit.pooledStates(),
          p instanceof Estimate.Undefined none ? none.reason() : null);
    }
  }

  /** The entry of one network. */
  static NetworkSample network(SampleReport report) {
    return new NetworkSample(
        report.network().name(),
        report.network().size(),
        report.network().activation().name().toLowerCase(Locale.ROOT),
        report.representation(),
        report.dynamics().dynamics().describe(),
        report.dynamics().source(),
        ExactDocument.TemperatureEntry.of(report.temperature()),
        report.annealing().map(SampleDocument::annealing).orElse(null),
        report.observables().stream().map(Observable::of).toList(),
        report.comparison().map(SampleDocument::comparison).orElse(null),
        report.comparison().isPresent() ? null : report.noComparison());
  }

  private static AnnealingEntry annealing(AnnealingSchedule schedule) {
    return new AnnealingEntry(
        schedule.shape().name().toLowerCase(Locale.ROOT),
        Exact.format(schedule.start()),
        Exact.format(schedule.end()),
        schedule.sweeps());
  }

  private static Comparison comparison(SampleReport.StateComparison c) {
    return new Comparison(
        c.states(),
        c.draws(),
        c.totalVariation(),
        c.thinning(),
        Double.isNaN(c.largestAutocorrelationTime()) ? null : c.largestAutocorrelationTime(),
        c.thinnedDraws(),
        c.fit() == null ? null : ChiSquare.of(c.fit()));
  }
}
