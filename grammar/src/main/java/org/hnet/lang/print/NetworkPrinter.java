package org.hnet.lang.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.dynamics.Schedule;

/**
 * Writes one network block, one method per statement, each statement only when the network differs
 * from the statement's default or when writing it helps a reader (activation, energy and dynamics
 * are always written, and so is the coupling of a lattice). Temperatures, annealing and clamps are
 * written exactly as the model holds them: {@code temperature 0} and {@code beta 0} stay what they
 * are.
 */
final class NetworkPrinter {

  private static final String INDENT = "  ";
  private static final int WIDTH = 100;

  private final Network network;
  private final References references;
  private final StringBuilder out = new StringBuilder();

  private NetworkPrinter(Network network) {
    this.network = network;
    this.references = References.of(network);
  }

  /** The block {@code network NAME { ... }}. */
  static String print(Network network) {
    return new NetworkPrinter(network).block();
  }

  private String block() {
    out.append("network ").append(network.name()).append(" {\n");
    neurons();
    roles();
    out.append(INDENT).append("activation ").append(network.activation().describe()).append(";\n");
    connections();
    patterns();
    weights();
    thresholds();
    out.append(INDENT).append("energy ").append(network.energy().keyword()).append(";\n");
    dynamics();
    temperature();
    anneal();
    clamps();
    return out.append("}\n").toString();
  }

  // neurons a, x[4], y[1..16], pixel[8, 8];
  private void neurons() {
    List<String> groups = network.groups().stream().map(NetworkPrinter::group).toList();
    list("neurons ", groups, ";");
  }

  private static String group(NeuronGroup group) {
    return switch (group.shape()) {
      case SINGLE -> group.name();
      case RANGE ->
          group.firstLabel() == 0
              ? group.name() + "[" + group.columns() + "]"
              : group.name()
                  + "["
                  + group.firstLabel()
                  + ".."
                  + (group.firstLabel() + group.columns() - 1)
                  + "]";
      case GRID -> group.name() + "[" + group.rows() + ", " + group.columns() + "]";
    };
  }

  // input a, b; output c; hidden h;  (nothing when every neuron is input and output)
  private void roles() {
    Roles roles = network.roles();
    if (roles.isAllVisible()) {
      return;
    }
    list("input ", references.of(roles.input()), ";");
    list("output ", references.of(roles.output()), ";");
    if (roles.hidden().length > 0) {
      list("hidden ", references.of(roles.hidden()), ";");
    }
  }

  // connections { a <-> b : 1/2; c -> d; }  (nothing when complete)
  private void connections() {
    if (network.connectivity().complete()) {
      return;
    }
    if (network.lattice().isPresent()) {
      lattice(network.lattice().get());
      return;
    }
    List<Connection> list = network.connectivity().connections();
    out.append(INDENT).append("connections {\n");
    int k = 0;
    while (k < list.size()) {
      Connection c = list.get(k);
      boolean pair = k + 1 < list.size() && isReverse(c, list.get(k + 1));
      out.append(INDENT).append(INDENT).append(name(c.from()));
      out.append(pair ? " <-> " : " -> ").append(name(c.to()));
      out.append(edgeWeight(c)).append(";\n");
      k += pair ? 2 : 1;
    }
    out.append(INDENT).append("}\n");
  }

  // connections lattice periodic; coupling -1/2;
  private void lattice(Lattice lattice) {
    String boundary = lattice.boundary().name().toLowerCase(Locale.ROOT);
    out.append(INDENT).append("connections lattice ").append(boundary).append(";\n");
    if (network.weightSource() instanceof WeightSource.Coupling coupling) {
      out.append(INDENT).append("coupling ").append(Literals.number(coupling.coupling()));
      out.append(";\n");
    }
  }

  private boolean isReverse(Connection c, Connection next) {
    return next.from() == c.to()
        && next.to() == c.from()
        && network.weight(c.to(), c.from()).equals(network.weight(c.from(), c.to()));
  }

  private String edgeWeight(Connection c) {
    if (!(network.weightSource() instanceof WeightSource.Edges)) {
      return "";
    }
    BigFraction w = network.weight(c.to(), c.from());
    return w.signum() == 0 ? "" : " : " + Literals.number(w);
  }

  // patterns { p0: "++--"; "-+-+"; }  (grids drawn row by row, rows separated by spaces)
  private void patterns() {
    PatternSet patterns = network.patterns();
    if (patterns.size() == 0) {
      return;
    }
    out.append(INDENT).append("patterns {\n");
    for (int k = 0; k < patterns.size(); k++) {
      String label = patterns.labels().get(k);
      out.append(INDENT).append(INDENT);
      if (!label.equals(Integer.toString(k))) {
        out.append(Literals.label(label)).append(": ");
      }
      out.append('"').append(signs(patterns.pattern(k))).append("\";\n");
    }
    out.append(INDENT).append("}\n");
  }

  private String signs(int[] pattern) {
    int high = network.activation().high();
    StringBuilder text = new StringBuilder();
    for (int u = 0; u < pattern.length; u++) {
      if (network.isGrid() && u > 0 && u % network.columns() == 0) {
        text.append(' ');
      }
      text.append(pattern[u] == high ? '+' : '-');
    }
    return text.toString();
  }

