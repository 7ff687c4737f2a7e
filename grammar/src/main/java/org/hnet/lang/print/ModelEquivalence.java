package org.hnet.lang.print;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hnet.lang.model.Connection;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;

/**
 * Whether two models mean the same thing: the same networks, in the same order, with the same
 * neurons and groups, grid, roles, activation, connections (a lattice with its shape and boundary
 * among them), weight source, exact (dense or sparse) or floating weights and thresholds of equal
 * value, patterns with their labels, energy, deterministic dynamics, temperature as given ({@code
 * temperature 2} and {@code beta 1/2} differ, since a file says one or the other), stochastic
 * dynamics, annealing schedule and clamps. Source positions and the model's file name are ignored,
 * and so is the common denominator exact numbers are stored over (two scales of the same values are
 * equivalent). Every other component of a {@link Network} is compared.
 */
public final class ModelEquivalence {

  private static final int MAX_DIFFERENCES = 10;

  private final List<String> differences = new ArrayList<>();

  private ModelEquivalence() {}

  /** Whether {@code a} and {@code b} are equivalent. */
  public static boolean equivalent(Model a, Model b) {
    return differences(a, b).isEmpty();
  }

  /** The first few ways {@code a} and {@code b} differ, in words; empty when equivalent. */
  public static List<String> differences(Model a, Model b) {
    ModelEquivalence check = new ModelEquivalence();
    check.compare("number of networks", a.networks().size(), b.networks().size());
    for (int k = 0; k < Math.min(a.networks().size(), b.networks().size()); k++) {
      check.networks(a.networks().get(k), b.networks().get(k));
    }
    return List.copyOf(check.differences);
  }

  private void networks(Network a, Network b) {
    String at = "network " + a.name() + ": ";
    compare(at + "name", a.name(), b.name());
    compare(at + "neurons", names(a), names(b));
    compare(at + "groups", groups(a), groups(b));
    compare(at + "grid", a.rows() + "x" + a.columns(), b.rows() + "x" + b.columns());
    compare(at + "roles", a.roles(), b.roles());
    compare(at + "activation", a.activation(), b.activation());
    compare(at + "connections", connections(a), connections(b));
    compare(at + "weight source", a.weightSource(), b.weightSource());
    compare(at + "exact numbers", a.isExact(), b.isExact());
    if (a.size() == b.size() && a.isExact() == b.isExact()) {
      parameters(at, a, b);
    }
    compare(at + "patterns", patterns(a.patterns()), patterns(b.patterns()));
    compare(at + "energy", a.energy(), b.energy());
    compare(at + "dynamics", a.schedule(), b.schedule());
    compare(at + "temperature", a.sampling().temperature(), b.sampling().temperature());
    compare(at + "stochastic dynamics", a.sampling().dynamics(), b.sampling().dynamics());
    compare(at + "annealing", a.sampling().annealing(), b.sampling().annealing());
    compare(at + "clamps", a.clamps(), b.clamps());
  }

  private static List<String> names(Network network) {
    return network.neurons().stream().map(n -> n.index() + ":" + n.name()).toList();
  }

  private static List<String> groups(Network network) {
    List<String> groups = new ArrayList<>();
    for (NeuronGroup g : network.groups()) {
      groups.add(
          g.name()
              + " "
              + g.shape()
              + " "
              + g.firstIndex()
              + " "
              + g.firstLabel()
              + " "
              + g.rows()
              + "x"
              + g.columns());
    }
    return groups;
  }

  private static String patterns(PatternSet patterns) {
    StringBuilder text = new StringBuilder(patterns.activation().describe());
    for (int k = 0; k < patterns.size(); k++) {
      text.append(' ').append(patterns.labels().get(k)).append('=');
      text.append(Arrays.toString(patterns.pattern(k)));
    }
    return text.toString();
  }

  private static String connections(Network network) {
    if (network.connectivity().complete()) {
      return "complete";
    }
    if (network.lattice().isPresent()) {
      return network.lattice().get().toString();
    }
    StringBuilder list = new StringBuilder();
    for (Connection c : network.connectivity().connections()) {
      list.append(c.from()).append("->").append(c.to()).append(' ');
    }
    return list.toString();
  }

  private void parameters(String at, Network a, Network b) {
    if (a.parameters() instanceof ExactParameters x
        && b.parameters() instanceof ExactParameters y) {
      exact(at, x, y);
      return;
    }
    if (a.parameters() instanceof SparseParameters x
        && b.parameters() instanceof SparseParameters y) {
      sparse(at, x, y);
      return;
    }
    compare(at + "weights and thresholds", a.parameters(), b.parameters());
  }

  /** Compressed rows compared across scales: the same senders, weights of equal value. */
  private void sparse(String at, SparseParameters x, SparseParameters y) {
    BigInteger sx = BigInteger.valueOf(x.scale());
    BigInteger sy = BigInteger.valueOf(y.scale());
    int[] xStarts = x.rowStarts();
    int[] yStarts = y.rowStarts();
    int[] xSenders = x.senders();
    int[] ySenders = y.senders();
    long[] xWeights = x.weights();
    long[] yWeights = y.weights();
    for (int u = 0; u < x.size() && differences.size() < MAX_DIFFERENCES; u++) {
      boolean same = x.degree(u) == y.degree(u);
      for (int k = 0; same && k < x.degree(u); k++) {
        int i = xStarts[u] + k;
        int j = yStarts[u] + k;
        same = xSenders[i] == ySenders[j] && sameValue(xWeights[i], sy, yWeights[j], sx);
      }
      if (!same) {
        differences.add(at + "weights into " + u + " differ");
      }
      if (!sameValue(x.scaledThreshold(u), sy, y.scaledThreshold(u), sx)) {
        differences.add(at + "threshold of " + u + " differs");
      }
    }
  }

  /** Exact values compared across scales: x / sx = y / sy iff x sy = y sx. */
  private void exact(String at, ExactParameters x, ExactParameters y) {
    BigInteger sx = BigInteger.valueOf(x.scale());
    BigInteger sy = BigInteger.valueOf(y.scale());
    int n = x.size();
    for (int u = 0; u < n && differences.size() < MAX_DIFFERENCES; u++) {
      for (int v = 0; v < n; v++) {
        if (!sameValue(x.scaledWeight(u, v), sy, y.scaledWeight(u, v), sx)) {
          differences.add(at + "weight into " + u + " from " + v + " differs");
          break;
        }
      }
      if (!sameValue(x.scaledThreshold(u), sy, y.scaledThreshold(u), sx)) {
        differences.add(at + "threshold of " + u + " differs");
      }
    }
  }

  private static boolean sameValue(long x, BigInteger sy, long y, BigInteger sx) {
    return BigInteger.valueOf(x).multiply(sy).equals(BigInteger.valueOf(y).multiply(sx));
  }

  private void compare(String what, Object a, Object b) {
    if (!Objects.equals(a, b) && differences.size() < MAX_DIFFERENCES) {
      differences.add(what + " differ: " + shorten(a) + " and " + shorten(b));
    }
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }
}
