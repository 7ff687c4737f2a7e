package org.hnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hnet.generator.Compilation;
import org.hnet.generator.export.Exports;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.Enumeration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hnet sample MODEL}: runs independent Markov chains of each network in parallel and reports
 * means, standard errors and convergence diagnostics, against exact values when the network is
 * small enough to enumerate.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Sample a model's networks as Boltzmann machines: independent chains of Gibbs or"
          + " Metropolis sweeps, run in parallel, with the mean, standard error, effective sample"
          + " size and R-hat of the energy per neuron, the magnetisation m, |m| and, for small"
          + " networks, every neuron's P(on).",
      "Networks small enough to enumerate are compared with their exact distribution: exact"
          + " values, total variation and a chi-square test.",
      "Chain c draws only from the c-th split of --seed, so results do not depend on the number"
          + " of threads."
    })
final class SampleCommand implements Callable<Integer> {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Mixin private ModelOptions model;

  @Mixin private TemperatureOptions temperature;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      description = "Sample only this network (default: every network of the file).")
  private String networkName;

  @Option(
      names = "--sweeps",
      paramLabel = "N",
      description = "Sweeps per chain after burn-in (default: ${DEFAULT-VALUE}).")
  private long sweeps = 10_000;

  @Option(
      names = "--burn-in",
      paramLabel = "N",
      description = "Sweeps per chain before the first recorded one (default: ${DEFAULT-VALUE}).")
  private long burnIn = 1_000;

  @Option(
      names = "--thin",
      paramLabel = "K",
      description = "Record every K-th sweep (default: ${DEFAULT-VALUE}).")
  private int thin = 1;

  @Option(
      names = "--chains",
      paramLabel = "N",
      description =
          "Independent chains per network (default: the number of cores, ${DEFAULT-VALUE}).")
  private int chains = CORES;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads to run the chains on (default: the number of cores, ${DEFAULT-VALUE}); the"
              + " results do not depend on it.")
  private int threads = CORES;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed the chains' random streams are split from (default: ${DEFAULT-VALUE}).")
  private long seed = 1;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      description =
          "Run these dynamics instead of the model's: "
              + ChosenDynamics.METHODS
              + " (default: the model's, else gibbs).")
  private String method;

  @Option(
      names = "--start",
      paramLabel = "START",
      description =
          "How each chain starts: random (each free neuron a fair coin), on or off (default:"
              + " ${DEFAULT-VALUE}).")
  private String start = "random";

  @Option(
      names = "--max-free-neurons",
      paramLabel = "N",
      description =
          "Compare with the exact distribution only networks with at most N free neurons"
              + " (default: ${DEFAULT-VALUE}, at most 24).")
  private int maxFree = EnumerationLimit.DEFAULT_MAX_FREE;

  @Option(
      names = "--interpret",
      description = "Sample the reference implementation instead of generated code.")
  private boolean interpret;

  @Option(names = "--json", description = "Print a JSON document instead of tables.")
  private boolean json;

  @Option(
      names = "--trace-file",
      paramLabel = "FILE.csv",
      description =
          "Write the energy and magnetisation of every recorded sweep of every chain to FILE.csv"
              + " (--trace alone is the stack-trace switch of every command).")
  private Path trace;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    int draws = draws();
    ChainRunner.Start startState = startState();
    EnumerationLimit limit = new EnumerationLimit(maxFree, EnumerationLimit.SAMPLE_BYTES_PER_STATE);
    PrintWriter err = spec.commandLine().getErr();
    Compilation compilation = model.compile("", err);
    List<NetworkPlan> plans =
        NetworkSelection.select(
            compilation.plans(), plan -> plan.network().name(), networkName, model.label());
    Instances instances = Instances.of(compilation.files(), interpret);
    List<SampleReport> reports = new ArrayList<>();
    for (NetworkPlan plan : plans) {
      checkMemory(plan.network(), draws);
      reports.add(sample(plan, instances, limit, startState, draws));
    }
    if (trace != null) {
      TraceFile.write(trace, reports, burnIn, thin);
    }
    print(reports, document(compilation, instances, startState, draws, reports));
    return 0;
  }

  private int draws() {
    if (sweeps < 1 || thin < 1 || burnIn < 0 || chains < 1 || threads < 1) {
      throw CommandFailure.invalid(
          "need --sweeps >= 1, --thin >= 1, --burn-in >= 0, --chains >= 1 and --threads >= 1;"
              + " got "
              + sweeps
              + ", "
              + thin
              + ", "
              + burnIn
              + ", "
              + chains
              + " and "
              + threads);
    }
    long draws = sweeps / thin;
    if (draws < 4 || draws > Integer.MAX_VALUE) {
      throw CommandFailure.invalid(
          "--sweeps "
              + sweeps
              + " with --thin "
              + thin
              + " records "
              + draws
              + " sweeps per chain; the diagnostics need at least 4 (and at most 2^31 - 1)");
    }
    return (int) draws;
  }

  private ChainRunner.Start startState() {
    try {
      return ChainRunner.Start.valueOf(start.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CommandFailure.invalid("--start: expected random, on or off, got '" + start + "'");
    }
  }

  /** Refuses runs whose recorded draws would not fit the heap. */
  private void checkMemory(Network network, int draws) {
    long perDraw = 64 + (SampleReport.recordsNeurons(network) ? 9L * network.size() : 0) + 4;
    long need = (long) chains * draws * perDraw;
    long available = Runtime.getRuntime().maxMemory() / 2;
    if (need > available) {
      throw CommandFailure.invalid(
          "network "
              + network.name()
              + ": "
              + chains
              + " chains of "
              + draws
              + " recorded sweeps need about "
              + need / (1 << 20)
              + " MiB to record and analyse, more than the "
              + available / (1 << 20)
              + " MiB at hand; record fewer (--sweeps, --thin, --chains) or give java a larger"
              + " -Xmx");
    }
  }

  private SampleReport sample(
      NetworkPlan plan,
      Instances instances,
      EnumerationLimit limit,
      ChainRunner.Start startState,
      int draws) {
    Network network = plan.network();
    TemperatureOptions.Chosen chosen = temperature.choose(network);
    ChosenDynamics dynamics = ChosenDynamics.of(network, method);
    Optional<String> refusal = limit.refusal(network);
    Enumeration states = refusal.isEmpty() ? limit.enumerate(network) : null;
    double beta = chosen.temperature().betaValue();
    ChainRunner runner =
        new ChainRunner(
            dynamics.dynamics(),
            beta,
            network.sampling().annealing().map(AnnealingSchedule::toAnnealing),
            startState,
            burnIn,
            draws,
            thin,
            SampleReport.recordsNeurons(network),
            states);
    Supplier<StochasticNetwork> factory = () -> create(plan, instances);
    List<ChainDraws> results;
    try (Progress progress =
        Progress.of("sample " + network.name(), chains * runner.sweepsPerChain())) {
      results = runner.run(factory, seed, chains, threads, progress);
    }
    String representation =
        instances.interpreted() ? "reference implementation" : plan.representation().describe();
    SampleReport.Setup setup =
        new SampleReport.Setup(network, representation, chosen, dynamics, refusal.orElse(null));
    return SampleReport.of(
        setup, results, Optional.ofNullable(states).map(s -> ExactDistribution.of(s, beta)));
  }

  /** A fresh network; the reference implementation is given the model's clamps by hand. */
  private StochasticNetwork create(NetworkPlan plan, Instances instances) {
    StochasticNetwork network = (StochasticNetwork) instances.create(plan, model.label());
    if (instances.interpreted()) {
      for (Clamp clamp : plan.network().clamps()) {
        network.clamp(clamp.neuron(), clamp.value());
      }
    }
    return network;
  }

  private SampleDocument document(
      Compilation compilation,
      Instances instances,
      ChainRunner.Start startState,
      int draws,
      List<SampleReport> reports) {
    RunDocument.SpecReference reference =
        new RunDocument.SpecReference(
            SpecFormat.NAME,
            SpecFormat.VERSION,
            Exports.specSha256(compilation.model().orElseThrow()),
            model.label());
    return new SampleDocument(
        "hnet-sample",
        1,
        HnetCommand.Version.version(),
        model.label(),
        reference,
        instances.interpreted() ? "reference" : "generated",
        seed,
        chains,
        burnIn,
        sweeps,
        thin,
        draws,
        startState.name().toLowerCase(Locale.ROOT),
        reports.stream().map(SampleDocument::network).toList());
  }

  private void print(List<SampleReport> reports, SampleDocument document) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ExactCommand.toJson(document));
      return;
    }
    SampleText text = new SampleText(out);
    text.heading(model.label(), document);
    reports.forEach(text::network);
  }
}
