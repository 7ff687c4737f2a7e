package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random networks, generated and compiled, agree exactly with ReferenceNetwork: the same state
 * after every update of a random update sequence, the same sweeps, synchronous steps and relax()
 * results, and the same net inputs and energies, scaled ones included.
 *
 * <p>The networks have 1 to 12 neurons, both activations, exact parameters (small rationals, which
 * make ties frequent; numerators up to 10^9, the extremes included; numerators times 2^33, which
 * force long) or floating-point ones (dyadic values, which tie too, decimals with two places, which
 * round, and arbitrary doubles), mostly symmetric weights and a random diagonal that both must
 * ignore. Each seed draws a batch of 1 to 12 networks and compiles them in one javac run, which
 * keeps the suite fast; a failure names the seed, the network and its whole case.
 */
class ReferenceAgreementTest {

  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.random", "random.hnet");

  /** The batches: seeds {@code SEED} to {@code SEED + BATCHES - 1}. */
  private static final long SEED = 90_001;

  private static final int BATCHES = 40;

  private static final long[] SCALES = {1, 2, 3, 6, 12};

  private static final double[] DYADIC = {0.0, 0.5, -0.5, 0.25, -1.0, 1.0, 1.5, -0.75};

  /** One network and what to do with it. */
  record Case(
      NetworkParameters parameters,
      int[] start,
      int[] updates,
      int[] order,
      int synchronousSteps,
      long relaxBound) {

    @Override
    public String toString() {
      return describe(parameters)
          + " start="
          + Arrays.toString(start)
          + " updates="
          + Arrays.toString(updates)
          + " order="
          + Arrays.toString(order)
          + " synchronousSteps="
          + synchronousSteps
          + " relaxBound="
          + relaxBound;
    }

    private static String describe(NetworkParameters parameters) {
      if (parameters instanceof ExactParameters exact) {
        return exact
            + " weights="
            + Arrays.toString(exact.weights())
            + " thresholds="
            + Arrays.toString(exact.thresholds());
      }
      FloatingParameters floating = (FloatingParameters) parameters;
      return floating
          + " weights="
          + Arrays.toString(floating.weights())
          + " thresholds="
          + Arrays.toString(floating.thresholds());
    }
  }

  static LongStream seeds() {
    return LongStream.range(SEED, SEED + BATCHES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedNetworksAgreeWithTheReference(long seed) {
    List<Case> cases = batch(new SplittableRandom(seed));
    List<Network> networks = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      networks.add(TestNetworks.network("n" + k, cases.get(k).parameters()));
    }
    CompiledClasses classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(TestNetworks.model(networks.toArray(Network[]::new)), OPTIONS));

    for (int k = 0; k < cases.size(); k++) {
      HopfieldNetwork generated = classes.newInstance("org.random.N" + k, HopfieldNetwork.class);
      String where = "seed " + seed + ", network n" + k + ": " + cases.get(k);
      run(cases.get(k), generated, ReferenceNetwork.of(cases.get(k).parameters()), where);
    }
  }

  private static void run(
      Case c, HopfieldNetwork generated, HopfieldNetwork reference, String where) {
    Agreement.check(generated, reference, "new network, " + where);
    generated.setState(c.start());
    reference.setState(c.start());
    Agreement.check(generated, reference, "start, " + where);

    for (int k = 0; k < c.updates().length; k++) {
      int u = c.updates()[k];
      assertThat(generated.update(u))
          .as("update %d of %d, %s", k, u, where)
          .isEqualTo(reference.update(u));
      Agreement.check(generated, reference, "after update " + k + " of neuron " + u + ", " + where);
    }
    assertThat(generated.sweep(c.order()))
        .as("sweep(order), %s", where)
        .isEqualTo(reference.sweep(c.order()));
    Agreement.check(generated, reference, "after sweep(order), " + where);
    assertThat(generated.sweep()).as("sweep(), %s", where).isEqualTo(reference.sweep());
    Agreement.check(generated, reference, "after sweep(), " + where);

    for (int k = 0; k < c.synchronousSteps(); k++) {
      assertThat(generated.synchronousStep())
          .as("synchronous step %d, %s", k, where)
          .isEqualTo(reference.synchronousStep());
      Agreement.check(generated, reference, "after synchronous step " + k + ", " + where);
    }

    generated.setState(c.start());
    reference.setState(c.start());
    assertThat(generated.relax(c.relaxBound()))
        .as("relax(%d), %s", c.relaxBound(), where)
        .isEqualTo(reference.relax(c.relaxBound()));
    Agreement.check(generated, reference, "after relax, " + where);

    generated.setNeuron(0, generated.activation().high());
    reference.setNeuron(0, reference.activation().high());
    Agreement.check(generated, reference, "after setNeuron, " + where);
  }

