package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.SplittableRandom;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;

/**
 * Drives a generated network and the reference through the same random sequence of stochastic
 * operations, each with a generator of the same seed, and checks after every operation that both
 * returned the same, hold the same state, clamps and net inputs, and have drawn the same numbers.
 */
final class Trajectories {

  /** The inverse temperatures operations run at: both ends, and values between. */
  private static final double[] BETAS = {
    0.0, Double.POSITIVE_INFINITY, 0.1, 0.5, 1.0, 1.0 / 3, 2.0, 7.25, 40.0
  };

  private final StochasticNetwork generated;
  private final StochasticNetwork reference;
  private final SplittableRandom choices;
  private final SplittableRandom generatedDraws;
  private final SplittableRandom referenceDraws;
  private final int n;
  private double beta = 1.0;
  private String where = "";

  private Trajectories(StochasticNetwork generated, StochasticNetwork reference, long seed) {
    this.generated = generated;
    this.reference = reference;
    this.choices = new SplittableRandom(seed);
    this.generatedDraws = new SplittableRandom(seed + 1);
    this.referenceDraws = new SplittableRandom(seed + 1);
    this.n = reference.size();
  }

  /** The reference network of {@code network}, with the clamps the model declares applied. */
  static ReferenceNetwork reference(Network network) {
    ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());
    for (Clamp clamp : network.clamps()) {
      reference.clamp(clamp.neuron(), clamp.value());
    }
    return reference;
  }

  /**
   * Runs {@code operations} random operations on both networks.
   *
   * @param seed chooses the operations; the networks draw from generators seeded {@code seed + 1}
   * @param where names the case in failure messages
   */
  static void check(
      StochasticNetwork generated,
      StochasticNetwork reference,
      long seed,
      int operations,
      String where) {
    Trajectories trajectories = new Trajectories(generated, reference, seed);
    trajectories.agreeOnClamps("new network, " + where);
    Agreement.check(generated, reference, "new network, " + where);
    for (int k = 0; k < operations; k++) {
      trajectories.step("operation " + k + ", " + where);
    }
  }

  private void step(String where) {
    this.where = where;
    if (choices.nextInt(4) != 0) {
      beta =
          choices.nextInt(3) == 0 ? choices.nextDouble(0, 4) : BETAS[choices.nextInt(BETAS.length)];
    }
    String what = operate(choices.nextInt(14)) + " at beta " + beta + ", " + where;
    Agreement.check(generated, reference, what);
    agreeOnClamps(what);
    assertThat(generatedDraws.nextLong())
        .as("the same draws, %s", what)
        .isEqualTo(referenceDraws.nextLong());
  }

  /** Runs one operation on both networks, checks their results, and says what it was. */
  private String operate(int operation) {
    int u = choices.nextInt(n);
    return switch (operation) {
      case 0 ->
          same(
              "gibbsUpdate(" + u + ")",
              generated.gibbsUpdate(u, beta, generatedDraws),
              reference.gibbsUpdate(u, beta, referenceDraws));
      case 1 ->
          same(
              "gibbsSweep",
              generated.gibbsSweep(beta, generatedDraws),
              reference.gibbsSweep(beta, referenceDraws));
      case 2 -> gibbsSweepInOrder();
      case 3 -> gibbsRandomScan();
      case 4 ->
          same(
              "metropolisUpdate(" + u + ")",
              generated.metropolisUpdate(u, beta, generatedDraws),
              reference.metropolisUpdate(u, beta, referenceDraws));
      case 5 ->
          same(
              "metropolisSweep",
              generated.metropolisSweep(beta, generatedDraws),
              reference.metropolisSweep(beta, referenceDraws));
      case 6 -> metropolisRandomScan();
      case 7 -> probabilities();
      case 8 -> clamp(u);
      case 9 -> {
        generated.unclamp(u);
        reference.unclamp(u);
        yield "unclamp(" + u + ")";
      }
      case 10 -> choices.nextInt(4) == 0 ? unclampAll() : probabilities();
      case 11 -> setNeuron(u);
      case 12 -> same("update(" + u + ")", generated.update(u), reference.update(u));
      default -> same("sweep", generated.sweep(), reference.sweep());
    };
  }

  private String gibbsSweepInOrder() {
    int[] order = neurons(choices.nextInt(2 * n + 1));
    return same(
        "gibbsSweep(order)",
        generated.gibbsSweep(order, beta, generatedDraws),
        reference.gibbsSweep(order, beta, referenceDraws));
  }

  private String gibbsRandomScan() {
    long steps = choices.nextInt(3 * n + 1);
    return same(
        "gibbsRandomScan(" + steps + ")",
        generated.gibbsRandomScan(steps, beta, generatedDraws),
        reference.gibbsRandomScan(steps, beta, referenceDraws));
  }

  private String metropolisRandomScan() {
    long steps = choices.nextInt(3 * n + 1);
    return same(
        "metropolisRandomScan(" + steps + ")",
        generated.metropolisRandomScan(steps, beta, generatedDraws),
        reference.metropolisRandomScan(steps, beta, referenceDraws));
  }

  /** Every neuron's probability of turning on: the same double, bit for bit. */
  private String probabilities() {
    for (int v = 0; v < n; v++) {
      assertThat(generated.probabilityOn(v, beta))
          .as("probabilityOn(%d) at beta %s, %s", v, beta, where)
          .isEqualTo(reference.probabilityOn(v, beta));
    }
    return "probabilityOn";
  }

  private String clamp(int u) {
    int value = reference.activation().of(choices.nextBoolean());
    generated.clamp(u, value);
    reference.clamp(u, value);
    return "clamp(" + u + ", " + value + ")";
  }

  private String unclampAll() {
    generated.unclampAll();
    reference.unclampAll();
    return "unclampAll";
  }

  /** Sets a neuron; both refuse alike when it is clamped to the other value. */
  private String setNeuron(int u) {
    int value = reference.activation().of(choices.nextBoolean());
    Throwable expected = catchThrowable(() -> reference.setNeuron(u, value));
    Throwable actual = catchThrowable(() -> generated.setNeuron(u, value));
    String what = "setNeuron(" + u + ", " + value + ")";
    if (expected == null) {
      assertThat(actual).as("%s, %s", what, where).isNull();
    } else {
      assertThat(actual).as("%s, %s", what, where).isInstanceOf(expected.getClass());
    }
    return what;
  }

  private int[] neurons(int length) {
    int[] neurons = new int[length];
    for (int k = 0; k < length; k++) {
      neurons[k] = choices.nextInt(n);
    }
    return neurons;
  }

  private void agreeOnClamps(String where) {
    for (int v = 0; v < n; v++) {
      assertThat(generated.isClamped(v))
          .as("isClamped(%d), %s", v, where)
          .isEqualTo(reference.isClamped(v));
    }
  }

  private String same(String what, Object actual, Object expected) {
    assertThat(actual).as("%s at beta %s, %s", what, beta, where).isEqualTo(expected);
    return what;
  }
}
