package org.hnet.runtime.exact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;

/**
 * The exact reference data in {@code data/}: {@code boltzmann/bm_exact.json}, {@code
 * ising/ising_exact_small.json} and {@code lean/boltzmann.json}, with decimal weights lowered
 * exactly to integers over a power of ten.
 */
public final class ReferenceData {

  public static final JsonNode BM_EXACT = read("boltzmann", "bm_exact.json");
  public static final JsonNode ISING_SMALL = read("ising", "ising_exact_small.json");
  public static final JsonNode LEAN_BOLTZMANN =
      read("lean", "boltzmann.json").get("fastdemo_2neuron_beta1");

  private ReferenceData() {}

  /** The networks of {@code bm_exact.json}: "bm5" and "bm8". */
  public static JsonNode boltzmannMachine(String name) {
    for (JsonNode network : BM_EXACT.get("networks")) {
      if (network.get("name").asText().equals(name)) {
        return network;
      }
    }
    throw new IllegalArgumentException("bm_exact.json has no network " + name);
  }

  /**
   * A network's weights and thresholds, written as decimal strings, as integers over the smallest
   * power of ten that makes every one an integer: exactly, with no rounding.
   */
  public static ExactParameters parameters(JsonNode network, Activation activation) {
    int n = network.get("n").asInt();
    List<BigDecimal> numbers = new ArrayList<>();
    network.get("weights").forEach(row -> row.forEach(w -> numbers.add(decimal(w))));
    network.get("thresholds").forEach(t -> numbers.add(decimal(t)));
    int places = numbers.stream().mapToInt(d -> Math.max(0, d.scale())).max().orElse(0);

    long[] scaled =
        numbers.stream().mapToLong(d -> d.movePointRight(places).longValueExact()).toArray();
    long[] weights = new long[n * n];
    long[] thresholds = new long[n];
    System.arraycopy(scaled, 0, weights, 0, n * n);
    System.arraycopy(scaled, n * n, thresholds, 0, n);
    return new ExactParameters(
        n, activation, BigInteger.TEN.pow(places).longValueExact(), weights, thresholds);
  }

  private static BigDecimal decimal(JsonNode node) {
    return new BigDecimal(node.asText());
  }

  /** Whether {@code scaled / scale} equals the rational written "p" or "p/q". */
  public static boolean equalsRational(long scaled, long scale, String rational) {
    int slash = rational.indexOf('/');
    BigInteger p = new BigInteger(slash < 0 ? rational : rational.substring(0, slash));
    BigInteger q = slash < 0 ? BigInteger.ONE : new BigInteger(rational.substring(slash + 1));
    return BigInteger.valueOf(scaled).multiply(q).equals(p.multiply(BigInteger.valueOf(scale)));
  }

  /** A JSON array of numbers. */
  public static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static JsonNode read(String folder, String file) {
    Path path = Path.of("..", "data", folder, file);
    try {
      return new ObjectMapper().readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
    }
  }
}
