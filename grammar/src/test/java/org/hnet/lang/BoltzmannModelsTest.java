package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.model.AnnealingSchedule;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Sampling;
import org.hnet.lang.model.StochasticDynamics;
import org.hnet.lang.model.Temperature;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.dynamics.Schedule;
import org.hnet.runtime.stochastic.Annealing;
import org.hnet.runtime.stochastic.UpdateMethod;
import org.junit.jupiter.api.Test;

/**
 * What the statements of Boltzmann machines mean: lattices, couplings and fields, temperatures,
 * stochastic dynamics, annealing and clamps, in the example models and the valid fixtures.
 */
class BoltzmannModelsTest {
  private static final Path VALID = Path.of("src/test/resources/valid");
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Path FOLDER = Path.of(".");

  @Test
  void ising4IsATorusWithUnitCouplingAtTemperatureTwo() {
    Network ising = only(load(EXAMPLES.resolve("ising/ising4.hnet")));

    assertThat(ising.lattice()).contains(Lattice.of(4, 4, Lattice.Boundary.PERIODIC));
    assertThat(ising.parameters()).isInstanceOf(SparseParameters.class);
    assertThat(ising.isExact()).isTrue();
    assertThat(ising.weightSource()).isEqualTo(new WeightSource.Coupling(BigFraction.ONE));
    // spin[0, 0] is joined to spin[0, 1], spin[0, 3], spin[1, 0] and spin[3, 0], nothing else
    assertThat(ising.weight(0, 1)).isEqualTo(BigFraction.ONE);
    assertThat(ising.weight(0, 3)).isEqualTo(BigFraction.ONE);
    assertThat(ising.weight(0, 4)).isEqualTo(BigFraction.ONE);
    assertThat(ising.weight(0, 12)).isEqualTo(BigFraction.ONE);
    assertThat(ising.weight(0, 5)).isEqualTo(BigFraction.ZERO);
    assertThat(ising.weight(0, 2)).isEqualTo(BigFraction.ZERO);
    assertThat(ising.threshold(7)).isEqualTo(BigFraction.ZERO);
    assertThat(ising.connectivity().connects(12, 0)).isTrue();
    assertThat(ising.connectivity().connects(5, 0)).isFalse();
    assertThat(ising.sampling().temperature())
        .contains(Temperature.ofTemperature(new BigFraction(2)));
    assertThat(ising.sampling().dynamics()).contains(StochasticDynamics.gibbsRandomScan());
    assertThat(ising.isGrid()).isTrue();
  }

  @Test
  void ising32IsSampledBySweeps() {
    Network ising = only(load(EXAMPLES.resolve("ising/ising32.hnet")));

    assertThat(ising.size()).isEqualTo(1024);
    // 32 x 32 torus: 2 bonds per spin
    assertThat(((SparseParameters) ising.parameters()).weights()).hasSize(4 * 1024);
    assertThat(ising.sampling().dynamics()).contains(StochasticDynamics.gibbsSweep());
    assertThat(ising.sampling().dynamics().get().updateMethod())
        .contains(UpdateMethod.GIBBS_SYSTEMATIC);
  }

  @Test
  void boltzmannExamplesHoldTheReferenceWeightsInBothCodings() throws IOException {
    Model model = load(EXAMPLES.resolve("boltzmann/bm_exact.hnet"));
    Map<String, Object> data =
        MiniJson.asObject(
            MiniJson.parse(Files.readString(Path.of("../data/boltzmann/bm_exact.json"))));

    for (Object entry : MiniJson.asList(data.get("networks"))) {
      Map<String, Object> reference = MiniJson.asObject(entry);
      String name = (String) reference.get("name");
      if (!name.equals("bm5") && !name.equals("bm8")) {
        continue;
      }
      for (Activation activation : Activation.values()) {
        String coding = activation == Activation.BINARY ? "binary" : "bipolar";
        Network network = model.network(name + "_" + coding).orElseThrow();
        assertThat(network.activation()).isEqualTo(activation);
        checkNumbers(network, reference);
      }
    }
  }

  private static void checkNumbers(Network network, Map<String, Object> reference) {
    List<Object> rows = MiniJson.asList(reference.get("weights"));
    List<Object> thresholds = MiniJson.asList(reference.get("thresholds"));
    for (int u = 0; u < network.size(); u++) {
      List<Object> row = MiniJson.asList(rows.get(u));
      for (int v = 0; v < network.size(); v++) {
        assertThat(network.weight(u, v))
            .as("%s w(%d, %d)", network.name(), u, v)
            .isEqualTo(decimal((String) row.get(v)));
      }
      assertThat(network.threshold(u)).isEqualTo(decimal((String) thresholds.get(u)));
    }
  }

