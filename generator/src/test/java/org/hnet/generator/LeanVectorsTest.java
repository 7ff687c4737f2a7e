package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classes generated from the parameters in {@code data/lean/hebbian.json} replay the
 * formalization's test vectors: every update of the traces, the steps to stabilize and the energy
 * tables, all exact.
 */
class LeanVectorsTest {

  private static final JsonNode VECTORS = LeanTraces.VECTORS;
  private static CompiledClasses classes;

  @BeforeAll
  static void generateTheThreeNetworks() {
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
    JsonNode vector = VECTORS.get("extra_rational_hopfield");
    HopfieldNetwork network = network("RationalTie");
    network.setState(LeanTraces.ints(vector.get("initial")));

    LeanTraces.replay(network, vector.get("workPhase_trace"));

    assertThat(vector.get("workPhase_trace").get(0).get("tie").asBoolean()).isTrue();
    network.setState(LeanTraces.ints(vector.get("initial")));
    assertThat(network.relax(64)).isEqualTo(vector.get("stabilize_useq_Fin4").get("N").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(LeanTraces.ints(vector.get("stabilize_useq_Fin4").get("state")));
  }

  @Test
  void rationalTieStatesHaveTheTabulatedEnergiesAndStability() {
    LeanTraces.checkEnergyTable(network("RationalTie"), VECTORS.get("extra_rational_hopfield"));
  }

  @Test
  void w1FromExtuFollowsTheTraceAndStabilizesAfterThreeUpdates() {
    JsonNode vector = VECTORS.get("W1");
    HopfieldNetwork network = network("W1");
    network.setState(LeanTraces.ints(vector.get("extu")));

    LeanTraces.replay(network, vector.get("trace_from_extu_useq_Fin4"));

    network.setState(LeanTraces.ints(vector.get("extu")));
    assertThat(network.relax(64)).isEqualTo(vector.get("stabilize_from_extu").get("N").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(LeanTraces.ints(vector.get("stabilize_from_extu").get("state")));
    LeanTraces.checkEnergyTable(network, vector);
  }

  @Test
  void hebbianOfTwoPatternsStabilizesAfterTwoUpdates() {
    JsonNode vector = VECTORS.get("Hebbian_ps");
    int[] extu = LeanTraces.ints(VECTORS.get("W1").get("extu"));
    HopfieldNetwork network = network("HebbianPs");
    network.setState(extu);

    LeanTraces.replay(network, vector.get("trace_from_extu_useq_Fin4"));

    network.setState(extu);
    assertThat(network.relax(64)).isEqualTo(vector.get("HopfieldNet_conv_time_steps").asLong());
    assertThat(Agreement.state(network))
        .containsExactly(LeanTraces.ints(vector.get("HopfieldNet_stabilize").get("state")));
    LeanTraces.checkEnergyTable(network, vector);
  }

  private static HopfieldNetwork network(String simpleName) {
    return classes.newInstance("org.example." + simpleName, HopfieldNetwork.class);
  }

  /** The bipolar parameters of a network of the JSON: W, and theta when present (else 0). */
  private static ExactParameters parameters(String name) {
    JsonNode vector = VECTORS.get(name);
    int n = vector.get("W").size();
    List<BigInteger[]> numbers = new ArrayList<>();
    vector.get("W").forEach(row -> row.forEach(w -> numbers.add(LeanTraces.rational(w.asText()))));
    for (int u = 0; u < n; u++) {
      String theta = vector.has("theta") ? vector.get("theta").get(u).asText() : "0";
      numbers.add(LeanTraces.rational(theta));
    }

    // the least common denominator of every weight and threshold
    BigInteger scale = BigInteger.ONE;
    for (BigInteger[] r : numbers) {
      scale = scale.divide(scale.gcd(r[1])).multiply(r[1]);
    }
    long[] scaled = new long[numbers.size()];
    for (int k = 0; k < scaled.length; k++) {
      BigInteger[] r = numbers.get(k);
      scaled[k] = r[0].multiply(scale.divide(r[1])).longValueExact();
    }
    return new ExactParameters(
        n,
        Activation.BIPOLAR,
        scale.longValueExact(),
        Arrays.copyOf(scaled, n * n),
        Arrays.copyOfRange(scaled, n * n, n * n + n));
  }
}
