package org.hnet.generator.export;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random {@code .hnet} texts covering the language: singles, ranges and grids, roles, both
 * activations, complete and explicit connections and lattices, weights as a matrix, on edges,
 * learned or from a coupling, every form of thresholds and fields, labelled patterns, every kind of
 * deterministic and stochastic dynamics, temperatures and beta (0 included), annealing and clamps.
 * Not every text is a valid model (for example dependent patterns for the pseudo-inverse rule);
 * callers skip those.
 */
final class RandomModels {

  private final SplittableRandom random;
  private final List<String> names = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean binary;
  private boolean connectedPairs;
  private final List<int[]> edges = new ArrayList<>();

  private RandomModels(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The text of a random model with one or two networks, from {@code seed}. */
  static String model(long seed) {
    RandomModels models = new RandomModels(seed);
    int networks = 1 + models.random.nextInt(2);
    for (int k = 0; k < networks; k++) {
      models.network("net" + k);
    }
    return models.text.toString();
  }

  private void network(String name) {
    names.clear();
    edges.clear();
    text.append("network ").append(name).append(" {\n");
    boolean lattice = random.nextInt(5) == 0;
    if (lattice) {
      grid();
    } else {
      neurons();
      roles();
    }
    binary = random.nextInt(3) == 0;
    text.append("  activation ").append(binary ? "binary" : "bipolar").append(";\n");
    if (lattice) {
      lattice();
    } else {
      connections();
      weights(patterns());
      thresholds();
    }
    if (random.nextBoolean()) {
      dynamics();
    } else {
      sampling();
    }
    clamps();
    text.append("}\n");
  }

  // neurons s[r, c]; the only group, as a lattice needs
  private void grid() {
    int rows = 1 + random.nextInt(3);
    int columns = 1 + random.nextInt(4);
    text.append("  neurons s[").append(rows).append(", ").append(columns).append("];\n");
    for (int k = 0; k < rows * columns; k++) {
      names.add("s[" + k / columns + ", " + k % columns + "]");
    }
  }

  // connections lattice periodic; coupling J; and a field or thresholds
  private void lattice() {
    text.append("  connections lattice ").append(random.nextBoolean() ? "periodic" : "open");
    text.append(";\n");
    if (random.nextBoolean()) {
      text.append("  coupling ").append(rational()).append(";\n");
    }
    if (random.nextBoolean()) {
      text.append("  field ").append(rational()).append(";\n");
    } else {
      thresholds();
    }
  }

  // temperature or beta (0 included), stochastic dynamics, sometimes annealing
  private void sampling() {
    String value = random.nextInt(4) == 0 ? "0" : rational().replace("-", "");
    text.append(random.nextBoolean() ? "  temperature " : "  beta ").append(value).append(";\n");
    boolean gibbs = random.nextBoolean();
    text.append("  dynamics ").append(gibbs ? "gibbs" : "metropolis");
    switch (random.nextInt(gibbs ? 4 : 3)) {
      case 0 -> text.append(";\n");
      case 1 -> text.append(" random;\n");
      case 2 -> text.append(" sweep;\n");
      default -> text.append(" order [").append(String.join(", ", order())).append("];\n");
    }
    if (random.nextInt(3) == 0) {
      boolean linear = random.nextBoolean();
      text.append("  anneal ").append(linear ? "linear" : "geometric").append(" from ");
      text.append(linear ? "0" : "1/2").append(" to ").append(1 + random.nextInt(4));
      text.append(" over ").append(1 + random.nextInt(50)).append(" sweeps;\n");
    }
  }

  // clamp some neurons at values of the activation
  private void clamps() {
    if (random.nextInt(3) != 0) {
      return;
    }
    List<String> entries = new ArrayList<>();
    for (String name : names) {
      if (random.nextInt(3) == 0) {
        int value = random.nextBoolean() ? 1 : (binary ? 0 : -1);
        entries.add(name + " = " + value);
      }
    }
    if (!entries.isEmpty()) {
      text.append("  clamp ").append(String.join(", ", entries)).append(";\n");
    }
  }

  // neurons a, x[3], y[2..4], g[2, 2];
  private void neurons() {
    List<String> groups = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int g = 0; g < count; g++) {
      String group = "g" + g;
      switch (random.nextInt(4)) {
        case 0 -> {
          groups.add(group);
          names.add(group);
        }
        case 1 -> {
          int size = 1 + random.nextInt(3);
          groups.add(group + "[" + size + "]");
          for (int k = 0; k < size; k++) {
            names.add(group + "[" + k + "]");
          }
        }
        case 2 -> {
          int first = random.nextInt(3);
          int last = first + random.nextInt(3);
          groups.add(group + "[" + first + ".." + last + "]");
          for (int k = first; k <= last; k++) {
            names.add(group + "[" + k + "]");
          }
        }
        default -> {
          int rows = 1 + random.nextInt(2);
          int columns = 1 + random.nextInt(3);
          groups.add(group + "[" + rows + ", " + columns + "]");
          for (int k = 0; k < rows * columns; k++) {
            names.add(group + "[" + k / columns + ", " + k % columns + "]");
          }
        }
      }
    }
    text.append("  neurons ").append(String.join(", ", groups)).append(";\n");
  }

