package org.hnet.generator.export.json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.dynamics.Schedule;
import org.hnet.runtime.stochastic.Annealing;

/**
 * Reads what makes a network a Boltzmann machine, checked as the front end checks it: the {@code
 * sampling} member (temperature or beta, stochastic dynamics, annealing) and the {@code clamps}.
 */
final class SamplingReader {

  private final int size;
  private final Activation activation;

  private SamplingReader(int size, Activation activation) {
    this.size = size;
    this.activation = activation;
  }

  static SamplingReader of(int size, Activation activation) {
    return new SamplingReader(size, activation);
  }

  /**
   * The sampling declarations; {@code null} is none. Stochastic dynamics need a temperature or a
   * schedule, a schedule needs stochastic dynamics, and with stochastic dynamics the deterministic
   * dynamics are index order, as in the language.
   */
  Sampling sampling(SpecNode node, Schedule schedule) throws SpecException {
    if (node.isNull()) {
      return Sampling.none();
    }
    node.allowOnly(Set.of("temperature", "dynamics", "annealing"));
    Optional<Temperature> temperature = optional(node.field("temperature"), this::temperature);
    Optional<StochasticDynamics> dynamics = optional(node.field("dynamics"), this::dynamics);
    Optional<AnnealingSchedule> annealing = optional(node.field("annealing"), this::annealing);
    if (dynamics.isPresent() && temperature.isEmpty() && annealing.isEmpty()) {
      throw node.error("stochastic dynamics need a temperature or an annealing schedule");
    }
    if (annealing.isPresent() && dynamics.isEmpty()) {
      throw node.error("an annealing schedule needs stochastic dynamics to drive");
    }
    if (dynamics.isPresent() && !(schedule instanceof Schedule.IndexOrder)) {
      throw node.field("dynamics")
          .error("with stochastic dynamics the network's dynamics are asynchronous in index order");
    }
    return new Sampling(temperature, dynamics, annealing);
  }

  private interface Part<T> {
    T read(SpecNode node) throws SpecException;
  }

  private static <T> Optional<T> optional(SpecNode node, Part<T> part) throws SpecException {
    return node.isNull() ? Optional.empty() : Optional.of(part.read(node));
  }

  // the given form holds the value; the other is its reciprocal, or "infinite" for 0
  private Temperature temperature(SpecNode node) throws SpecException {
    node.allowOnly(Set.of("given", "temperature", "beta"));
    String given = node.field("given").string();
    if (!given.equals("temperature") && !given.equals("beta")) {
      throw node.field("given")
          .error("unknown form \"" + given + "\"; expected temperature or beta");
    }
    boolean beta = given.equals("beta");
    BigFraction value = nonNegative(node.field(given));
    Temperature temperature = beta ? Temperature.ofBeta(value) : Temperature.ofTemperature(value);
    SpecNode other = node.field(beta ? "temperature" : "beta");
    Optional<BigFraction> derived = beta ? temperature.temperature() : temperature.beta();
    String expected = derived.map(Rationals::text).orElse(SpecWriter.INFINITE);
    if (!other.string().equals(expected)
        && !(derived.isPresent() && derived.get().equals(parseOrNull(other)))) {
      throw other.error("expected \"" + expected + "\", the reciprocal of the given " + given);
    }
    return temperature;
  }

  private static BigFraction parseOrNull(SpecNode node) throws SpecException {
    return Rationals.parse(node.string()).orElse(null);
  }

  private static BigFraction nonNegative(SpecNode node) throws SpecException {
    BigFraction value = node.rational();
    if (value.signum() < 0) {
      throw node.error("temperatures and beta are never negative");
    }
    return value;
  }

  private StochasticDynamics dynamics(SpecNode node) throws SpecException {
    String rule = node.field("rule").string();
    String scan = node.field("scan").string();
    boolean gibbs = rule.equals("gibbs");
    if (!gibbs && !rule.equals("metropolis")) {
      throw node.field("rule").error("unknown rule \"" + rule + "\"; expected gibbs or metropolis");
    }
    node.allowOnly(
        scan.equals("order") ? Set.of("rule", "scan", "sequence") : Set.of("rule", "scan"));
    return switch (scan) {
      case "random" ->
          gibbs ? StochasticDynamics.gibbsRandomScan() : StochasticDynamics.metropolisRandomScan();
      case "sweep" ->
          gibbs ? StochasticDynamics.gibbsSweep() : StochasticDynamics.metropolisSweep();
      case "order" -> order(node, gibbs);
      default ->
          throw node.field("scan")
              .error("unknown scan \"" + scan + "\"; expected random, sweep or order");
    };
  }

  // a given order is for Gibbs dynamics, and visits every neuron
  private StochasticDynamics order(SpecNode node, boolean gibbs) throws SpecException {
    if (!gibbs) {
      throw node.field("scan").error("Metropolis dynamics take no given order");
    }
    List<SpecNode> elements = node.field("sequence").elements();
    int[] order = new int[elements.size()];
    BitSet visited = new BitSet(size);
    for (int k = 0; k < order.length; k++) {
      order[k] = elements.get(k).integer(0, size - 1);
      visited.set(order[k]);
    }
    if (visited.cardinality() != size) {
      throw node.field("sequence").error("the order misses neuron " + visited.nextClearBit(0));
    }
    return StochasticDynamics.gibbsOrder(order);
  }

  private AnnealingSchedule annealing(SpecNode node) throws SpecException {
    node.allowOnly(Set.of("shape", "start", "end", "sweeps"));
    Annealing.Shape shape = shape(node.field("shape"));
    BigFraction start = nonNegative(node.field("start"));
    BigFraction end = nonNegative(node.field("end"));
    long sweeps = node.field("sweeps").longInteger(1, 1L << 62);
    if (shape == Annealing.Shape.GEOMETRIC && (start.signum() == 0 || end.signum() == 0)) {
      throw node.error("a geometric schedule cannot start or end at temperature 0");
    }
    return new AnnealingSchedule(shape, start, end, sweeps);
  }

  private static Annealing.Shape shape(SpecNode node) throws SpecException {
    String shape = node.string();
    for (Annealing.Shape candidate : Annealing.Shape.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(shape)) {
        return candidate;
      }
    }
    throw node.error("unknown shape \"" + shape + "\"; expected linear or geometric");
  }

  /** The clamps: neurons in increasing order, each held at a value of the activation. */
  List<Clamp> clamps(SpecNode node) throws SpecException {
    List<Clamp> clamps = new ArrayList<>();
    int previous = -1;
    for (SpecNode element : node.elements()) {
      element.allowOnly(Set.of("neuron", "value"));
      int neuron = element.field("neuron").integer(0, size - 1);
      int value = element.field("value").integer();
      if (neuron <= previous) {
        throw element.field("neuron").error("clamped neurons are listed in increasing order, once");
      }
      if (!activation.contains(value)) {
        throw element
            .field("value")
            .error(
                value
                    + " is not "
                    + activation.describe()
                    + " (expected "
                    + activation.low()
                    + " or "
                    + activation.high()
                    + ")");
      }
      clamps.add(new Clamp(neuron, value));
      previous = neuron;
    }
    return clamps;
  }
}
