package org.hnet.generator.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.JavaGenerator;
import org.hnet.generator.export.FormalStructure;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;

/**
 * Writes a checked model as the JSON spec of {@code docs/SPEC.md}, one method per field group. The
 * members come in the order the document lists them, so that the same model always gives the same
 * text.
 */
public final class SpecWriter {

  /** How the spec writes a temperature or beta that is {@code +infinity}. */
  static final String INFINITE = "infinite";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String source;

  private SpecWriter(String source) {
    this.source = source;
  }

  /** A writer whose provenance names {@code source} as the model file. */
  public static SpecWriter of(String source) {
    return new SpecWriter(source);
  }

  /** The spec of {@code model}. */
  public ObjectNode tree(Model model) {
    ObjectNode spec = JSON.objectNode();
    spec.put("format", SpecFormat.NAME);
    spec.put("formatVersion", SpecFormat.VERSION);
    spec.set("provenance", provenance());
    ArrayNode networks = spec.putArray("networks");
    model.networks().forEach(network -> networks.add(network(network)));
    return spec;
  }

  private ObjectNode provenance() {
    ObjectNode provenance = JSON.objectNode();
    provenance.put("source", source);
    provenance.put("generator", "hnet");
    provenance.put("generatorVersion", JavaGenerator.VERSION);
    return provenance;
  }

  private static ObjectNode network(Network network) {
    ObjectNode node = JSON.objectNode();
    node.put("name", network.name());
    node.put("size", network.size());
    ArrayNode neurons = node.putArray("neurons");
    network.neuronNames().forEach(neurons::add);
    node.set("groups", groups(network));
    node.set("grid", grid(network));
    node.set("partition", partition(network));
    node.put("activation", network.activation().describe());
    node.set("connections", connections(network));
    node.set("lattice", lattice(network));
    node.set("weightSource", weightSource(network.weightSource()));
    node.set("parameters", parameters(network));
    node.set("formalization", formalization(network));
    node.set("energy", JSON.objectNode().put("kind", network.energy().keyword()));
    node.set("dynamics", dynamics(network.schedule()));
    node.set("sampling", sampling(network.sampling()));
    node.set("clamps", clamps(network));
    node.set("patterns", patterns(network.patterns()));
    return node;
  }

  private static ArrayNode groups(Network network) {
    ArrayNode groups = JSON.arrayNode();
    for (NeuronGroup group : network.groups()) {
      ObjectNode g = groups.addObject();
      g.put("name", group.name());
      g.put("shape", group.shape().name().toLowerCase(java.util.Locale.ROOT));
      g.put("firstIndex", group.firstIndex());
      g.put("firstLabel", group.firstLabel());
      g.put("rows", group.rows());
      g.put("columns", group.columns());
    }
    return groups;
  }

  private static JsonNode grid(Network network) {
    if (!network.isGrid()) {
      return JSON.nullNode();
    }
    return JSON.objectNode().put("rows", network.rows()).put("columns", network.columns());
  }

  private static ObjectNode partition(Network network) {
    ObjectNode partition = JSON.objectNode();
    partition.set("input", ints(network.roles().input()));
    partition.set("output", ints(network.roles().output()));
    partition.set("hidden", ints(network.roles().hidden()));
    return partition;
  }

  private static ObjectNode connections(Network network) {
    ObjectNode connections = JSON.objectNode();
    if (network.connectivity().complete()) {
      return connections.put("kind", "complete");
    }
    if (network.lattice().isPresent()) {
      return connections.put("kind", "lattice");
    }
    connections.put("kind", "list");
    ArrayNode edges = connections.putArray("edges");
    for (Connection c : network.connectivity().connections()) {
      edges.addArray().add(c.from()).add(c.to());
    }
    return connections;
  }

