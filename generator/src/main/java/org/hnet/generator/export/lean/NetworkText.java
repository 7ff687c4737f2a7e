package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.Lattice;

/**
 * The comments and small definitions around a network's parameters: what the network is and why it
 * instantiates its structure, its neuron names beside their indices, hnet's energy for binary
 * networks, and what clamping means where the formalization has none.
 */
final class NetworkText {

  private NetworkText() {}

  /** The description and the neuron names; {@code free} for the free network of a model's. */
  static void describe(Network network, LeanKind kind, boolean free, LeanWriter out) {
    int n = network.size();
    if (free) {
      out.comment(
          "The network of the free neurons alone, the clamped neurons' input added to their"
              + " thresholds.");
    }
    switch (kind.structure()) {
      case HOPFIELD_NETWORK ->
          out.comment(
              count(n, "bipolar")
                  + " (-1 and 1), the formalization's HopfieldNetwork: every neuron is input and"
                  + " output.");
      case SYMMETRIC_BINARY ->
          out.comment(
              count(n, "bipolar")
                  + " (-1 and 1) with a temperature, a Boltzmann machine: the formalization's"
                  + " two-state TwoState.SymmetricBinary, every neuron input and output.");
      case ZERO_ONE -> zeroOne(n, out);
    }
    lattice(network, out);
    roles(network, out);
    names(network, out);
  }

  private static void lattice(Network network, LeanWriter out) {
    if (network.lattice().isEmpty()
        || !(network.weightSource() instanceof WeightSource.Coupling coupling)) {
      return;
    }
    Lattice lattice = network.lattice().get();
    out.comment(
        "The neurons sit on a "
            + lattice.rows()
            + " x "
            + lattice.columns()
            + " lattice with "
            + lattice.boundary().name().toLowerCase(Locale.ROOT)
            + " boundaries: W joins each neuron to its nearest neighbours with the coupling "
            + LeanSyntax.rational(coupling.coupling())
            + " (twice that where a periodic side of length 2 joins a pair by two bonds), and 0"
            + " elsewhere.");
  }

  // why ZeroOne and not the general NeuralNetwork of the target document's case (c)
  private static void zeroOne(int n, LeanWriter out) {
    out.comment(
        count(n, "binary")
            + " (0 and 1), the formalization's two-state TwoState.ZeroOne, every"
            + " neuron input and output. Its update is hnet's binary rule exactly: the net input"
            + " sums over the other neurons, a neuron turns on iff θ ≤ net (a tie turns it on),"
            + " and the weights are symmetric with a zero diagonal; its Gibbs update has hnet's"
            + " binary factor 1. A general NeuralNetwork would sum over every neuron and have no"
            + " two-state structure, so ZeroOne states the same facts more directly.");
  }

  private static String count(int n, String coding) {
    return n + " " + coding + " neuron" + (n == 1 ? "" : "s");
  }

  private static void roles(Network network, LeanWriter out) {
    if (network.roles().isAllVisible()) {
      return;
    }
    out.comment(
        "The model declares input "
            + LeanSyntax.list(network.roles().input())
            + ", output "
            + LeanSyntax.list(network.roles().output())
            + " and hidden "
            + LeanSyntax.list(network.roles().hidden())
            + "; the dynamics do not depend on them.");
  }

  private static void names(Network network, LeanWriter out) {
    out.comment("Neurons (index: name):");
    List<String> names = network.neuronNames();
    for (int u = 0; u < names.size(); u++) {
      out.comment("  " + u + ": " + names.get(u));
    }
  }

  /** {@code def energy}: hnet's energy, which the formalization does not define for ZeroOne. */
  static void energy(int n, LeanWriter out) {
    out.line("/-- hnet's energy, which the formalization does not define for `ZeroOne`:");
    out.line("`E s = -1/2 Σ_{u ≠ v} W u v s_u s_v + Σ_u θ_u s_u`. -/");
    out.line("def energy (s : NN.State) : ℚ :=");
    out.line(
        "  -(1/2) * ∑ u, ∑ v, (if u = v then 0 else W u v * s.act u * s.act v)"
            + " + ∑ u, θv u * s.act u");
    out.blank();
  }

  /** What the model's clamps are, and why the facts follow in the namespace {@code Free}. */
  static void clamps(Network network, int[] free, LeanWriter out) {
    List<String> held = new ArrayList<>();
    for (Clamp clamp : network.clamps()) {
      held.add(neuron(network, clamp.neuron()) + " at " + clamp.value());
    }
    List<String> moving = new ArrayList<>();
    for (int u : free) {
      moving.add(neuron(network, u));
    }
    out.comment(
        "The formalization has no clamped neurons. hnet holds "
            + String.join(", ", held)
            + " under every update, deterministic or stochastic. With them held, the free neurons "
            + String.join(", ", moving)
            + " follow exactly the network of the free neurons alone whose thresholds take in the"
            + " clamped neurons' input, θ' u = θv u - Σ_c W u c s_c: the same updates, the same"
            + " conditional distributions, and energies that differ by a constant. The namespace"
            + " Free below is that network, numbered 0, 1, ... in the order above; the facts"
            + " about the dynamics are stated there, from start states restricted to the free"
            + " neurons.");
    out.blank();
  }

  /** Why a clamped network has no free network to state facts about. */
  static void noFreeNetwork(Network network, int[] free, LeanWriter out) {
    if (free.length == 0) {
      out.comment("Every neuron is clamped, so the state never changes: there are no dynamics.");
    } else if (!network.isExact()) {
      out.comment("hnet keeps this network's weights as doubles (HW001), so no facts are stated.");
    } else {
      out.comment(
          "The free network's thresholds do not fit 64-bit integers over a common denominator,"
              + " so no facts about its dynamics are stated.");
    }
    out.blank();
  }

  private static String neuron(Network network, int u) {
    return u + " (" + network.neuronNames().get(u) + ")";
  }
}