  @Test
  void theClampedPairHoldsUnitOneOn() {
    Network pair = only(load(EXAMPLES.resolve("boltzmann/clamped_pair.hnet")));

    assertThat(pair.clamps()).containsExactly(new Clamp(1, 1));
    assertThat(pair.weight(0, 1)).isEqualTo(new BigFraction(2));
    assertThat(pair.threshold(0)).isEqualTo(new BigFraction(1, 2));
    assertThat(pair.sampling().temperature().get().betaValue()).isEqualTo(1.0);
  }

  @Test
  void openStripsAndFieldsGiveThresholdMinusH() {
    Model model = load(VALID.resolve("ising_lattices.hnet"));
    Network strip = model.network("strip").orElseThrow();

    // 3 x 5 open: site[0, 0] (0) has neighbours site[0, 1] (1) and site[1, 0] (5) only
    assertThat(strip.weight(0, 1)).isEqualTo(new BigFraction(-1, 2));
    assertThat(strip.weight(0, 5)).isEqualTo(new BigFraction(-1, 2));
    assertThat(strip.weight(0, 4)).isEqualTo(BigFraction.ZERO);
    assertThat(strip.weight(0, 10)).isEqualTo(BigFraction.ZERO);
    assertThat(strip.threshold(3)).isEqualTo(new BigFraction(-1, 3));
    assertThat(((SparseParameters) strip.parameters()).scale()).isEqualTo(6);
    assertThat(strip.sampling().dynamics()).contains(StochasticDynamics.metropolisSweep());
    assertThat(strip.sampling().annealing())
        .contains(
            new AnnealingSchedule(
                Annealing.Shape.GEOMETRIC, new BigFraction(5), new BigFraction(3, 2), 200));
  }

  @Test
  void aPeriodicSideOfTwoDoublesTheCouplingAndThresholdsMayVary() {
    Network gas = load(VALID.resolve("ising_lattices.hnet")).network("gas").orElseThrow();

    // 2 x 3 torus: cell[0, 0] and cell[1, 0] are joined by the bonds down and up
    assertThat(gas.weight(0, 3)).isEqualTo(new BigFraction(2));
    assertThat(gas.weight(0, 1)).isEqualTo(BigFraction.ONE);
    assertThat(gas.threshold(5)).isEqualTo(BigFraction.ONE.negate());
    assertThat(gas.weightSource()).isEqualTo(new WeightSource.Coupling(BigFraction.ONE));
    assertThat(gas.sampling().temperature()).contains(Temperature.ofBeta(new BigFraction(2, 5)));
  }

