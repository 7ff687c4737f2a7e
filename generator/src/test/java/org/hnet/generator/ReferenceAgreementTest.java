package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.ReferenceNetwork;

/**
 * Random networks, generated and compiled, agree exactly with ReferenceNetwork: the same state
 * after every update of a random update sequence, the same sweeps, synchronous steps and relax()
 * results, and the same net inputs and energies, scaled ones included.
 *
 * <p>The networks have 1 to 12 neurons, both activations, exact parameters (small rationals, which
 * make ties frequent; numerators near 10^9; numerators times 2^33, which force long) or
 * floating-point ones (dyadic values, which tie too, and arbitrary doubles), mostly symmetric
 * weights and a random diagonal that both must ignore. Each try compiles a batch of networks in one
 * javac run, which keeps the suite fast.
 */
class ReferenceAgreementTest {

  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.random", "random.hnet");

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
      return parameters
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
  }

  @Property(tries = 40)
  void generatedNetworksAgreeWithTheReference(@ForAll("batches") List<Case> cases) {
    List<Network> networks = new ArrayList<>();
    for (int k = 0; k < cases.size(); k++) {
      networks.add(TestNetworks.network("n" + k, cases.get(k).parameters()));
    }
    CompiledClasses classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(TestNetworks.model(networks.toArray(Network[]::new)), OPTIONS));

    for (int k = 0; k < cases.size(); k++) {
      HopfieldNetwork generated = classes.newInstance("org.random.N" + k, HopfieldNetwork.class);
      run(cases.get(k), generated, ReferenceNetwork.of(cases.get(k).parameters()));
    }
  }

  private static void run(Case c, HopfieldNetwork generated, HopfieldNetwork reference) {
    Agreement.check(generated, reference, "new network");
    generated.setState(c.start());
    reference.setState(c.start());
    Agreement.check(generated, reference, "start");

    for (int k = 0; k < c.updates().length; k++) {
      int u = c.updates()[k];
      assertThat(generated.update(u)).as("update %d of %d", k, u).isEqualTo(reference.update(u));
      Agreement.check(generated, reference, "after update " + k + " of neuron " + u);
    }
    assertThat(generated.sweep(c.order())).as("sweep(order)").isEqualTo(reference.sweep(c.order()));
    Agreement.check(generated, reference, "after sweep(order)");
    assertThat(generated.sweep()).as("sweep()").isEqualTo(reference.sweep());
    Agreement.check(generated, reference, "after sweep()");

    for (int k = 0; k < c.synchronousSteps(); k++) {
      assertThat(generated.synchronousStep())
          .as("synchronous step %d", k)
          .isEqualTo(reference.synchronousStep());
      Agreement.check(generated, reference, "after synchronous step " + k);
    }

    generated.setState(c.start());
    reference.setState(c.start());
    assertThat(generated.relax(c.relaxBound()))
        .as("relax(%d)", c.relaxBound())
        .isEqualTo(reference.relax(c.relaxBound()));
    Agreement.check(generated, reference, "after relax");

    generated.setNeuron(0, generated.activation().high());
    reference.setNeuron(0, reference.activation().high());
    Agreement.check(generated, reference, "after setNeuron");
  }

  @Provide
  Arbitrary<List<Case>> batches() {
    return cases().list().ofMinSize(1).ofMaxSize(12);
  }

  private Arbitrary<Case> cases() {
    return Arbitraries.integers().between(1, 12).flatMap(this::cases);
  }

  private Arbitrary<Case> cases(int n) {
    Arbitrary<Integer> neuron = Arbitraries.integers().between(0, n - 1);
    return parameters(n)
        .flatMap(
            parameters ->
                Combinators.combine(
                        states(parameters.activation(), n),
                        neuron.array(int[].class).ofMaxSize(40),
                        neuron.array(int[].class).ofMaxSize(2 * n),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.of(0L, 1L, 2L, (long) n, 3L * n, 64L * n, (long) n << n))
                    .as(
                        (start, updates, order, steps, bound) ->
                            new Case(parameters, start, updates, order, steps, bound)));
  }

  private static Arbitrary<int[]> states(Activation activation, int n) {
    return Arbitraries.of(activation.low(), activation.high()).array(int[].class).ofSize(n);
  }

  private static Arbitrary<NetworkParameters> parameters(int n) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, exact(n, Arbitraries.longs().between(-3, 3))),
        net.jqwik.api.Tuple.of(
            1, exact(n, Arbitraries.longs().between(-1_000_000_000, 1_000_000_000))),
        net.jqwik.api.Tuple.of(1, exact(n, Arbitraries.longs().between(-3, 3).map(x -> x << 33))),
        net.jqwik.api.Tuple.of(2, floating(n)));
  }

  private static Arbitrary<NetworkParameters> exact(int n, Arbitrary<Long> numerator) {
    return Combinators.combine(
            Arbitraries.of(Activation.values()),
            Arbitraries.of(1L, 2L, 3L, 6L, 12L),
            Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, true), net.jqwik.api.Tuple.of(1, false)),
            numerator.array(long[].class).ofSize(n * n),
            numerator.array(long[].class).ofSize(n))
        .as(
            (activation, scale, symmetric, weights, thresholds) ->
                new ExactParameters(
                    n, activation, scale, shape(n, weights, symmetric), thresholds));
  }

  private static Arbitrary<NetworkParameters> floating(int n) {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.of(0.0, 0.5, -0.5, 0.25, -1.0, 1.0, 1.5, -0.75),
            Arbitraries.doubles().between(-2, 2));
    return Combinators.combine(
            Arbitraries.of(Activation.values()),
            value.array(double[].class).ofSize(n * n),
            value.array(double[].class).ofSize(n))
        .as(
            (activation, weights, thresholds) ->
                new FloatingParameters(n, activation, symmetric(n, weights), thresholds));
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
