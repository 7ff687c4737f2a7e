package org.hnet.generator.export.lean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.exact.Boltzmann;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.exact.RandomScanKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two changes a Boltzmann export makes to a network keep what it states: the free network of a
 * clamped one, written in bipolar coding, has the same Boltzmann distribution state by state, a
 * random-scan kernel that is hnet's with the clamped picks taken out, and energies shifted by one
 * constant. Checked on random small networks, each from a fixed seed that a failure names.
 */
class RationalParametersTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFreeBipolarNetworkHasTheDistributionAndKernelOfTheClampedModel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RationalParameters model = randomNetwork(random);
    List<Clamp> clamps = randomClamps(random, model);
    int[] free = free(model.size(), clamps);
    double beta = 0.25 + random.nextDouble() * 2;

    Enumeration declared = Enumeration.of(model.exact().orElseThrow(), clamps);
    Enumeration exported = Enumeration.of(model.free(free, clamps).bipolar().exact().orElseThrow());
    Boltzmann p = declared.boltzmann(beta);
    Boltzmann q = exported.boltzmann(beta);

    String context = "seed " + seed + ", clamps " + clamps;
    assertThat(q.probabilities()).as(context).hasSize(p.probabilities().length);
    for (int i = 0; i < exported.stateCount(); i++) {
      assertThat(q.probability(i)).as(context).isCloseTo(p.probability(i), within(1e-13));
    }
    // hnet picks among all n neurons: P_model = (f/n) P_exported + (c/n) I
    RandomScanKernel pm = RandomScanKernel.gibbs(declared, beta);
    RandomScanKernel pe = RandomScanKernel.gibbs(exported, beta);
    double n = model.size();
    for (int i = 0; i < exported.stateCount(); i++) {
      for (int j = 0; j < exported.stateCount(); j++) {
        double expected = free.length / n * pe.entry(i, j) + (i == j ? clamps.size() / n : 0);
        assertThat(pm.entry(i, j)).as(context).isCloseTo(expected, within(1e-13));
      }
    }
  }

  @Test
  void aBinaryEnergyIsTheBipolarEnergyPlusTheOffset() {
    // w = [[0, 2], [2, 0]], θ = (1/2, 0): E(1, 1) = -2 + 1/2 = -3/2; in bipolar coding
    // W' = [[0, 1/2], [1/2, 0]], θ' = (1/4 - 1/2, 0 - 1/2) = (-1/4, -1/2), E'(1, 1) = -1/2 - 3/4
    // = -5/4, and c = (1/2) / 2 - 4 / 8 = -1/4: -3/2 = -5/4 - 1/4
    RationalParameters binary =
        new RationalParameters(
            Activation.BINARY,
            new BigFraction[][] {{q(0), q(2)}, {q(2), q(0)}},
            new BigFraction[] {new BigFraction(1, 2), q(0)});

    RationalParameters bipolar = binary.bipolar();

    assertThat(bipolar.weights()[0][1]).isEqualTo(new BigFraction(1, 2));
    assertThat(bipolar.thresholds())
        .containsExactly(new BigFraction(-1, 4), new BigFraction(-1, 2));
    assertThat(binary.bipolarOffset()).isEqualTo(new BigFraction(-1, 4));
  }

  private static RationalParameters randomNetwork(SplittableRandom random) {
    int n = 2 + random.nextInt(5);
    BigFraction[][] w = new BigFraction[n][n];
    BigFraction[] t = new BigFraction[n];
    for (int u = 0; u < n; u++) {
      w[u][u] = BigFraction.ZERO;
      for (int v = u + 1; v < n; v++) {
        w[u][v] = w[v][u] = new BigFraction(random.nextInt(-6, 7), 1 + random.nextInt(4));
      }
      t[u] = new BigFraction(random.nextInt(-6, 7), 1 + random.nextInt(4));
    }
    Activation activation = random.nextBoolean() ? Activation.BINARY : Activation.BIPOLAR;
    return new RationalParameters(activation, w, t);
  }

  private static List<Clamp> randomClamps(SplittableRandom random, RationalParameters model) {
    List<Clamp> clamps = new ArrayList<>();
    for (int u = 0; u < model.size() - 1; u++) {
      if (random.nextInt(3) == 0) {
        clamps.add(new Clamp(u, model.activation().of(random.nextBoolean())));
      }
    }
    return clamps;
  }

  private static int[] free(int n, List<Clamp> clamps) {
    return java.util.stream.IntStream.range(0, n)
        .filter(u -> clamps.stream().noneMatch(c -> c.neuron() == u))
        .toArray();
  }

  private static BigFraction q(int value) {
    return new BigFraction(value);
  }
}
