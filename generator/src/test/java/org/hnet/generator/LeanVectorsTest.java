package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated classes replay the formalization's test vectors in {@code data/lean/hebbian.json}:
 * every update of the traces, the steps to stabilize and the energy tables, all exact.
 */
class LeanVectorsTest {

  private static JsonNode vectors;
  private static CompiledClasses classes;

  @BeforeAll
  static void generateTheThreeNetworks() throws IOException {
    vectors = new ObjectMapper().readTree(Path.of("..", "data", "lean", "hebbian.json").toFile());
    classes =
        Compilers.RUNTIME_ONLY.compile(
            JavaGenerator.generate(
                TestNetworks.model(
                    TestNetworks.network("rational_tie", parameters("extra_rational_hopfield")),
                    TestNetworks.network("w1", parameters("W1")),
                    TestNetworks.network("hebbian_ps", parameters("Hebbian_ps"))),
                GeneratorOptions.of("org.example", "hebbian.json")));
  }

  @Test
  void rationalTieTakesTheTieToPlusOneAndStabilizesAfterTwoUpdates() {
    JsonNode vector = vectors.get("extra_rational_hopfield");
    HopfieldNetwork network = network("RationalTie");
    network.setState(ints(vector.get("initial")));

    replay(network, vector.get("workPhase_trace"));

    assertThat(vector.get("workPhase_trace").get(0).get("tie").asBoolean()).isTrue();
    network.setState(ints(vector.get("initial")));
    assertThat(network.relax(64)).isEqualTo(vector.get("stabilize_useq_Fin4").get("N").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(ints(vector.get("stabilize_useq_Fin4").get("state")));
  }

  @Test
  void rationalTieStatesHaveTheTabulatedEnergiesAndStability() {
    checkEnergyTable(network("RationalTie"), vectors.get("extra_rational_hopfield"));
  }

  @Test
  void w1FromExtuFollowsTheTraceAndStabilizesAfterThreeUpdates() {
    JsonNode vector = vectors.get("W1");
    HopfieldNetwork network = network("W1");
    network.setState(ints(vector.get("extu")));

    replay(network, vector.get("trace_from_extu_useq_Fin4"));

    network.setState(ints(vector.get("extu")));
    assertThat(network.relax(64)).isEqualTo(vector.get("stabilize_from_extu").get("N").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(ints(vector.get("stabilize_from_extu").get("state")));
    checkEnergyTable(network, vector);
  }

  @Test
  void hebbianOfTwoPatternsStabilizesAfterTwoUpdates() {
    JsonNode vector = vectors.get("Hebbian_ps");
    HopfieldNetwork network = network("HebbianPs");
    network.setState(ints(vectors.get("W1").get("extu")));

    replay(network, vector.get("trace_from_extu_useq_Fin4"));

    network.setState(ints(vectors.get("W1").get("extu")));
    assertThat(network.relax(64)).isEqualTo(vector.get("HopfieldNet_conv_time_steps").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(ints(vector.get("HopfieldNet_stabilize").get("state")));
    checkEnergyTable(network, vector);
  }

  /** Each step: the net input and tie before the update, the state and energy after it. */
  private static void replay(HopfieldNetwork network, JsonNode trace) {
    for (JsonNode step : trace) {
      int site = step.get("site").asInt();
      String context = "step " + step.get("k").asInt();
      long scale = network.scale();
      assertThat(network.scaledNetInput(site))
          .as(context)
          .isEqualTo(scaled(step.get("net"), scale));
      assertThat(network.scaledThreshold(site) == network.scaledNetInput(site))
          .as(context)
          .isEqualTo(step.get("tie").asBoolean());

      network.update(site);

      assertThat(Agreement.state(network)).as(context).containsExactly(ints(step.get("state")));
      assertThat(network.scaledEnergy()).as(context).isEqualTo(scaled(step.get("energy"), scale));
    }
  }

  private static void checkEnergyTable(HopfieldNetwork network, JsonNode vector) {
    for (JsonNode row : vector.get("energy_table")) {
      network.setState(ints(row.get("state")));
      String context = "state " + row.get("index").asInt();
      assertThat(network.scaledEnergy())
          .as(context)
          .isEqualTo(scaled(row.get("E"), network.scale()));
      assertThat(network.isStable()).as(context).isEqualTo(row.get("stable").asBoolean());
    }
  }

  private static HopfieldNetwork network(String simpleName) {
    return classes.newInstance("org.example." + simpleName, HopfieldNetwork.class);
  }

  /** The bipolar parameters of a network of the JSON: W, and theta when present (else 0). */
  private static ExactParameters parameters(String name) {
    JsonNode vector = vectors.get(name);
    int n = vector.get("W").size();
    List<BigInteger[]> numbers = new ArrayList<>();
    vector.get("W").forEach(row -> row.forEach(w -> numbers.add(rational(w))));
    for (int u = 0; u < n; u++) {
      numbers.add(vector.has("theta") ? rational(vector.get("theta").get(u)) : rational("0"));
    }
    BigInteger scale = BigInteger.ONE;
    for (BigInteger[] r : numbers) {
      scale = scale.divide(scale.gcd(r[1])).multiply(r[1]);
    }
    long[] scaled = new long[numbers.size()];
    for (int k = 0; k < scaled.length; k++) {
      BigInteger[] r = numbers.get(k);
      scaled[k] = r[0].multiply(scale.divide(r[1])).longValueExact();
    }
    long[] weights = java.util.Arrays.copyOf(scaled, n * n);
    long[] thresholds = java.util.Arrays.copyOfRange(scaled, n * n, n * n + n);
    return new ExactParameters(n, Activation.BIPOLAR, scale.longValueExact(), weights, thresholds);
  }

  /** A rational written "p" or "p/q" as {p, q}. */
  private static BigInteger[] rational(JsonNode node) {
    return rational(node.asText());
  }

  private static BigInteger[] rational(String text) {
    String[] parts = text.split("/");
    BigInteger denominator = parts.length == 2 ? new BigInteger(parts[1]) : BigInteger.ONE;
    return new BigInteger[] {new BigInteger(parts[0]), denominator};
  }

  /** The rational times {@code scale}, which it must divide. */
  private static long scaled(JsonNode node, long scale) {
    BigInteger[] r = rational(node);
    BigInteger[] quotient = r[0].multiply(BigInteger.valueOf(scale)).divideAndRemainder(r[1]);
    assertThat(quotient[1]).isZero();
    return quotient[0].longValueExact();
  }

  private static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = Integer.parseInt(array.get(k).asText());
    }
    return values;
  }
}
