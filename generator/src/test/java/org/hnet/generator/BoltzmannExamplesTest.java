package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.Enumeration;
import org.junit.jupiter.api.Test;

/**
 * The Boltzmann machine examples (examples/ising and examples/boltzmann), read by the front end,
 * generated, compiled and run: they sample the reference's trajectories, and their energies are
 * those of exact enumeration.
 */
class BoltzmannExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void ising4HasTheEnergiesOfEnumerationInEveryState() {
    Network network = only(load("ising/ising4.hnet"));
    StochasticNetwork ising = compile(network, "ising4.hnet", "Ising4");
    Enumeration enumeration = Enumeration.of(network.parameters());

    for (int i = 0; i < enumeration.stateCount(); i++) {
      ising.setState(enumeration.state(i));
      assertThat(ising.scaledEnergy()).as("state %d", i).isEqualTo(enumeration.scaledEnergy(i));
      assertThat(ising.energy()).as("state %d", i).isEqualTo(enumeration.energy(i));
    }
    // all 16 spins up: 32 bonds, each -J = -1; a checkerboard has every bond broken: +32
    ising.setState(filled(16, 1));
    assertThat(ising.energy()).isEqualTo(-32.0);
    ising.setState(checkerboard());
    assertThat(ising.energy()).isEqualTo(32.0);
    assertThat(enumeration.minimumScaledEnergy()).isEqualTo(-32);
  }

  @Test
  void ising4SamplesTheReferenceTrajectories() throws ReflectiveOperationException {
    Network network = only(load("ising/ising4.hnet"));
    StochasticNetwork ising = compile(network, "ising4.hnet", "Ising4");

    assertThat(ising.info().representation()).isEqualTo("lattice int");
    assertThat(ising.getClass().getField("BETA").getDouble(null)).isEqualTo(0.5);
    Trajectories.check(ising, Trajectories.reference(network), 404, 400, "ising4");
  }

  @Test
  void ising32SweepsLikeTheReference() {
    Network network = only(load("ising/ising32.hnet"));
    StochasticNetwork ising = compile(network, "ising32.hnet", "Ising32");
    ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());
    SplittableRandom a = new SplittableRandom(32);
    SplittableRandom b = new SplittableRandom(32);

    for (int sweep = 0; sweep < 20; sweep++) {
      double beta = sweep % 2 == 0 ? 0.5 : 1 / 1.5;
      assertThat(network.sampling().dynamics().get().sweep(ising, beta, a))
          .isEqualTo(network.sampling().dynamics().get().sweep(reference, beta, b));
      assertThat(Agreement.state(ising)).containsExactly(Agreement.state(reference));
    }
    assertThat(ising.scaledEnergy()).isEqualTo(reference.scaledEnergy());
  }

  @Test
  void theBmExactMachinesSampleTheReferenceAndHaveTheEnumeratedEnergies() {
    Model model = load("boltzmann/bm_exact.hnet");
    GeneratorOptions options = GeneratorOptions.of("org.example", "bm_exact.hnet");
    CompiledClasses classes =
        Compilers.RUNTIME_ONLY.compile(JavaGenerator.generate(model, options));

    for (NetworkPlan plan : JavaGenerator.plan(model, options)) {
      Network network = plan.network();
      StochasticNetwork machine =
          classes.newInstance(plan.qualifiedClassName(), StochasticNetwork.class);
      Enumeration enumeration = Enumeration.of(network.parameters());
      for (int i = 0; i < enumeration.stateCount(); i++) {
        machine.setState(enumeration.state(i));
        assertThat(machine.scaledEnergy())
            .as("%s state %d", network.name(), i)
            .isEqualTo(enumeration.scaledEnergy(i));
      }
      StochasticNetwork fresh =
          classes.newInstance(plan.qualifiedClassName(), StochasticNetwork.class);
      Trajectories.check(
          fresh, Trajectories.reference(network), network.size(), 300, network.name());
    }
  }

  @Test
  void bm5BinaryGivesTheGibbsConditionalOfItsThresholds() {
    Network network = load("boltzmann/bm_exact.hnet").network("bm5_binary").orElseThrow();
    StochasticNetwork machine = compile(network, "bm_exact.hnet", "Bm5Binary");
    double[] thresholds = {-0.30, 0.01, 0.18, 0.28, -0.21};

    // every unit off: net(u) = 0, so P(u on) = sigma((0 - threshold(u)) / T) at T = 1
    for (int u = 0; u < 5; u++) {
      double expected = 1 / (1 + Math.exp(thresholds[u]));
      assertThat(machine.probabilityOn(u, 1.0)).isCloseTo(expected, within(1e-15));
    }
  }

  @Test
  void theClampedPairHoldsUnitOneOnAndTurnsUnitZeroOnWithSigmaOneAndAHalf() {
    Network network = only(load("boltzmann/clamped_pair.hnet"));
    StochasticNetwork pair = compile(network, "clamped_pair.hnet", "ClampedPair");
    SplittableRandom random = new SplittableRandom(1_817);

    assertThat(pair.isClamped(1)).isTrue();
    assertThat(pair.state(1)).isEqualTo(1);
    // net(0) = w * s(1) = 2, local field 2 - 0.5 = 1.5: sigma(1.5) = 0.817574476193644
    assertThat(pair.probabilityOn(0, 1.0)).isCloseTo(0.817574476193644, within(1e-15));
    int on = 0;
    int updates = 100_000;
    for (int k = 0; k < updates; k++) {
      pair.gibbsRandomScan(1, 1.0, random);
      on += pair.state(0);
      assertThat(pair.state(1)).isEqualTo(1);
    }
    // about half the steps pick unit 0 and resample it; the state after each step is unit 0's
    // latest draw, Bernoulli(p) given unit 1 on. Successive states are correlated (a step that
    // picks unit 1 repeats the state), so the standard error of the mean is
    // sqrt(p (1 - p) / N) * sqrt((1 + r) / (1 - r)) with lag-1 correlation r = 1/2, that is
    // 0.00122 * 1.73 = 0.0021; 4 of them, 0.0085, fail by chance with odds below 1 in 10^4.
    assertThat((double) on / updates).isCloseTo(0.817574476193644, within(0.0085));
  }

  private static Model load(String file) {
    LoadResult result = ModelLoader.of().load(EXAMPLES.resolve(file));
    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    return result.model().orElseThrow();
  }

  private static Network only(Model model) {
    assertThat(model.networks()).hasSize(1);
    return model.networks().get(0);
  }

  private static StochasticNetwork compile(Network network, String source, String className) {
    List<GeneratedFile> files =
        JavaGenerator.generate(
            new Model(source, List.of(network)), GeneratorOptions.of("org.example", source));
    CompiledClasses classes = Compilers.RUNTIME_ONLY.compile(files);
    assertThat(classes.warnings()).isEmpty();
    return classes.newInstance("org.example." + className, StochasticNetwork.class);
  }

  private static int[] filled(int n, int value) {
    int[] values = new int[n];
    Arrays.fill(values, value);
    return values;
  }

  private static int[] checkerboard() {
    int[] values = new int[16];
    for (int u = 0; u < 16; u++) {
      values[u] = (u / 4 + u % 4) % 2 == 0 ? 1 : -1;
    }
    return values;
  }
}