  // weights hebbian scale 1/64;  or  weights [[0, 1], [1, 0]];  (nothing when on the edges or 0)
  private void weights() {
    WeightSource source = network.weightSource();
    if (source instanceof WeightSource.Learned learned) {
      out.append(INDENT).append("weights ").append(learned.rule().keyword());
      boolean scaled = learned.rule() == LearningRuleKind.HEBBIAN && !isOne(learned.scale());
      out.append(scaled ? " scale " + Literals.number(learned.scale()) : "").append(";\n");
    } else if (source instanceof WeightSource.Matrix) {
      matrix();
    }
  }

  private static boolean isOne(BigFraction value) {
    return value.equals(BigFraction.ONE);
  }

  private void matrix() {
    int n = network.size();
    out.append(INDENT).append("weights [\n");
    for (int u = 0; u < n; u++) {
      List<String> row = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        row.add(Literals.number(network.weight(u, v)));
      }
      out.append(INDENT).append(INDENT).append("[").append(String.join(", ", row)).append("],\n");
    }
    out.append(INDENT).append("];\n");
  }

  // thresholds 0;  or  thresholds [0, -1/3, 1/6, 1/2];  or, on a lattice, field -h;
  private void thresholds() {
    int n = network.size();
    List<String> values = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      values.add(Literals.number(network.threshold(u)));
    }
    if (values.stream().distinct().count() > 1) {
      list("thresholds [", values, "];");
    } else if (network.lattice().isPresent()) {
      String field = Literals.number(network.threshold(0).negate());
      out.append(INDENT).append("field ").append(field).append(";\n");
    } else {
      out.append(INDENT).append("thresholds ").append(values.get(0)).append(";\n");
    }
  }

  // dynamics asynchronous order [c, a, b];  or  dynamics gibbs sweep;
  private void dynamics() {
    if (network.sampling().dynamics().isPresent()) {
      stochastic(network.sampling().dynamics().get());
      return;
    }
    Schedule schedule = network.schedule();
    out.append(INDENT).append("dynamics ");
    if (schedule instanceof Schedule.GivenOrder given) {
      out.append("asynchronous order [");
      out.append(String.join(", ", references.of(given.order()))).append("];\n");
      return;
    }
    if (schedule instanceof Schedule.RandomOrder) {
      out.append("asynchronous random;\n");
    } else if (schedule instanceof Schedule.Synchronous) {
      out.append("synchronous;\n");
    } else {
      out.append("asynchronous;\n");
    }
  }

  // dynamics gibbs;  dynamics metropolis sweep;  dynamics gibbs order [c, a, b];
  private void stochastic(StochasticDynamics dynamics) {
    out.append(INDENT).append("dynamics ").append(dynamics.rule().keyword());
    switch (dynamics.scan()) {
      case RANDOM -> out.append(";\n");
      case SYSTEMATIC -> out.append(" sweep;\n");
      case GIVEN_ORDER -> {
        out.append(" order [");
        out.append(String.join(", ", references.of(dynamics.order()))).append("];\n");
      }
    }
  }

  // temperature 2;  or  beta 2/5;  exactly as given, 0 included
  private void temperature() {
    if (network.sampling().temperature().isEmpty()) {
      return;
    }
    Temperature temperature = network.sampling().temperature().get();
    String keyword = temperature.given() == Temperature.Given.BETA ? "beta " : "temperature ";
    out.append(INDENT).append(keyword).append(Literals.number(temperature.value()));
    out.append(";\n");
  }

  // anneal geometric from 5 to 3/2 over 200 sweeps;
  private void anneal() {
    if (network.sampling().annealing().isEmpty()) {
      return;
    }
    AnnealingSchedule schedule = network.sampling().annealing().get();
    out.append(INDENT).append("anneal ").append(schedule.shape().name().toLowerCase(Locale.ROOT));
    out.append(" from ").append(Literals.number(schedule.start()));
    out.append(" to ").append(Literals.number(schedule.end()));
    out.append(" over ").append(schedule.sweeps());
    out.append(schedule.sweeps() == 1 ? " sweep;\n" : " sweeps;\n");
  }

  // clamp v[0..2] = 1, h = -1;  (the neurons of each value, as short references)
  private void clamps() {
    if (network.clamps().isEmpty()) {
      return;
    }
    Map<Integer, List<Integer>> byValue = new TreeMap<>();
    for (Clamp clamp : network.clamps()) {
      byValue.computeIfAbsent(clamp.value(), v -> new ArrayList<>()).add(clamp.neuron());
    }
    List<String> entries = new ArrayList<>();
    byValue.forEach(
        (value, neurons) -> {
          int[] indices = neurons.stream().mapToInt(Integer::intValue).toArray();
          references.of(indices).forEach(reference -> entries.add(reference + " = " + value));
        });
    list("clamp ", entries, ";");
  }

  private String name(int neuron) {
    return network.neurons().get(neuron).name();
  }

  /** A statement holding a comma-separated list, wrapped before the width is reached. */
  private void list(String start, List<String> items, String end) {
    StringBuilder line = new StringBuilder(INDENT).append(start);
    String continuation = INDENT + INDENT + INDENT;
    for (int k = 0; k < items.size(); k++) {
      String item = items.get(k) + (k + 1 < items.size() ? "," : end);
      if (k > 0 && line.length() + 1 + item.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(continuation).append(item);
      } else {
        line.append(k > 0 ? " " : "").append(item);
      }
    }
    out.append(items.isEmpty() ? line.append(end) : line).append('\n');
  }
}