  // input / output / hidden: every neuron a role, at least one input and one output
  private void roles() {
    if (random.nextInt(3) != 0) {
      return;
    }
    List<String> input = new ArrayList<>(List.of(names.get(0)));
    List<String> output = new ArrayList<>(List.of(names.get(names.size() - 1)));
    List<String> hidden = new ArrayList<>();
    for (int u = 1; u < names.size() - 1; u++) {
      switch (random.nextInt(4)) {
        case 0 -> input.add(names.get(u));
        case 1 -> output.add(names.get(u));
        case 2 -> {
          input.add(names.get(u));
          output.add(names.get(u));
        }
        default -> hidden.add(names.get(u));
      }
    }
    text.append("  input ").append(String.join(", ", input)).append(";\n");
    text.append("  output ").append(String.join(", ", output)).append(";\n");
    if (!hidden.isEmpty()) {
      text.append("  hidden ").append(String.join(", ", hidden)).append(";\n");
    }
  }

  // connections { a <-> b; ... } with symmetric pairs, so any weights may be learned on them
  private void connections() {
    connectedPairs = names.size() > 1 && random.nextInt(3) == 0;
    if (!connectedPairs) {
      return;
    }
    text.append("  connections {\n");
    for (int u = 0; u < names.size(); u++) {
      for (int v = u + 1; v < names.size(); v++) {
        if (random.nextInt(2) == 0) {
          edges.add(new int[] {u, v});
          text.append("    ").append(names.get(u)).append(" <-> ").append(names.get(v));
          text.append(random.nextInt(4) == 0 ? " : " + rational() : "").append(";\n");
        }
      }
    }
    text.append("  }\n");
  }

  private int patterns() {
    int count = random.nextInt(4);
    if (count == 0) {
      return 0;
    }
    text.append("  patterns {\n");
    for (int k = 0; k < count; k++) {
      text.append("    ").append(label(k));
      StringBuilder signs = new StringBuilder();
      for (int u = 0; u < names.size(); u++) {
        signs.append(random.nextBoolean() ? '+' : '-');
      }
      text.append('"').append(signs).append("\";\n");
    }
    text.append("  }\n");
    return count;
  }

  private String label(int k) {
    return switch (random.nextInt(5)) {
      case 0 -> "p" + k + ": ";
      case 1 -> (10 + k) + ": ";
      case 2 -> "\"two \\\"words\\\" " + k + "\": ";
      case 3 -> "binary_" + k + ": ";
      default -> "";
    };
  }

  private void weights(int patterns) {
    if (text.indexOf(" : ", text.lastIndexOf("network ")) >= 0) {
      return;
    }
    int choice = random.nextInt(patterns > 0 ? 5 : 2);
    switch (choice) {
      case 0 -> {}
      case 1 -> matrix();
      case 2 -> text.append("  weights hebbian").append(scale()).append(";\n");
      case 3 -> text.append("  weights storkey;\n");
      default -> text.append("  weights pseudoinverse;\n");
    }
  }

  private String scale() {
    return random.nextBoolean() ? "" : " scale " + rational().replace("-", "");
  }

  // symmetric, zero diagonal, zero where no connection is declared
  private void matrix() {
    int n = names.size();
    String[][] w = new String[n][n];
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        w[u][v] = "0";
      }
    }
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (!connectedPairs || isEdge(u, v)) {
          w[u][v] = w[v][u] = rational();
        }
      }
    }
    text.append("  weights [");
    for (int u = 0; u < n; u++) {
      text.append(u > 0 ? ", " : "").append("[").append(String.join(", ", w[u])).append("]");
    }
    text.append("];\n");
  }

  private boolean isEdge(int u, int v) {
    return edges.stream().anyMatch(e -> e[0] == u && e[1] == v);
  }

  private void thresholds() {
    switch (random.nextInt(4)) {
      case 0 -> {}
      case 1 -> text.append("  thresholds ").append(rational()).append(";\n");
      case 2 -> {
        List<String> values = new ArrayList<>();
        names.forEach(name -> values.add(rational()));
        text.append("  thresholds [").append(String.join(", ", values)).append("];\n");
      }
      default ->
          text.append("  thresholds { ")
              .append(names.get(random.nextInt(names.size())))
              .append(": ")
              .append(rational())
              .append("; }\n");
    }
  }

  private void dynamics() {
    switch (random.nextInt(4)) {
      case 0 -> text.append("  dynamics asynchronous;\n");
      case 1 -> text.append("  dynamics asynchronous random;\n");
      case 2 -> text.append("  dynamics synchronous;\n");
      default -> {
        text.append("  dynamics asynchronous order [").append(String.join(", ", order()));
        text.append("];\n");
      }
    }
  }

  /** Every neuron, one of them twice, in a shuffled order. */
  private List<String> order() {
    List<String> order = new ArrayList<>(names);
    order.add(names.get(random.nextInt(names.size())));
    java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
    return order;
  }

  /** A small rational such as -3, 1/2, 0.25. */
  private String rational() {
    int numerator = random.nextInt(-4, 5);
    return switch (random.nextInt(3)) {
      case 0 -> Integer.toString(numerator);
      case 1 -> numerator + "/" + (1 + random.nextInt(6));
      default -> numerator + ".25";
    };
  }
}