  @Test
  void temperatureZeroAndBetaZeroAreOppositeEnds() {
    Temperature cold = Temperature.ofTemperature(BigFraction.ZERO);
    Temperature hot = Temperature.ofBeta(BigFraction.ZERO);

    assertThat(cold.isZero()).isTrue();
    assertThat(cold.beta()).isEmpty();
    assertThat(cold.betaValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(cold.describe()).isEqualTo("T = 0 (beta = infinity)");
    assertThat(hot.isInfinite()).isTrue();
    assertThat(hot.temperature()).isEmpty();
    assertThat(hot.betaValue()).isEqualTo(0.0);
    assertThat(hot.temperatureValue()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void betaIsTheDoubleNearestToTheExactInverse() {
    // 1/3 and 1/0.7 = 10/7 rounded once: the same doubles as Java's division of exact operands
    assertThat(Temperature.ofTemperature(new BigFraction(3)).betaValue()).isEqualTo(1.0 / 3);
    assertThat(Temperature.ofTemperature(new BigFraction(7, 10)).betaValue()).isEqualTo(10.0 / 7);
    assertThat(Temperature.ofBeta(new BigFraction(2, 5)).temperatureValue()).isEqualTo(2.5);
    assertThatThrownBy(() -> Temperature.ofBeta(new BigFraction(-1))).hasMessageContaining("-1");
  }

  @Test
  void everyFormOfDynamicsTemperatureAndClampIsKept() {
    Model model = load(VALID.resolve("boltzmann_machines.hnet"));

    Network order = model.network("gibbs_order").orElseThrow();
    // x[3], x[1], x[2], x[1] are neurons 2, 0, 1, 0; x[2] clamped off
    assertThat(order.sampling().dynamics())
        .contains(StochasticDynamics.gibbsOrder(new int[] {2, 0, 1, 0}));
    assertThat(order.sampling().dynamics().get().updateMethod()).isEmpty();
    assertThat(order.clamps()).containsExactly(new Clamp(1, -1));
    assertThat(order.schedule()).isEqualTo(new Schedule.IndexOrder());
    Network metropolis = model.network("metropolis_random").orElseThrow();
    assertThat(metropolis.clamps()).containsExactly(new Clamp(0, 1), new Clamp(3, 0));
    assertThat(metropolis.sampling().temperature().get().isZero()).isTrue();
    assertThat(metropolis.sampling().dynamics())
        .contains(StochasticDynamics.metropolisRandomScan());
    Network hot = model.network("hot").orElseThrow();
    assertThat(hot.sampling().dynamics()).isEmpty();
    assertThat(hot.schedule()).isEqualTo(new Schedule.Synchronous());
  }

  @Test
  void anAnnealedNetworkIsSampledAtTheScheduleEnd() {
    Network annealed =
        load(VALID.resolve("boltzmann_machines.hnet")).network("metropolis_annealed").orElseThrow();
    Sampling sampling = annealed.sampling();

    assertThat(sampling.temperature()).isEmpty();
    assertThat(sampling.samplingTemperature())
        .contains(Temperature.ofTemperature(BigFraction.ZERO));
    Annealing schedule = sampling.annealing().get().toAnnealing();
    assertThat(schedule.steps()).isEqualTo(1);
    assertThat(schedule.temperature(0)).isEqualTo(4.0);
  }

  @Test
  void aGivenOrderSweepFollowsTheOrder() {
    Network order = load(VALID.resolve("boltzmann_machines.hnet")).network("gibbs_order").get();
    ReferenceNetwork network = ReferenceNetwork.of(order.parameters());
    ReferenceNetwork replay = ReferenceNetwork.of(order.parameters());

    long changed = order.sampling().dynamics().get().sweep(network, 1, new SplittableRandom(5));
    long expected = replay.gibbsSweep(new int[] {2, 0, 1, 0}, 1, new SplittableRandom(5));

    assertThat(changed).isEqualTo(expected);
    assertThat(state(network)).containsExactly(state(replay));
  }

  @Test
  void aLatticeOf256By256LoadsWithinTheDefaultLimits() {
    String text =
        "network big { neurons s[256, 256]; connections lattice periodic; temperature 2; }";

    LoadResult result = ModelLoader.of().parse("big.hnet", text, FOLDER);

    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    Network big = only(result.model().orElseThrow());
    assertThat(big.size()).isEqualTo(65536);
    assertThat(big.weight(0, 255)).isEqualTo(BigFraction.ONE);
  }

  @Test
  void theDenseLimitSaysThatLatticesMayBeLarger() {
    LoadResult result =
        ModelLoader.of().parse("big.hnet", "network big { neurons s[256, 256]; }", FOLDER);

    assertThat(result.diagnostics()).hasSize(1);
    assertThat(result.diagnostics().get(0).code()).isEqualTo(DiagnosticCode.TOO_LARGE);
    assertThat(result.diagnostics().get(0).hint())
        .contains("8 n^2 bytes")
        .contains("connections lattice")
        .contains("1048576");
  }

  @Test
  void theLatticeLimitCanBeChanged() {
    String text = "network a { neurons s[4, 4]; connections lattice open; }";
    LoaderOptions options = LoaderOptions.defaults().withMaxLatticeNeurons(15);

    LoadResult refused = ModelLoader.of(options).parse("m", text, FOLDER);
    LoadResult loaded = ModelLoader.of(options.withMaxLatticeNeurons(16)).parse("m", text, FOLDER);

    assertThat(refused.diagnostics().get(0).message()).contains("limit of 15 for lattices");
    assertThat(loaded.model()).isPresent();
  }

  @Test
  void aModelWithoutBoltzmannStatementsSamplesNothing() {
    Network plain =
        only(ModelLoader.of().parse("m", "network a { neurons s[2]; }", FOLDER).model().get());

    assertThat(plain.sampling()).isEqualTo(Sampling.none());
    assertThat(plain.clamps()).isEmpty();
    assertThat(plain.lattice()).isEqualTo(Optional.empty());
  }

  private static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    return result.model().orElseThrow();
  }

  private static Network only(Model model) {
    assertThat(model.networks()).hasSize(1);
    return model.networks().get(0);
  }

  private static BigFraction decimal(String text) {
    BigDecimal value = new BigDecimal(text);
    return new BigFraction(value.unscaledValue())
        .divide(new BigFraction(BigInteger.TEN.pow(Math.max(0, value.scale()))));
  }

  private static int[] state(ReferenceNetwork network) {
    int[] state = new int[network.size()];
    network.copyState(state);
    return state;
  }
}
