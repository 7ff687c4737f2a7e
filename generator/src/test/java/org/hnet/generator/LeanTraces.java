package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import org.hnet.runtime.HopfieldNetwork;

/**
 * The formalization's test vectors in {@code data/lean/hebbian.json} and the checks that replay
 * them on a network: traces, steps to stabilize and energy tables, compared exactly.
 */
final class LeanTraces {

  /** The whole file: networks "W1", "Hebbian_ps" and "extra_rational_hopfield". */
  static final JsonNode VECTORS = read(Path.of("..", "data", "lean", "hebbian.json"));

  private LeanTraces() {}

  /** Each step: the net input and tie before the update, the state and energy after it. */
  static void replay(HopfieldNetwork network, JsonNode trace) {
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

  /** Every state of the table has the tabulated energy and stability. */
  static void checkEnergyTable(HopfieldNetwork network, JsonNode vector) {
    for (JsonNode row : vector.get("energy_table")) {
      network.setState(ints(row.get("state")));
      String context = "state " + row.get("index").asInt();
      assertThat(network.scaledEnergy())
          .as(context)
          .isEqualTo(scaled(row.get("E"), network.scale()));
      assertThat(network.isStable()).as(context).isEqualTo(row.get("stable").asBoolean());
    }
  }

  /** A rational written "p" or "p/q" as {p, q}. */
  static BigInteger[] rational(String text) {
    String[] parts = text.split("/");
    BigInteger denominator = parts.length == 2 ? new BigInteger(parts[1]) : BigInteger.ONE;
    return new BigInteger[] {new BigInteger(parts[0]), denominator};
  }

  /** The rational times {@code scale}, which it must divide. */
  static long scaled(JsonNode node, long scale) {
    BigInteger[] r = rational(node.asText());
    BigInteger[] quotient = r[0].multiply(BigInteger.valueOf(scale)).divideAndRemainder(r[1]);
    assertThat(quotient[1]).as("%s times %d is an integer", node.asText(), scale).isZero();
    return quotient[0].longValueExact();
  }

  /** A JSON array of integers written as strings. */
  static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = Integer.parseInt(array.get(k).asText());
    }
    return values;
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
