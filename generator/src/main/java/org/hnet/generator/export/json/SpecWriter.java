package org.hnet.generator.export.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hnet.generator.JavaGenerator;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/**
 * Writes a checked model as the JSON spec of {@code docs/SPEC.md}, one method per field group. The
 * members come in the order the document lists them, so that the same model always gives the same
 * text.
 */
public final class SpecWriter {

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
    node.set("weightSource", weightSource(network.weightSource()));
    node.set("parameters", parameters(network));
    node.set("formalization", formalization(network));
    node.set("energy", JSON.objectNode().put("kind", network.energy().keyword()));
    node.set("dynamics", dynamics(network.schedule()));
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

  private static com.fasterxml.jackson.databind.JsonNode grid(Network network) {
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
    connections.put("kind", "list");
    ArrayNode edges = connections.putArray("edges");
    for (Connection c : network.connectivity().connections()) {
      edges.addArray().add(c.from()).add(c.to());
    }
    return connections;
  }

  private static ObjectNode weightSource(WeightSource source) {
    ObjectNode node = JSON.objectNode();
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
    ArrayNode thresholds = parameters.putArray("thresholds");
    for (int u = 0; u < n; u++) {
      thresholds.add(Rationals.text(network.threshold(u)));
    }
    return parameters;
  }

  // HopfieldNetwork: kappa1 = 0 (sigma empty), kappa2 = 1 (theta = [threshold])
  private static ObjectNode formalization(Network network) {
    ObjectNode node = JSON.objectNode();
    node.put("structure", structure(network));
    node.put("kappa1", 0);
    node.put("kappa2", 1);
    ArrayNode sigma = node.putArray("sigma");
    ArrayNode theta = node.putArray("theta");
    for (int u = 0; u < network.size(); u++) {
      sigma.addArray();
      theta.addArray().add(Rationals.text(network.threshold(u)));
    }
    return node;
  }

  /** The formalization's structure a network instantiates ({@code docs/SPEC.md}). */
  public static String structure(Network network) {
    return network.activation() == Activation.BIPOLAR ? "HopfieldNetwork" : "NeuralNetwork";
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
