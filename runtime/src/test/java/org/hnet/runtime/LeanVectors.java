package org.hnet.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The formalization's test vectors in {@code data/lean/hebbian.json}, with the rationals in them
 * lowered to integers over their least common denominator, as the front end lowers a model.
 */
public final class LeanVectors {

  private static final JsonNode HEBBIAN = read(Path.of("..", "data", "lean", "hebbian.json"));

  private LeanVectors() {}

  /** One network of {@code hebbian.json}: "W1", "Hebbian_ps" or "extra_rational_hopfield". */
  public static JsonNode network(String name) {
    JsonNode node = HEBBIAN.get(name);
    if (node == null) {
      throw new IllegalArgumentException("hebbian.json has no network " + name);
    }
    return node;
  }

  /** The start state {@code extu} that the traces of W1 and Hebbian_ps begin from. */
  public static int[] extu() {
    return ints(network("W1").get("extu"));
  }

  /** The network's bipolar parameters: thresholds from "theta" when present, else 0. */
  public static ExactParameters parameters(JsonNode network) {
    JsonNode weights = network.get("W");
    int n = weights.size();
    List<String> numbers = new ArrayList<>();
    weights.forEach(row -> row.forEach(w -> numbers.add(w.asText())));
    for (int u = 0; u < n; u++) {
      numbers.add(network.has("theta") ? network.get("theta").get(u).asText() : "0");
    }
    long scale = scaleOf(numbers);

    long[] w = new long[n * n];
    long[] theta = new long[n];
    for (int i = 0; i < n * n; i++) {
      w[i] = scaled(numbers.get(i), scale);
    }
    for (int u = 0; u < n; u++) {
      theta[u] = scaled(numbers.get(n * n + u), scale);
    }
    return new ExactParameters(n, Activation.BIPOLAR, scale, w, theta);
  }

  /** The least common denominator of rationals written "p" or "p/q". */
  public static long scaleOf(List<String> rationals) {
    BigInteger lcm = BigInteger.ONE;
    for (String r : rationals) {
      BigInteger q = BigInteger.valueOf(denominator(r));
      lcm = lcm.multiply(q).divide(lcm.gcd(q));
    }
    return lcm.longValueExact();
  }

  /** The rational {@code r} times {@code scale}, which must be an integer. */
  public static long scaled(String r, long scale) {
    long p = numerator(r);
    long q = denominator(r);
    if ((p * scale) % q != 0) {
      throw new IllegalArgumentException(r + " times " + scale + " is not an integer");
    }
    return p * scale / q;
  }

  /** A JSON array of integers written as strings or numbers. */
  public static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Integer.parseInt(array.get(i).asText());
    }
    return values;
  }

  private static long numerator(String r) {
    int slash = r.indexOf('/');
    return Long.parseLong(slash < 0 ? r : r.substring(0, slash));
  }

  private static long denominator(String r) {
    int slash = r.indexOf('/');
    return slash < 0 ? 1 : Long.parseLong(r.substring(slash + 1));
  }

  private static JsonNode read(Path path) {
    try {
      return new ObjectMapper().readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
    }
  }
}