  // rows, columns, boundary, coupling J, and field h when every threshold is -h (else null)
  private static JsonNode lattice(Network network) {
    if (network.lattice().isEmpty()) {
      return JSON.nullNode();
    }
    Lattice lattice = network.lattice().get();
    ObjectNode node = JSON.objectNode();
    node.put("rows", lattice.rows());
    node.put("columns", lattice.columns());
    node.put("boundary", lattice.boundary().name().toLowerCase(Locale.ROOT));
    node.put("coupling", Rationals.text(coupling(network)));
    Optional<BigFraction> field = field(network);
    return field.isPresent()
        ? node.put("field", Rationals.text(field.get()))
        : node.set("field", JSON.nullNode());
  }

  private static BigFraction coupling(Network network) {
    return ((WeightSource.Coupling) network.weightSource()).coupling();
  }

  /** The field h of a lattice whose thresholds are all -h; empty when they differ. */
  static Optional<BigFraction> field(Network network) {
    SparseParameters sparse = (SparseParameters) network.parameters();
    long first = sparse.scaledThreshold(0);
    for (int u = 1; u < sparse.size(); u++) {
      if (sparse.scaledThreshold(u) != first) {
        return Optional.empty();
      }
    }
    return Optional.of(network.threshold(0).negate());
  }

  /** Whether a network's thresholds and formalization vectors are listed neuron by neuron. */
  static boolean listsThresholds(Network network) {
    return network.lattice().isEmpty()
        || network.size() <= SpecFormat.LISTED_LATTICE_LIMIT
        || field(network).isEmpty();
  }

  private static ObjectNode weightSource(WeightSource source) {
    ObjectNode node = JSON.objectNode();
    if (source instanceof WeightSource.Coupling) {
      return node.put("kind", "coupling");
    }
    if (source instanceof WeightSource.Learned learned) {
      node.put("kind", "learned");
      node.put("rule", learned.rule().keyword());
      return node.put("scale", Rationals.text(learned.scale()));
    }
    if (source instanceof WeightSource.Matrix) {
      return node.put("kind", "matrix");
    }
    return node.put("kind", source instanceof WeightSource.Edges ? "edges" : "unspecified");
  }

  // weights: row = receiver, column = sender, each an exact rational
  private static ObjectNode parameters(Network network) {
    ObjectNode parameters = JSON.objectNode();
    parameters.put("exact", network.isExact());
    if (network.parameters() instanceof SparseParameters sparse) {
      return sparse(network, sparse, parameters);
    }
    parameters.put("storage", "dense");
    if (network.parameters() instanceof ExactParameters exact) {
      parameters.put("scale", Long.toString(exact.scale()));
    }
    int n = network.size();
    ArrayNode weights = parameters.putArray("weights");
    for (int u = 0; u < n; u++) {
      ArrayNode row = weights.addArray();
      for (int v = 0; v < n; v++) {
        row.add(Rationals.text(network.weight(u, v)));
      }
    }
    parameters.set("thresholds", thresholds(network));
    return parameters;
  }

  // rows: for each receiver u, its [sender, weight] pairs in increasing sender order
  private static ObjectNode sparse(Network network, SparseParameters sparse, ObjectNode node) {
    node.put("storage", "sparse");
    node.put("scale", Long.toString(sparse.scale()));
    if (network.size() <= SpecFormat.LISTED_LATTICE_LIMIT) {
      int[] starts = sparse.rowStarts();
      int[] senders = sparse.senders();
      ArrayNode rows = node.putArray("rows");
      for (int u = 0; u < network.size(); u++) {
        ArrayNode row = rows.addArray();
        for (int k = starts[u]; k < starts[u + 1]; k++) {
          row.addArray().add(senders[k]).add(Rationals.text(network.weight(u, senders[k])));
        }
      }
    }
    if (listsThresholds(network)) {
      node.set("thresholds", thresholds(network));
    }
    return node;
  }

  private static ArrayNode thresholds(Network network) {
    ArrayNode thresholds = JSON.arrayNode();
    for (int u = 0; u < network.size(); u++) {
      thresholds.add(Rationals.text(network.threshold(u)));
    }
    return thresholds;
  }

