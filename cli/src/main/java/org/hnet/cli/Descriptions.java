package org.hnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Roles;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.SparseParameters;

/** Sentences that describe a checked network, shared by {@code check} and {@code run}. */
final class Descriptions {
  private Descriptions() {}

  /** A few lines on the network: neurons, roles, weights, thresholds, dynamics, class. */
  static List<String> describe(NetworkPlan plan) {
    return describe(plan, false);
  }

  /**
   * {@link #describe(NetworkPlan)}, naming the reference implementation instead of the generated
   * class when {@code interpreted}.
   */
  static List<String> describe(NetworkPlan plan, boolean interpreted) {
    Network network = plan.network();
    List<String> lines = new ArrayList<>();
    lines.add(neurons(network) + ", " + network.activation().describe() + "; " + roles(network));
    lines.add("weights: " + weights(network) + "; thresholds: " + thresholds(network));
    lines.add(
        "energy: "
            + network.energy().keyword()
            + "; dynamics: "
            + network.schedule().describe()
            + "; connections: "
            + connections(network));
    lines.add(
        interpreted
            ? "runs on: the reference implementation (--interpret), not generated code"
            : "generated class: "
                + plan.qualifiedClassName()
                + " ("
                + plan.representation().describe()
                + ")");
    return lines;
  }

  private static String connections(Network network) {
    if (network.lattice().isPresent()) {
      return "lattice " + network.lattice().get().boundary().name().toLowerCase(Locale.ROOT);
    }
    return network.connectivity().complete()
        ? "complete"
        : network.connectivity().connections().size() + " declared";
  }

  static String neurons(Network network) {
    String count = network.size() == 1 ? "1 neuron" : network.size() + " neurons";
    return network.isGrid()
        ? count
            + " as "
            + article(network.rows())
            + " "
            + network.rows()
            + " x "
            + network.columns()
            + " grid"
        : count;
  }

  /** "an" before numbers read with a vowel sound (8, 11, 18, 80, ...), else "a". */
  static String article(int number) {
    String digits = Integer.toString(number);
    boolean eighty = digits.startsWith("8");
    boolean elevenOrEighteen =
        (digits.startsWith("11") || digits.startsWith("18")) && digits.length() % 3 == 2;
    return eighty || elevenOrEighteen ? "an" : "a";
  }

  static String roles(Network network) {
    Roles roles = network.roles();
    if (roles.isAllVisible()) {
      return "every neuron input and output";
    }
    return roles.input().length
        + " input, "
        + roles.output().length
        + " output, "
        + roles.hidden().length
        + " hidden";
  }

  static String weights(Network network) {
    String source = source(network.weightSource(), network.patterns().size());
    if (network.parameters() instanceof ExactParameters exact) {
      return source + ", exact over the common denominator " + exact.scale();
    }
    if (network.parameters() instanceof SparseParameters sparse) {
      return source + ", exact over the common denominator " + sparse.scale();
    }
    return source + ", in floating point";
  }

  private static String source(WeightSource source, int patterns) {
    if (source instanceof WeightSource.Learned learned) {
      return learned(learned, patterns);
    }
    if (source instanceof WeightSource.Matrix) {
      return "a matrix";
    }
    if (source instanceof WeightSource.Edges) {
      return "on the declared connections";
    }
    if (source instanceof WeightSource.Coupling coupling) {
      return "coupling " + Exact.format(coupling.coupling()) + " on every bond of the lattice";
    }
    return "none given (all 0)";
  }

  private static String learned(WeightSource.Learned learned, int patterns) {
    String rule = learned.rule().keyword() + " rule on " + plural(patterns, "pattern");
    return learned.scale().equals(BigFraction.ONE) ? rule : rule + ", scaled by " + learned.scale();
  }

  static String thresholds(Network network) {
    List<BigFraction> values =
        IntStream.range(0, network.size()).mapToObj(network::threshold).distinct().toList();
    if (values.size() == 1) {
      return "all " + Exact.format(values.get(0));
    }
    return values.size() + " distinct values";
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
