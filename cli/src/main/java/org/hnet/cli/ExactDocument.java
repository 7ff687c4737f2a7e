package org.hnet.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Temperature;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.StationarityCertificate;
import org.hnet.runtime.exact.SweepCertificate;
import org.hnet.runtime.exact.Thermodynamics;

/**
 * The machine-readable result of {@code hnet exact --json}; {@code docs/RESULTS.md} documents every
 * field. A number that is not finite (such as {@code ln Z} at T = 0) is written as the string
 * {@code "Infinity"}, {@code "-Infinity"} or {@code "NaN"}.
 *
 * @param format always {@code hnet-exact}
 * @param formatVersion the version of this layout, 1
 * @param hnetVersion the hnet that produced it
 * @param model the model file as given on the command line
 * @param spec the JSON spec of the model the results came from
 * @param passes whether every certificate of every network passes
 * @param networks one entry per network
 */
@JsonPropertyOrder({
  "format",
  "formatVersion",
  "hnetVersion",
  "model",
  "spec",
  "passes",
  "networks"
})
record ExactDocument(
    String format,
    int formatVersion,
    String hnetVersion,
    String model,
    RunDocument.SpecReference spec,
    boolean passes,
    List<NetworkExact> networks) {

  /** The most ground states listed. */
  static final int GROUND_STATES_LISTED = 16;

  /** The document of {@code reports}. */
  static ExactDocument of(List<ExactReport> reports, String model, RunDocument.SpecReference spec) {
    List<NetworkExact> networks = reports.stream().map(ExactDocument::network).toList();
    boolean passes = reports.stream().allMatch(ExactReport::passes);
    return new ExactDocument(
        "hnet-exact", 1, HnetCommand.Version.version(), model, spec, passes, networks);
  }

  /**
   * One network's exact results.
   *
   * @param name the network's name
   * @param size its number of neurons
   * @param activation {@code bipolar} or {@code binary}
   * @param freeNeurons the neurons not clamped
   * @param clamps the clamped neurons
   * @param lattice the lattice the neurons sit on, or null
   * @param temperature the temperature of the results
   * @param states the number of states enumerated, {@code 2^freeNeurons}
   * @param thermodynamics {@code ln Z} and the rest
   * @param magnetisation moments of {@code m}, and per-neuron values for lattices
   * @param marginals {@code P(s_u = on)} per neuron
   * @param means {@code <s_u>} per neuron
   * @param correlations {@code <s_u s_v>} per pair
   * @param groundStates the states of least energy
   * @param randomScan the certificate of the random-scan Gibbs kernel, or null when skipped
   * @param systematicSweep the certificate of one systematic-scan Gibbs sweep, or null
   * @param metropolis the certificate of random-site Metropolis, for Metropolis dynamics
   * @param passes whether every certificate made passes
   * @param distribution with {@code --matrix}: every state's probability
   * @param randomScanMatrix with {@code --matrix}: the random-scan Gibbs matrix
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "name",
    "size",
    "activation",
    "freeNeurons",
    "clamps",
    "lattice",
    "temperature",
    "states",
    "thermodynamics",
    "magnetisation",
    "marginals",
    "means",
    "correlations",
    "groundStates",
    "randomScan",
    "systematicSweep",
    "metropolis",
    "passes",
    "distribution",
    "randomScanMatrix"
  })
  record NetworkExact(
      String name,
      int size,
      String activation,
      int freeNeurons,
      List<ClampEntry> clamps,
      LatticeShape lattice,
      TemperatureEntry temperature,
      int states,
      Thermodynamics thermodynamics,
      MagnetisationEntry magnetisation,
      double[] marginals,
      double[] means,
      double[][] correlations,
      GroundStates groundStates,
      StationarityCertificate randomScan,
      SweepCertificate systematicSweep,
      StationarityCertificate metropolis,
      boolean passes,
      List<StateEntry> distribution,
      MatrixEntry randomScanMatrix) {}

  /**
   * A clamped neuron.
   *
   * @param neuron its name
   * @param index its index
   * @param value the value it is held at
   */
  record ClampEntry(String neuron, int index, int value) {}

  /**
   * A lattice's shape.
   *
   * @param rows rows
   * @param columns columns
   * @param boundary {@code periodic} or {@code open}
   */
  record LatticeShape(int rows, int columns, String boundary) {}

  /**
   * A temperature, exactly and as the double used.
   *
   * @param temperature T as an exact fraction, or {@code infinity}
   * @param beta 1/T as an exact fraction, or {@code infinity}
   * @param temperatureValue T as a double
   * @param betaValue beta as a double, the number every computation used
   * @param source where it came from: the model, {@code --temperature} or {@code --beta}
   */
  @JsonPropertyOrder({"temperature", "beta", "temperatureValue", "betaValue", "source"})
  record TemperatureEntry(
      String temperature, String beta, double temperatureValue, double betaValue, String source) {

    static TemperatureEntry of(TemperatureOptions.Chosen chosen) {
      Temperature t = chosen.temperature();
      return new TemperatureEntry(
          t.temperature().map(Exact::format).orElse("infinity"),
          t.beta().map(Exact::format).orElse("infinity"),
          t.temperatureValue(),
          t.betaValue(),
          chosen.source());
    }
  }

  /**
   * Moments of the magnetisation {@code m = (1/n) sum of sigma_u}, on = +1 and off = -1.
   *
   * @param mean {@code <m>}
   * @param meanAbsolute {@code <|m|>}
   * @param meanSquare {@code <m^2>}
   * @param meanFourth {@code <m^4>}
   * @param binderCumulant {@code 1 - <m^4> / (3 <m^2>^2)}
   * @param energyPerNeuron {@code e = <E> / n}
   * @param specificHeatPerNeuron {@code c = beta^2 Var(E) / n}
   */
  record MagnetisationEntry(
      double mean,
      double meanAbsolute,
      double meanSquare,
      double meanFourth,
      double binderCumulant,
      double energyPerNeuron,
      double specificHeatPerNeuron) {}

  /**
   * The states of least energy.
   *
   * @param energy their energy, exactly
   * @param count how many there are
   * @param states the first {@value #GROUND_STATES_LISTED}
   */
  record GroundStates(String energy, int count, List<StateEntry> states) {}

  /**
   * One state.
   *
   * @param index its state index: bit k is neuron k, 1 = on
   * @param state its values as + (on) and - (off), neuron 0 first
   * @param energy its energy, exactly
   * @param probability its probability, or null in a list of ground states
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StateEntry(long index, String state, String energy, Double probability) {}

  /**
   * A transition matrix.
   *
   * @param kernel its name
   * @param states the state index of each row and column, in order
   * @param rows {@code P(from, to)}: row = from, column = to
   */
  record MatrixEntry(String kernel, long[] states, double[][] rows) {}

  private static NetworkExact network(ExactReport report) {
    Network network = report.network();
    Enumeration states = report.states();
    Thermodynamics thermodynamics = report.thermodynamics();
    return new NetworkExact(
        network.name(),
        network.size(),
        network.activation().name().toLowerCase(java.util.Locale.ROOT),
        states.freeCount(),
        clamps(network),
        network.lattice().map(ExactDocument::shape).orElse(null),
        TemperatureEntry.of(report.temperature()),
        states.stateCount(),
        thermodynamics,
        magnetisation(report),
        report.marginals(),
        report.means(),
        report.correlations(),
        groundStates(report),
        report.randomScan().orElse(null),
        report.sweep().orElse(null),
        report.metropolis().orElse(null),
        report.passes(),
        report.matrix().map(m -> distribution(report)).orElse(null),
        report
            .matrix()
            .map(m -> new MatrixEntry("random-scan Gibbs", indices(states), m))
            .orElse(null));
  }

  private static List<ClampEntry> clamps(Network network) {
    List<ClampEntry> clamps = new ArrayList<>();
    for (Clamp clamp : network.clamps()) {
      clamps.add(
          new ClampEntry(network.neuronNames().get(clamp.neuron()), clamp.neuron(), clamp.value()));
    }
    return clamps;
  }

  private static LatticeShape shape(Lattice lattice) {
    return new LatticeShape(
        lattice.rows(),
        lattice.columns(),
        lattice.boundary().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static MagnetisationEntry magnetisation(ExactReport report) {
    ExactReport.Magnetisation m = report.magnetisation();
    int n = report.network().size();
    Thermodynamics t = report.thermodynamics();
    return new MagnetisationEntry(
        m.mean(),
        m.meanAbsolute(),
        m.meanSquare(),
        m.meanFourth(),
        m.binderCumulant(),
        t.meanEnergy() / n,
        t.specificHeat() / n);
  }

  private static GroundStates groundStates(ExactReport report) {
    Enumeration states = report.states();
    List<StateEntry> listed = new ArrayList<>();
    for (int i : report.groundStates(GROUND_STATES_LISTED)) {
      listed.add(state(states, i, null));
    }
    return new GroundStates(
        energy(states, states.minimumScaledEnergy()), states.groundStates().size(), listed);
  }

  private static List<StateEntry> distribution(ExactReport report) {
    Enumeration states = report.states();
    double[] p = report.distribution().probabilities();
    List<StateEntry> entries = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      entries.add(state(states, i, p[i]));
    }
    return entries;
  }

  static StateEntry state(Enumeration states, int i, Double probability) {
    return new StateEntry(
        states.stateIndex(i),
        signs(states, i),
        energy(states, states.scaledEnergy(i)),
        probability);
  }

  /** The state as + and -, neuron 0 first. */
  static String signs(Enumeration states, int i) {
    StringBuilder signs = new StringBuilder();
    long index = states.stateIndex(i);
    for (int u = 0; u < states.size(); u++) {
      signs.append((index >>> u & 1) != 0 ? '+' : '-');
    }
    return signs.toString();
  }

  static String energy(Enumeration states, long scaled) {
    return Exact.ratio(OptionalLong.of(scaled), states.scale());
  }

  private static long[] indices(Enumeration states) {
    long[] indices = new long[states.stateCount()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = states.stateIndex(i);
    }
    return indices;
  }
}
