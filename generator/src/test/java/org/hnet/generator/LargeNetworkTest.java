package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.Storage;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkInfo;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 64 x 64 Hebbian network (4096 neurons, 16.8 million weights) is generated with its parameters
 * in resources, compiles, loads them, and runs exactly like the reference.
 */
class LargeNetworkTest {

  private static final int SIDE = 64;
  private static final int SIZE = SIDE * SIDE;
  private static final int PATTERNS = 5;
  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.example", "big.hnet");

  private static Network network;
  private static List<GeneratedFile> files;
  private static HopfieldNetwork generated;

  @BeforeAll
  static void generateAndCompile() {
    network = hebbian(new Random(4096));
    files = JavaGenerator.generate(TestNetworks.model(network), OPTIONS);
    generated =
        Compilers.RUNTIME_ONLY
            .compile(files)
            .newInstance("org.example.Pixels", HopfieldNetwork.class);
  }

  @Test
  void parametersGoToResourcesBesideTheClass() {
    NetworkPlan plan = JavaGenerator.plan(TestNetworks.model(network), OPTIONS).get(0);

    assertThat(plan.representation().storage()).isEqualTo(Storage.RESOURCE);
    assertThat(plan.namesFromGroups()).isTrue();
    assertThat(files)
        .extracting(GeneratedFile::path)
        .containsExactly(
            "org/example/Pixels.java",
            "org/example/Pixels.weights.bin",
            "org/example/Pixels.thresholds.bin",
            "org/example/Pixels.patterns.bin");
    // the source holds no parameter: it stays far below the size of one weight per line
    assertThat(files.get(0).content().length).isLessThan(30_000);
  }

  @Test
  void infoRebuildsTheNamesAndReadsThePatterns() {
    NetworkInfo info = generated.info();

    assertThat(info.representation()).isEqualTo("dense int");
    assertThat(info.neuronNames()).isEqualTo(network.neuronNames());
    assertThat(info.neuronNames().get(SIZE - 1)).isEqualTo("pixel[63, 63]");
    assertThat(info.rows()).isEqualTo(SIDE);
    assertThat(info.columns()).isEqualTo(SIDE);
    assertThat(info.patterns()).isEqualTo(network.patterns());
  }

  @Test
  void updatesAndRelaxMatchTheReference() {
    ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());
    Random random = new Random(17);
    int[] start = noisy(network.patterns().pattern(0), random);
    generated.setState(start);
    reference.setState(start);

    for (int k = 0; k < 300; k++) {
      int u = random.nextInt(SIZE);
      assertThat(generated.update(u)).as("update %d of %d", k, u).isEqualTo(reference.update(u));
      assertThat(generated.scaledNetInput(u)).isEqualTo(reference.scaledNetInput(u));
    }
    Agreement.check(generated, reference, "after 300 random updates");

    generated.setState(start);
    long steps = generated.relax(100L * SIZE);
    checkFirstStableAfter(reference, start, steps);
    // 5 random patterns in 4096 neurons, 10% noise: far inside the Hebbian capacity, so the
    // stored pattern comes back
    assertThat(Agreement.state(generated)).containsExactly(network.patterns().pattern(0));
  }

  /** The reference, run {@code steps} updates in index order, is stable, and was not before. */
  private static void checkFirstStableAfter(ReferenceNetwork reference, int[] start, long steps) {
    reference.setState(start);
    boolean lastChanged = false;
    for (long k = 1; k <= steps; k++) {
      lastChanged = reference.update((int) ((k - 1) % SIZE));
    }
    assertThat(steps).isPositive();
    assertThat(lastChanged).as("update %d changed a neuron", steps).isTrue();
    assertThat(reference.isStable()).isTrue();
    assertThat(Agreement.state(generated)).containsExactly(Agreement.state(reference));
  }

  private static int[] noisy(int[] pattern, Random random) {
    int[] state = pattern.clone();
    for (int u = 0; u < SIZE; u++) {
      if (random.nextInt(10) == 0) {
        state[u] = -state[u];
      }
    }
    return state;
  }

  /** W = sum of p p^T - m I over random bipolar patterns, thresholds 0, on a 64 x 64 grid. */
  private static Network hebbian(Random random) {
    List<int[]> patterns = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < PATTERNS; k++) {
      int[] p = new int[SIZE];
      for (int u = 0; u < SIZE; u++) {
        p[u] = random.nextBoolean() ? 1 : -1;
      }
      patterns.add(p);
      labels.add("p" + k);
    }
    long[] weights = new long[SIZE * SIZE];
    for (int[] p : patterns) {
      for (int u = 0; u < SIZE; u++) {
        for (int v = 0; v < SIZE; v++) {
          weights[u * SIZE + v] += u == v ? 0 : p[u] * p[v];
        }
      }
    }
    ExactParameters parameters =
        new ExactParameters(SIZE, Activation.BIPOLAR, 1, weights, new long[SIZE]);
    return TestNetworks.network(
        "pixels",
        parameters,
        List.of(TestNetworks.grid("pixel", 0, SIDE, SIDE)),
        SIDE,
        SIDE,
        new PatternSet(Activation.BIPOLAR, SIZE, patterns, labels));
  }
}
