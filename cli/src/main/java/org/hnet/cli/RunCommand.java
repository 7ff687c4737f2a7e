package org.hnet.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.hnet.generator.Compilation;
import org.hnet.generator.export.Exports;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.Network;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Relaxation;
import org.hnet.runtime.recall.Noise;
import org.hnet.runtime.recall.RecallExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hnet run MODEL}: generates the model's classes, compiles them in memory and runs a recall
 * experiment on each network: every stored pattern corrupted by noise, and optionally every row of
 * a probes file, each run to a fixed point or a cycle.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY},
    description = {
      "Generate, compile and run a model's networks: recall each stored pattern from a noisy"
          + " copy, and optionally run every row of a probes file.",
      "",
      "Random numbers: every random choice (noise, random update orders) comes from --seed. Each"
          + " network starts from new SplittableRandom(seed); its first split() feeds the stored"
          + " patterns (one further split() per pattern, and one per trial of it), its second"
          + " split() the probes (one per row). A trial draws its noise first, then its update"
          + " orders. So the noisy copies are the same in every network, probe runs do not depend"
          + " on --trials, and generated code and --interpret give identical results.",
      "",
      "Limits: at most "
          + RunCommand.MAX_STORED_RUNS
          + " runs from stored patterns per network (patterns x --trials); with --json, which"
          + " lists every run and keeps them in memory, at most "
          + RunCommand.MAX_JSON_RUNS
          + " runs per network. The tables keep only the runs they show, whatever --trials.",
      ""
    })
final class RunCommand implements Callable<Integer> {
  /** The most runs from stored patterns one network may make (patterns times trials). */
  static final int MAX_STORED_RUNS = 10_000_000;

  /** The most runs one network may list in the JSON document. */
  static final int MAX_JSON_RUNS = 100_000;