  // HopfieldNetwork: kappa1 = 0 (sigma empty); two-state: kappa1 = 1 (sigma = [0], unused);
  // kappa2 = 1 (theta = [threshold])
  private static ObjectNode formalization(Network network) {
    FormalStructure structure = FormalStructure.of(network);
    ObjectNode node = JSON.objectNode();
    node.put("structure", structure.specName());
    node.put("kappa1", structure.kappa1());
    node.put("kappa2", structure.kappa2());
    if (!listsThresholds(network)) {
      return node;
    }
    ArrayNode sigma = node.putArray("sigma");
    ArrayNode theta = node.putArray("theta");
    for (int u = 0; u < network.size(); u++) {
      ArrayNode values = sigma.addArray();
      for (int k = 0; k < structure.kappa1(); k++) {
        values.add("0");
      }
      theta.addArray().add(Rationals.text(network.threshold(u)));
    }
    return node;
  }

  private static ObjectNode dynamics(Schedule schedule) {
    ObjectNode node = JSON.objectNode();
    if (schedule instanceof Schedule.Synchronous) {
      return node.put("kind", "synchronous");
    }
    node.put("kind", "asynchronous");
    if (schedule instanceof Schedule.GivenOrder given) {
      node.put("order", "given");
      node.set("sequence", ints(given.order()));
      return node;
    }
    return node.put("order", schedule instanceof Schedule.RandomOrder ? "random" : "index");
  }

  // null when the network declares no temperature, stochastic dynamics or annealing
  private static JsonNode sampling(Sampling sampling) {
    if (sampling.equals(Sampling.none())) {
      return JSON.nullNode();
    }
    ObjectNode node = JSON.objectNode();
    node.set("temperature", sampling.temperature().map(SpecWriter::temperature).orElse(null));
    node.set("dynamics", sampling.dynamics().map(SpecWriter::stochastic).orElse(null));
    node.set("annealing", sampling.annealing().map(SpecWriter::annealing).orElse(null));
    return node;
  }

  // both forms, the one not written derived from it: T = 0 is beta "infinite" and beta = 0 is T
  // "infinite"
  private static ObjectNode temperature(Temperature temperature) {
    ObjectNode node = JSON.objectNode();
    boolean beta = temperature.given() == Temperature.Given.BETA;
    node.put("given", beta ? "beta" : "temperature");
    node.put("temperature", temperature.temperature().map(Rationals::text).orElse(INFINITE));
    node.put("beta", temperature.beta().map(Rationals::text).orElse(INFINITE));
    return node;
  }

  private static ObjectNode stochastic(StochasticDynamics dynamics) {
    ObjectNode node = JSON.objectNode();
    node.put("rule", dynamics.rule().keyword());
    return switch (dynamics.scan()) {
      case RANDOM -> node.put("scan", "random");
      case SYSTEMATIC -> node.put("scan", "sweep");
      case GIVEN_ORDER -> {
        node.put("scan", "order");
        yield node.set("sequence", ints(dynamics.order()));
      }
    };
  }

  private static ObjectNode annealing(AnnealingSchedule schedule) {
    ObjectNode node = JSON.objectNode();
    node.put("shape", schedule.shape().name().toLowerCase(Locale.ROOT));
    node.put("start", Rationals.text(schedule.start()));
    node.put("end", Rationals.text(schedule.end()));
    return node.put("sweeps", schedule.sweeps());
  }

  private static ArrayNode clamps(Network network) {
    ArrayNode clamps = JSON.arrayNode();
    for (Clamp clamp : network.clamps()) {
      clamps.addObject().put("neuron", clamp.neuron()).put("value", clamp.value());
    }
    return clamps;
  }

  private static ArrayNode patterns(PatternSet patterns) {
    ArrayNode rows = JSON.arrayNode();
    for (int k = 0; k < patterns.size(); k++) {
      ObjectNode row = rows.addObject();
      row.put("label", patterns.labels().get(k));
      row.set("values", ints(patterns.pattern(k)));
    }
    return rows;
  }

  private static ArrayNode ints(int[] values) {
    ArrayNode array = JSON.arrayNode();
    for (int value : values) {
      array.add(value);
    }
    return array;
  }
}
