package org.hnet.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The machine-readable result of {@code hnet run --json}; {@code docs/RESULTS.md} documents every
 * field. Energies are given as doubles and, for exact networks, as exact fractions; overlaps that
 * are undefined (no stored patterns) are null.
 *
 * @param format always {@code hnet-run}
 * @param formatVersion the version of this layout, 1
 * @param hnetVersion the hnet that produced it
 * @param model the model file as given on the command line
 * @param spec the JSON spec of the model the run came from (docs/SPEC.md, "Results")
 * @param implementation {@code generated} or {@code reference}
 * @param seed the seed of every random choice
 * @param noise the fraction of neurons flipped in each stored pattern
 * @param networks one entry per network run
 */
@JsonPropertyOrder({
  "format",
  "formatVersion",
  "hnetVersion",
  "model",
  "spec",
  "implementation",
  "seed",
  "noise",
  "networks"
})
record RunDocument(
    String format,
    int formatVersion,
    String hnetVersion,
    String model,
    SpecReference spec,
    String implementation,
    long seed,
    double noise,
    List<NetworkRun> networks) {

  /** A document that does not refer to a spec yet; see {@link #withSpec}. */
  RunDocument(
      String format,
      int formatVersion,
      String hnetVersion,
      String model,
      String implementation,
      long seed,
      double noise,
      List<NetworkRun> networks) {
    this(format, formatVersion, hnetVersion, model, null, implementation, seed, noise, networks);
  }

  /** This document referring to the spec {@code spec}. */
  RunDocument withSpec(SpecReference spec) {
    return new RunDocument(
        format, formatVersion, hnetVersion, model, spec, implementation, seed, noise, networks);
  }

  /**
   * The spec a result came from: the model as {@code hnet export --json} would write it.
   *
   * @param format always {@code hnet-spec}
   * @param formatVersion the spec format's version
   * @param sha256 the SHA-256 of the spec's canonical text (docs/SPEC.md)
   * @param model the model file as given on the command line
   */
  @JsonPropertyOrder({"format", "formatVersion", "sha256", "model"})
  record SpecReference(String format, int formatVersion, String sha256, String model) {}

  /**
   * One network's runs.
   *
   * @param name the network's name
   * @param size its number of neurons
   * @param activation {@code bipolar} or {@code binary}
   * @param schedule its dynamics
   * @param representation how the generated class stores its numbers, or "reference implementation"
   * @param rows grid rows, 0 if not a grid
   * @param columns grid columns, 0 if not a grid
   * @param storedPatterns recall of each stored pattern from a corrupted copy
   * @param probes runs from the probes file, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NetworkRun(
      String name,
      int size,
      String activation,
      String schedule,
      String representation,
      int rows,
      int columns,
      TrialSet storedPatterns,
      TrialSet probes) {}

  /**
   * A set of trials with its totals.
   *
   * @param source where the start states came from: {@code stored patterns} or the probes file
   * @param count the number of trials
   * @param correct how many ended exactly in their target pattern
   * @param retrieved how many ended in some stored pattern
   * @param negations how many ended in the complement of a stored pattern
   * @param spurious how many ended in a fixed point that is no stored pattern or complement
   * @param unfinished how many ended in a cycle or at the limit instead of a fixed point
   * @param byLabel totals per label, for probes with explicit labels only
   * @param trials every trial
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TrialSet(
      String source,
      int count,
      int correct,
      int retrieved,
      int negations,
      int spurious,
      int unfinished,
      List<LabelTotals> byLabel,
      List<Trial> trials) {}

  /**
   * Totals for the trials of one label.
   *
   * @param label the label
   * @param count trials with the label
   * @param correct how many reached a stored pattern with the same label
   */
  record LabelTotals(String label, int count, int correct) {}

  /**
   * One trial.
   *
   * @param label the label of the start state, or null
   * @param flipped neurons the noise flipped
   * @param outcome {@code fixed point}, {@code cycle} or {@code limit}
   * @param updates updates until the state was first stable (see docs/CONVENTIONS.md)
   * @param flips updates that changed a neuron
   * @param sweeps sweeps begun
   * @param period the cycle length, 0 without a cycle
   * @param withinConvergenceBound whether updates is at most n 2^n
   * @param energyBefore the start energy
   * @param energyAfter the final energy
   * @param exactEnergyBefore the start energy as an exact fraction, for exact networks
   * @param exactEnergyAfter the final energy as an exact fraction, for exact networks
   * @param overlapBefore the start state's overlap with the target pattern
   * @param overlapAfter the final state's overlap with the target pattern
   * @param reached for a fixed point {@code pattern}, {@code negation} or {@code spurious}; for a
   *     cycle or the limit {@code none}
   * @param reachedLabel the label of the pattern reached (or negated), or null
   * @param correct whether the final state is the target pattern
   * @param start the start state, one value per neuron
   * @param end the final state, one value per neuron
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Trial(
      String label,
      int flipped,
      String outcome,
      long updates,
      long flips,
      long sweeps,
      int period,
      boolean withinConvergenceBound,
      double energyBefore,
      double energyAfter,
      String exactEnergyBefore,
      String exactEnergyAfter,
      Double overlapBefore,
      Double overlapAfter,
      String reached,
      String reachedLabel,
      boolean correct,
      int[] start,
      int[] end) {}
}