  /** One to twelve cases, each compiled as one network of the batch. */
  private static List<Case> batch(SplittableRandom random) {
    List<Case> cases = new ArrayList<>();
    int count = random.nextInt(1, 13);
    for (int k = 0; k < count; k++) {
      cases.add(randomCase(random));
    }
    return cases;
  }

  private static Case randomCase(SplittableRandom random) {
    int n = random.nextInt(1, 13);
    NetworkParameters parameters = parameters(n, random);
    int[] start = new int[n];
    for (int u = 0; u < n; u++) {
      start[u] = parameters.activation().of(random.nextBoolean());
    }
    int[] updates = neurons(n, random.nextInt(41), random);
    int[] order = neurons(n, random.nextInt(2 * n + 1), random);
    long[] bounds = {0, 1, 2, n, 3L * n, 64L * n, (long) n << n};
    long bound = bounds[random.nextInt(bounds.length)];
    return new Case(parameters, start, updates, order, random.nextInt(5), bound);
  }

  private static int[] neurons(int n, int length, SplittableRandom random) {
    int[] neurons = new int[length];
    for (int k = 0; k < length; k++) {
      neurons[k] = random.nextInt(n);
    }
    return neurons;
  }

  /** Small numerators, large ones, numerators times 2^33 and floating point, as 3 : 1 : 1 : 2. */
  private static NetworkParameters parameters(int n, SplittableRandom random) {
    int kind = random.nextInt(7);
    if (kind < 3) {
      return exact(n, random, () -> random.nextLong(-3, 4));
    }
    if (kind == 3) {
      return exact(n, random, () -> large(random));
    }
    if (kind == 4) {
      return exact(n, random, () -> random.nextLong(-3, 4) << 33);
    }
    return floating(n, random);
  }

  /** A numerator in [-10^9, 10^9]; one in four is an extreme or 0, +1, -1. */
  private static long large(SplittableRandom random) {
    long[] edges = {-1_000_000_000, 1_000_000_000, 0, 1, -1};
    if (random.nextInt(4) == 0) {
      return edges[random.nextInt(edges.length)];
    }
    return random.nextLong(-1_000_000_000, 1_000_000_001);
  }

  /** Exact parameters; four in five have symmetric weights. */
  private static NetworkParameters exact(int n, SplittableRandom random, LongSupplier numerator) {
    Activation activation = Activation.values()[random.nextInt(Activation.values().length)];
    long scale = SCALES[random.nextInt(SCALES.length)];
    boolean symmetric = random.nextInt(5) != 0;
    long[] weights = LongStream.generate(numerator).limit((long) n * n).toArray();
    long[] thresholds = LongStream.generate(numerator).limit(n).toArray();
    return new ExactParameters(n, activation, scale, shape(n, weights, symmetric), thresholds);
  }

  /** Floating-point parameters with symmetric weights. */
  private static NetworkParameters floating(int n, SplittableRandom random) {
    Activation activation = Activation.values()[random.nextInt(Activation.values().length)];
    double[] weights = doubles(n * n, () -> floatingValue(random));
    double[] thresholds = doubles(n, () -> floatingValue(random));
    return new FloatingParameters(n, activation, symmetric(n, weights), thresholds);
  }

  /** Half dyadic values, a quarter decimals in [-2, 2] with two places, a quarter any double. */
  private static double floatingValue(SplittableRandom random) {
    int kind = random.nextInt(4);
    if (kind < 2) {
      return DYADIC[random.nextInt(DYADIC.length)];
    }
    if (kind == 2) {
      return random.nextInt(-200, 201) / 100.0;
    }
    return random.nextDouble(-2, 2);
  }

  private static double[] doubles(int length, DoubleSupplier value) {
    double[] values = new double[length];
    for (int k = 0; k < length; k++) {
      values[k] = value.getAsDouble();
    }
    return values;
  }

  /** The weights made symmetric (upper triangle mirrored) when asked; the diagonal stays random. */
  private static long[] shape(int n, long[] weights, boolean symmetric) {
    long[] shaped = weights.clone();
    if (symmetric) {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < u; v++) {
          shaped[u * n + v] = shaped[v * n + u];
        }
      }
    }
    return shaped;
  }

  private static double[] symmetric(int n, double[] weights) {
    double[] shaped = weights.clone();
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < u; v++) {
        shaped[u * n + v] = shaped[v * n + u];
      }
    }
    return shaped;
  }
}
