package org.hnet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.hnet.generator.Compilation;
import org.hnet.generator.export.Exports;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.diag.DiagnosticPrinter;
import org.hnet.lang.model.Network;
import org.hnet.lang.patterns.PatternFileResult;
import org.hnet.lang.patterns.PatternFiles;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Relaxation;
import org.hnet.runtime.recall.Noise;
import org.hnet.runtime.recall.RecallExperiment;
import org.hnet.runtime.recall.RecallTrial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hnet run MODEL}: generates the model's classes, compiles them in memory and runs a recall
 * experiment on each network: every stored pattern corrupted by noise, and optionally every row of
 * a probes file, each run to a fixed point or a cycle.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Generate, compile and run a model's networks: recall each stored pattern from a noisy"
          + " copy, and optionally run every row of a probes file.",
      "Every random choice (noise, random update orders) comes from --seed, so a run is"
          + " reproducible."
    })
final class RunCommand implements Callable<Integer> {

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
              + " ${DEFAULT-VALUE}).")
  private double noise = 0.1;

  @Option(
      names = "--trials",
      paramLabel = "N",
      description = "Noisy trials per stored pattern (default: ${DEFAULT-VALUE}).")
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
          "Also run from every row of FILE (the +/- format or CSV of 0/1 or -1/+1 values; a"
              + " 'label' column names the stored pattern a row should reach). No noise is added.")
  private Path probes;

  @Option(
      names = "--max-sweeps",
      paramLabel = "N",
      description = "Stop a run after N sweeps (default: the convergence bound n 2^n updates).")
  private Long maxSweeps;

  @Option(
      names = "--interpret",
      description = "Run the reference implementation instead of generated code.")
  private boolean interpret;

  @Option(
      names = "--pictures",
      paramLabel = "N",
      description = "Draw at most N probe runs as pictures, for grids (default: ${DEFAULT-VALUE}).")
  private int pictures = 6;

  @Option(names = "--json", description = "Print a JSON document instead of tables.")
  private boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    validateOptions();
    PrintWriter err = spec.commandLine().getErr();
    Compilation compilation = model.compile("", err);
    List<NetworkPlan> plans = selectedPlans(compilation);
    Instances instances = Instances.of(compilation.files(), interpret);
    List<RunReport> reports = new ArrayList<>();
    for (NetworkPlan plan : plans) {
      reports.add(run(plan, instances.create(plan, model.label()), err));
    }
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
    if (pictures < 0) {
      throw CommandFailure.invalid("--pictures must not be negative, got " + pictures);
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

  private RunReport run(NetworkPlan plan, HopfieldNetwork network, PrintWriter err) {
    Network declared = plan.network();
    SplittableRandom random = new SplittableRandom(seed);
    List<RecallTrial> stored =
        experiment(declared, Noise.of(noise))
            .storedPatterns(network, declared.patterns(), trials, random);
    List<RecallTrial> probeTrials = List.of();
    if (probes != null) {
      PatternSet probeSet = readProbes(declared, err);
      probeTrials = runProbes(network, declared, probeSet, random);
    }
    return new RunReport(plan, network, Noise.of(noise), stored, probeTrials, probes);
  }

  private RecallExperiment experiment(Network declared, Noise trialNoise) {
    Relaxation relaxation = Relaxation.of(declared.schedule());
    return RecallExperiment.of(
        maxSweeps == null ? relaxation : relaxation.withMaxSweeps(maxSweeps), trialNoise);
  }

  private List<RecallTrial> runProbes(
      HopfieldNetwork network, Network declared, PatternSet probeSet, SplittableRandom random) {
    RecallExperiment experiment = experiment(declared, Noise.none());
    PatternSet stored = declared.patterns();
    List<RecallTrial> results = new ArrayList<>();
    for (int k = 0; k < probeSet.size(); k++) {
      Optional<String> label = labelOf(probeSet, k);
      results.add(experiment.probe(network, stored, probeSet.pattern(k), label, random));
    }
    return results;
  }

  private static Optional<String> labelOf(PatternSet probeSet, int k) {
    String label = probeSet.labels().get(k);
    return label == null || label.isEmpty() ? Optional.empty() : Optional.of(label);
  }

  private PatternSet readProbes(Network network, PrintWriter err) {
    PatternFileResult read = PatternFiles.read(probes, network.activation());
    if (!read.diagnostics().isEmpty()) {
      err.print(
          DiagnosticPrinter.of(Map.of(probes.toString(), read.text())).render(read.diagnostics()));
    }
    PatternSet probeSet =
        read.patterns().orElseThrow(() -> CommandFailure.invalid("cannot use " + probes));
    if (probeSet.length() != network.size()) {
      throw CommandFailure.invalid(
          probes
              + " has rows of "
              + probeSet.length()
              + " values, but network "
              + network.name()
              + " has "
              + network.size()
              + " neurons");
    }
    return probeSet;
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
      out.println(toJson(document.withSpec(specReference)));
      return;
    }
    RunText text = new RunText(out, pictures);
    text.heading(model.label(), interpreted, seed);
    reports.forEach(text::network);
  }

  private static String toJson(RunDocument document) {
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the run as JSON", e);
    }
  }
}
