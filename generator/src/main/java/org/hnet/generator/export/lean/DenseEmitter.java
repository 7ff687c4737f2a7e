package org.hnet.generator.export.lean;

import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.export.FormalStructure;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Clamp;

/**
 * Writes a network with its weights as an explicit matrix, as parameters of the structure it
 * instantiates ({@link FormalStructure}): a deterministic bipolar network as {@code HopfieldNetwork
 * ℚ (Fin n)} (case (a) of the target document), a bipolar Boltzmann machine as {@code
 * TwoState.SymmetricBinary ℚ (Fin n)} (case (b)), a binary network as {@code TwoState.ZeroOne ℚ
 * (Fin n)}. Side conditions are discharged by the tactic cascade; the stored patterns become
 * states, and the facts hnet computed follow: stability, work phases, updates to stabilize,
 * energies, and for a network with a temperature its Boltzmann section.
 *
 * <p>A Hopfield network whose weights are the plain Hebbian rule (scale 1, complete connections,
 * thresholds 0) is exported as {@code Hebbian ps} over its patterns, with the explicit matrix and a
 * theorem that the two are equal; other Hebbian networks get their explicit parameters and, with
 * complete connections, a theorem relating the matrix to {@code Hebbian ps}. {@code Hebbian} is
 * defined for {@code HopfieldNetwork} only.
 *
 * <p>The formalization has no clamped neurons. A network with clamps gets its parameters as
 * declared, and then the network of its free neurons ({@link FreeNetwork}) in a namespace {@code
 * Free}, where every fact about its dynamics is stated.
 */
record DenseEmitter(Network network, String namespace, Optional<Network> model)
    implements NetworkEmitter {

  /** An emitter for a network as the model declares it. */
  DenseEmitter(Network network, String namespace) {
    this(network, namespace, Optional.empty());
  }

  @Override
  public void emit(LeanWriter out, List<int[]> starts) {
    int n = network.size();
    LeanKind kind = new LeanKind(FormalStructure.of(network));
    if (kind.isTwoState()) {
      out.require(LeanTarget.TWO_STATE_IMPORTS);
    }
    if (kind.structure() == FormalStructure.SYMMETRIC_BINARY) {
      out.require(LeanTarget.ENERGY_IMPORTS);
    }
    out.line(
            (model.isEmpty() ? "/-! ## Network `" : "/-! ### The free neurons of `")
                + network.name()
                + "` -/")
        .blank();
    out.line("namespace " + namespace).blank();
    NetworkText.describe(network, kind, model.isPresent(), out);
    out.line("abbrev NN : NeuralNetwork ℚ (Fin " + n + ") ℚ := " + kind.type(n));
    out.blank();
    ParameterText.named(RationalParameters.of(network), n, network.neuronNames()).emit(out);
    if (kind.structure() == FormalStructure.ZERO_ONE) {
      NetworkText.energy(n, out);
    }
    if (!network.clamps().isEmpty()) {
      clamped(out, kind, starts);
    } else {
      facts(out, kind, starts);
    }
    out.line("end " + namespace).blank();
  }

  private void facts(LeanWriter out, LeanKind kind, List<int[]> starts) {
    PatternSection section = new PatternSection(network, kind, out);
    section.patterns();
    parameters(out, kind, section);
    if (!network.isExact()) {
      floatingNote(out);
      return;
    }
    section.facts();
    starts.forEach(new RunSection(network, kind, out, HopfieldFacts.of(network))::run);
    if (FormalStructure.isBoltzmann(network)) {
      new BoltzmannSection(network, model, out).emit(starts.get(0));
    }
  }

  // the declared parameters, then the free network, which states the facts
  private void clamped(LeanWriter out, LeanKind kind, List<int[]> starts) {
    explicitParameters(out, kind);
    int[] free = FreeNetwork.freeNeurons(network);
    NetworkText.clamps(network, free, out);
    Optional<Network> reduced = FreeNetwork.of(network);
    if (reduced.isEmpty()) {
      NetworkText.noFreeNetwork(network, free, out);
      return;
    }
    List<int[]> freeStarts =
        starts.stream().map(s -> FreeNetwork.restrictState(held(s), free)).toList();
    new DenseEmitter(reduced.get(), "Free", Optional.of(network)).emit(out, freeStarts);
  }

  /** A start state with the clamped neurons at their values, as hnet starts it. */
  private int[] held(int[] start) {
    int[] state = start.clone();
    for (Clamp clamp : network.clamps()) {
      state[clamp.neuron()] = clamp.value();
    }
    return state;
  }

  private void parameters(LeanWriter out, LeanKind kind, PatternSection section) {
    if (isPlainHebbian(kind)) {
      section.hebbianParameters();
      return;
    }
    explicitParameters(out, kind);
    boolean hopfield = !kind.isTwoState();
    if (hopfield && isHebbian() && network.connectivity().complete() && hasPatterns()) {
      section.scaledHebbian(hebbianScale());
    }
  }

  private void explicitParameters(LeanWriter out, LeanKind kind) {
    out.line(
        kind.isTwoState()
            ? "/-- The parameters: `κ1 = 1` (one unused σ value), `κ2 = 1` (θ holds the"
                + " threshold). -/"
            : "/-- The parameters: `κ1 = 0` (no σ values), `κ2 = 1` (θ holds the threshold). -/");
    out.line("def p : Params NN where");
    ParameterText.fields(out, "W", "θv", kind.sigma(), kind.isTwoState());
    out.blank();
  }

  private boolean hasPatterns() {
    return network.patterns().size() > 0;
  }

  private boolean isHebbian() {
    return network.weightSource() instanceof WeightSource.Learned learned
        && learned.rule() == LearningRuleKind.HEBBIAN;
  }

  private BigFraction hebbianScale() {
    return ((WeightSource.Learned) network.weightSource()).scale();
  }

  /** The formalization's Hebbian exactly: scale 1, complete connections, thresholds 0. */
  private boolean isPlainHebbian(LeanKind kind) {
    if (kind.isTwoState() || !isHebbian() || !network.connectivity().complete() || !hasPatterns()) {
      return false;
    }
    for (int u = 0; u < network.size(); u++) {
      if (network.threshold(u).signum() != 0) {
        return false;
      }
    }
    return hebbianScale().equals(BigFraction.ONE) && network.isExact();
  }

  private void floatingNote(LeanWriter out) {
    out.comment("hnet keeps this network's weights as doubles (warning HW001) and decides ties in");
    out.comment("floating point, so it states no facts about its dynamics here: the rationals");
    out.comment("above are the doubles' exact values, on which exact and floating results may");
    out.comment("differ.");
    out.blank();
  }
}