  @Mixin private ModelOptions model;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      description = "Run only this network (default: every network of the file).")
  private String networkName;

  @Option(
      names = "--noise",
      paramLabel = "FRACTION",
      description =
          "Fraction of neurons flipped in each stored pattern before recall (default:"
              + " ${DEFAULT-VALUE}). Each run flips exactly round(fraction x n) distinct neurons,"
              + " chosen uniformly, where round goes to the nearest integer and halves up"
              + " (Java's Math.round): 0.1 of 4 neurons flips none, 0.125 of 4 flips one.")
  private double noise = 0.1;

  @Option(
      names = "--trials",
      paramLabel = "N",
      description = "Noisy runs from each stored pattern (default: ${DEFAULT-VALUE}).")
  private int trials = 1;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed of the noise and of random update orders (default: ${DEFAULT-VALUE}).")
  private long seed = 1;

  @Option(
      names = "--probes",
      paramLabel = "FILE",
      description =
          "Also run from every row of FILE, without noise: the +/- format or CSV of 0/1 or -1/+1"
              + " values. Only a CSV 'label' column labels the rows; then each run counts as"
              + " correct when it ends in a stored pattern with the row's label. Rows of other"
              + " files are unlabelled and counted by final state only.")
  private Path probes;

  @Option(
      names = "--max-sweeps",
      paramLabel = "N",
      description =
          "Stop a run after N sweeps (synchronous: steps). Default: no limit on sweeps; a run"
              + " stops at the latest after the convergence bound of n 2^n updates.")
  private Long maxSweeps;

  @Option(
      names = "--interpret",
      description = "Run the reference implementation instead of generated code.")
  private boolean interpret;

  @Option(
      names = "--show",
      paramLabel = "N",
      description =
          "List the first N runs of each set (stored patterns, probes) in a table: start,"
              + " updates, energies, overlap and what was reached (default: ${DEFAULT-VALUE}).")
  private int show = 10;

  @Option(
      names = "--pictures",
      paramLabel = "N",
      description =
          "Draw the first N runs of each set (stored patterns, probes) as pictures of the start"
              + " state, the final state and the target, for networks whose neurons form a grid;"
              + " 0 draws none (default: ${DEFAULT-VALUE}).")
  private int pictures = 6;

  @Option(
      names = "--json",
      description = "Print a JSON document instead of tables (see docs/RESULTS.md).")
  private boolean json;

  @Spec private CommandSpec spec;

  @ParentCommand private HnetCommand hnet;

  @Override
  public Integer call() {
    validateOptions();
    PrintWriter err = spec.commandLine().getErr();
    ProbesFile probesFile = probes == null ? null : ProbesFile.read(probes);
    hnet.doing("checking " + model.label());
    Compilation compilation = model.compile("", err);
    List<NetworkPlan> plans = selectedPlans(compilation);
    plans.forEach(this::checkStoredRuns);
    hnet.doing("compiling the generated classes of " + model.label());
    Instances instances = Instances.of(compilation.files(), interpret);
    List<RunReport> reports = new ArrayList<>();
    for (NetworkPlan plan : plans) {
      PatternSet probeSet = probesFile == null ? null : probesFile.patternsFor(plan.network(), err);
      reports.add(run(plan, instances.create(plan, model.label()), probeSet, probesFile));
    }
    hnet.doing("printing the results");
    print(reports, instances.interpreted(), spec(compilation));
    return 0;
  }

  private void validateOptions() {
    if (!(noise >= 0 && noise <= 1)) {
      throw CommandFailure.invalid("--noise must be between 0 and 1, got " + noise);
    }
    if (trials < 0) {
      throw CommandFailure.invalid("--trials must not be negative, got " + trials);
    }
    if (maxSweeps != null && maxSweeps < 1) {
      throw CommandFailure.invalid("--max-sweeps must be at least 1, got " + maxSweeps);
    }
    if (show < 0 || show > MAX_JSON_RUNS) {
      throw CommandFailure.invalid(
          "--show must be between 0 and " + MAX_JSON_RUNS + ", got " + show);
    }
    if (pictures < 0 || pictures > MAX_JSON_RUNS) {
      throw CommandFailure.invalid(
          "--pictures must be between 0 and " + MAX_JSON_RUNS + ", got " + pictures);
    }
  }

  /** Refuses, before anything runs, more runs than a network may make or list. */
  private void checkStoredRuns(NetworkPlan plan) {
    long runs = (long) plan.network().patterns().size() * trials;
    if (runs > MAX_STORED_RUNS) {
      throw CommandFailure.invalid(
          "--trials "
              + trials
              + " with the "
              + Descriptions.plural(plan.network().patterns().size(), "stored pattern")
              + " of network "
              + plan.network().name()
              + " makes "
              + runs
              + " runs; at most "
              + MAX_STORED_RUNS
              + " are allowed per network");
    }
    checkJsonRuns(plan, runs);
  }

  private void checkJsonRuns(NetworkPlan plan, long runs) {
    if (json && runs > MAX_JSON_RUNS) {
      throw CommandFailure.invalid(
          "--json lists every run and keeps them all in memory: at most "
              + MAX_JSON_RUNS
              + " runs per network, but network "
              + plan.network().name()
              + " would make "
              + runs
              + "; lower --trials, or leave out --json for tables and totals");
    }
  }

  private List<NetworkPlan> selectedPlans(Compilation compilation) {
    if (networkName == null) {
      return compilation.plans();
    }
    List<NetworkPlan> selected =
        compilation.plans().stream()
            .filter(plan -> plan.network().name().equals(networkName))
            .toList();
    if (selected.isEmpty()) {
      List<String> names = compilation.plans().stream().map(plan -> plan.network().name()).toList();
      throw CommandFailure.invalid(
          "--network: " + model.label() + " has no network '" + networkName + "'; it has " + names);
    }
    return selected;
  }

  private RunReport run(
      NetworkPlan plan, HopfieldNetwork network, PatternSet probeSet, ProbesFile probesFile) {
    Network declared = plan.network();
    long storedRuns = (long) declared.patterns().size() * trials;
    checkJsonRuns(plan, storedRuns + (probeSet == null ? 0 : probeSet.size()));
    hnet.doing(
        "running network "
            + declared.name()
            + " ("
            + Descriptions.plural(declared.size(), "neuron")
            + ", "
            + Descriptions.plural(storedRuns + (probeSet == null ? 0 : probeSet.size()), "run")
            + ")");
    RandomStreams streams = RandomStreams.of(seed);
    TrialLog stored = runStoredPatterns(network, declared, streams);
    TrialLog probeLog =
        probeSet == null
            ? null
            : runProbes(network, declared, probeSet, probesFile.labelled(), streams);
    return new RunReport(plan, network, Noise.of(noise), trials, stored, probeLog, probes);
  }

  private TrialLog runStoredPatterns(
      HopfieldNetwork network, Network declared, RandomStreams streams) {
    RecallExperiment experiment = experiment(declared, Noise.of(noise));
    TrialLog log = newLog(false);
    for (int k = 0; k < declared.patterns().size(); k++) {
      SplittableRandom pattern = streams.nextPattern();
      for (int t = 0; t < trials; t++) {
        log.add(experiment.storedPattern(network, declared.patterns(), k, pattern.split()));
      }
    }
    return log;
  }

  private TrialLog runProbes(
      HopfieldNetwork network,
      Network declared,
      PatternSet probeSet,
      boolean labelled,
      RandomStreams streams) {
    RecallExperiment experiment = experiment(declared, Noise.none());
    TrialLog log = newLog(labelled);
    for (int k = 0; k < probeSet.size(); k++) {
      Optional<String> label = labelled ? labelOf(probeSet, k) : Optional.empty();
      log.add(
          experiment.probe(
              network, declared.patterns(), probeSet.pattern(k), label, streams.nextProbe()));
    }
    return log;
  }

  private TrialLog newLog(boolean labelled) {
    return json
        ? TrialLog.keepingAll(labelled)
        : TrialLog.keepingFirst(Math.max(show, pictures), labelled);
  }

  private RecallExperiment experiment(Network declared, Noise trialNoise) {
    Relaxation relaxation = Relaxation.of(declared.schedule()).withoutEnergyTrace();
    return RecallExperiment.of(
        maxSweeps == null ? relaxation : relaxation.withMaxSweeps(maxSweeps), trialNoise);
  }

  private static Optional<String> labelOf(PatternSet probeSet, int k) {
    String label = probeSet.labels().get(k);
    return label == null || label.isEmpty() ? Optional.empty() : Optional.of(label);
  }

  private RunDocument.SpecReference spec(Compilation compilation) {
    String sha256 = Exports.specSha256(compilation.model().orElseThrow());
    return new RunDocument.SpecReference(
        SpecFormat.NAME, SpecFormat.VERSION, sha256, model.label());
  }

  private void print(
      List<RunReport> reports, boolean interpreted, RunDocument.SpecReference specReference) {
    PrintWriter out = spec.commandLine().getOut();
    String implementation = interpreted ? "reference" : "generated";
    if (json) {
      RunDocument document =
          RunReport.document(reports, model.label(), implementation, seed, noise);
      writeJson(out, document.withSpec(specReference));
      return;
    }
    RunText text = new RunText(out, show, pictures);
    text.heading(model.label(), interpreted, seed);
    reports.forEach(report -> text.network(report, interpreted));
  }

  /** Writes the document as it is serialized, without building it as one string first. */
  private static void writeJson(PrintWriter out, RunDocument document) {
    try {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, document);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the run as JSON", e);
    }
    out.println();
  }
}
