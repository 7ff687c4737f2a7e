package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hnet.generator.plan.RepresentationChooser;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.api.Test;

/**
 * The largest networks kept as array literals still compile: 64 neurons and 64 stored patterns,
 * with numbers that need the longest bytecode per element (distinct longs and doubles), stay within
 * the 64 KiB a method may hold.
 */
class LiteralLimitTest {

  private static final int SIZE = 64;

  @Test
  void theLargestLiteralClassesCompileAndRun() {
    Random random = new Random(64);
    Network exact = network("widest_long", exactParameters(random), random);
    Network floating = network("widest_double", floatingParameters(random), random);

    CompiledClasses classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(
                TestNetworks.model(exact, floating),
                GeneratorOptions.of("org.limit", "limit.hnet")));

    check(classes, "org.limit.WidestLong", exact, random);
    check(classes, "org.limit.WidestDouble", floating, random);
  }

  private static void check(CompiledClasses classes, String name, Network network, Random random) {
    HopfieldNetwork generated = classes.newInstance(name, HopfieldNetwork.class);
    ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());
    int[] start = network.patterns().pattern(random.nextInt(network.patterns().size()));
    generated.setState(start);
    reference.setState(start);

    assertThat(generated.sweep()).isEqualTo(reference.sweep());
    Agreement.check(generated, reference, name);
    assertThat(generated.info().patterns()).isEqualTo(network.patterns());
  }

  private static Network network(String name, NetworkParameters parameters, Random random) {
    List<int[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < RepresentationChooser.LITERAL_LIMIT / SIZE; k++) {
      int[] row = new int[SIZE];
      for (int u = 0; u < SIZE; u++) {
        row[u] = random.nextBoolean() ? 1 : -1;
      }
      rows.add(row);
      labels.add("pattern " + k);
    }
    PatternSet patterns = new PatternSet(Activation.BIPOLAR, SIZE, rows, labels);
    return TestNetworks.network(
        name, parameters, List.of(TestNetworks.range("x", 0, 0, SIZE)), 0, 0, patterns);
  }

  private static ExactParameters exactParameters(Random random) {
    long[] weights = new long[SIZE * SIZE];
    for (int u = 0; u < SIZE; u++) {
      for (int v = 0; v < u; v++) {
        weights[u * SIZE + v] = random.nextLong() >> 20;
        weights[v * SIZE + u] = weights[u * SIZE + v];
      }
    }
    long[] thresholds = random.longs(SIZE).map(x -> x >> 20).toArray();
    return new ExactParameters(SIZE, Activation.BIPOLAR, 7, weights, thresholds);
  }

  private static FloatingParameters floatingParameters(Random random) {
    double[] weights = new double[SIZE * SIZE];
    for (int u = 0; u < SIZE; u++) {
      for (int v = 0; v < u; v++) {
        weights[u * SIZE + v] = random.nextGaussian();
        weights[v * SIZE + u] = weights[u * SIZE + v];
      }
    }
    return new FloatingParameters(
        SIZE, Activation.BIPOLAR, weights, random.doubles(SIZE).toArray());
  }
}
