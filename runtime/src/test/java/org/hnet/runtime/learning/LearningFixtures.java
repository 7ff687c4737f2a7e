package org.hnet.runtime.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reference data and helpers shared by the learning-rule tests. */
final class LearningFixtures {

  private LearningFixtures() {}

  /** The ten bipolar digit prototypes of examples/digits, 0 to 9 in order. */
  static List<int[]> digitPrototypes() {
    return read(Path.of("../examples/digits/digit_prototypes.txt"))
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.strip().chars().map(c -> c == '+' ? 1 : -1).toArray())
        .toList();
  }

  /** The weight matrix {@code W} of one entry of data/lean/hebbian.json, flattened row-major. */
  @SuppressWarnings("unchecked")
  static long[] leanHebbianWeights(String entry) {
    Map<String, Object> data =
        (Map<String, Object>) MiniJson.parse(read(Path.of("../data/lean/hebbian.json")));
    List<List<String>> rows = (List<List<String>>) ((Map<String, Object>) data.get(entry)).get("W");
    return rows.stream().flatMap(List::stream).mapToLong(Long::parseLong).toArray();
  }

  /**
   * Whether {@code pattern} is a fixed point of the threshold rule with thresholds 0: every neuron
   * is +1 exactly when its net input is at least 0 (a tie goes to +1).
   */
  static boolean isStableExact(RationalWeights w, int[] pattern) {
    int n = w.size();
    for (int u = 0; u < n; u++) {
      BigInteger net = BigInteger.ZERO;
      for (int v = 0; v < n; v++) {
        if (v != u) {
          net = net.add(w.numerator(u, v).multiply(BigInteger.valueOf(pattern[v])));
        }
      }
      if ((net.signum() >= 0 ? 1 : -1) != pattern[u]) {
        return false;
      }
    }
    return true;
  }

  /** The same check for integer weights. */
  static boolean isStable(long[] weights, int[] pattern) {
    int n = pattern.length;
    for (int u = 0; u < n; u++) {
      long net = 0;
      for (int v = 0; v < n; v++) {
        if (v != u) {
          net += weights[u * n + v] * pattern[v];
        }
      }
      if ((net >= 0 ? 1 : -1) != pattern[u]) {
        return false;
      }
    }
    return true;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
