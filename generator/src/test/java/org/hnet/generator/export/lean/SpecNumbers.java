package org.hnet.generator.export.lean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.fraction.BigFraction;
import org.hnet.generator.export.json.Rationals;

/**
 * Checks that the numbers of one network's Lean namespace are those of its JSON spec: the
 * parameters as declared; for clamped neurons the free network, computed here from the spec as
 * {@code θ' = θ - Σ_c w(u, c) s_c}; in a Boltzmann section β and, for a binary network, the bipolar
 * coding {@code W / 4}, {@code θ / 2 - Σ_v w(u, v) / 4}; and the same numbers over ℝ.
 */
final class SpecNumbers {

  private static final Pattern BETA = Pattern.compile("FastReal\\.ofRat \\((\\S+) : ℚ\\)");

  private SpecNumbers() {}

  static void check(JsonNode network, LeanText lean) {
    int n = network.get("size").asInt();
    if (!lean.code().contains("def W ")) {
      assertThat(network.get("lattice").isNull())
          .as("only large lattices are not written")
          .isFalse();
      assertThat(n).isGreaterThan(NetworkEmitter.LATTICE_LIMIT);
      return;
    }
    BigFraction[][] w = weights(network.get("parameters"), n);
    BigFraction[] t = rationals(network.get("parameters").get("thresholds"));
    assertThat(parseRows(lean.weights("W"))).isEqualTo(w);
    assertThat(parse(lean.thresholds("θv"))).isEqualTo(t);
    JsonNode clamps = network.get("clamps");
    if (clamps.isEmpty()) {
      boltzmann(network, lean, w, t);
      return;
    }
    int[] free = free(clamps, n);
    BigFraction[][] fw = new BigFraction[free.length][free.length];
    BigFraction[] ft = new BigFraction[free.length];
    for (int i = 0; i < free.length; i++) {
      for (int j = 0; j < free.length; j++) {
        fw[i][j] = w[free[i]][free[j]];
      }
      ft[i] = t[free[i]];
      for (JsonNode c : clamps) {
        ft[i] =
            ft[i].subtract(w[free[i]][c.get("neuron").asInt()].multiply(c.get("value").asInt()));
      }
    }
    if (free.length > 0) {
      LeanText inner = lean.inner("Free");
      assertThat(parseRows(inner.weights("W"))).isEqualTo(fw);
      assertThat(parse(inner.thresholds("θv"))).isEqualTo(ft);
      boltzmann(network, inner, fw, ft);
    }
  }

  private static void boltzmann(
      JsonNode network, LeanText lean, BigFraction[][] w, BigFraction[] t) {
    String beta = beta(network.get("sampling"));
    boolean exact = network.get("parameters").get("exact").asBoolean();
    assertThat(lean.has("Boltzmann")).isEqualTo(beta != null && !beta.equals("infinite") && exact);
    if (!lean.has("Boltzmann")) {
      return;
    }
    LeanText section = lean.inner("Boltzmann");
    Matcher m = BETA.matcher(section.code());
    assertThat(m.find()).isTrue();
    assertThat(rational(m.group(1))).isEqualTo(rational(beta));
    BigFraction[][] bw = w;
    BigFraction[] bt = t;
    if (network.get("activation").asText().equals("binary")) {
      bw = quarter(w);
      bt = bipolarThresholds(w, t);
      assertThat(parseRows(section.weights("Wb"))).isEqualTo(bw);
      assertThat(parse(section.thresholds("θb"))).isEqualTo(bt);
    }
    LeanText reals = section.inner("OnReals");
    assertThat(parseRows(reals.weights("WR"))).isEqualTo(bw);
    assertThat(parse(reals.thresholds("θR"))).isEqualTo(bt);
  }

  /** β of the sampling temperature: the declared one, else the end of the annealing schedule. */
  private static String beta(JsonNode sampling) {
    if (sampling.isNull()) {
      return null;
    }
    if (!sampling.get("temperature").isNull()) {
      return sampling.get("temperature").get("beta").asText();
    }
    String end = sampling.get("annealing").get("end").asText();
    return end.equals("0") ? "infinite" : Rationals.text(rational(end).reciprocal());
  }

  private static BigFraction[][] quarter(BigFraction[][] w) {
    BigFraction[][] q = new BigFraction[w.length][];
    for (int u = 0; u < w.length; u++) {
      q[u] = Arrays.stream(w[u]).map(x -> x.divide(4)).toArray(BigFraction[]::new);
    }
    return q;
  }

  // θb(u) = θ(u) / 2 - Σ_v w(u, v) / 4
  private static BigFraction[] bipolarThresholds(BigFraction[][] w, BigFraction[] t) {
    BigFraction[] b = new BigFraction[t.length];
    for (int u = 0; u < t.length; u++) {
      BigFraction row = BigFraction.ZERO;
      for (BigFraction x : w[u]) {
        row = row.add(x);
      }
      b[u] = t[u].divide(2).subtract(row.divide(4));
    }
    return b;
  }

  private static int[] free(JsonNode clamps, int n) {
    boolean[] held = new boolean[n];
    clamps.forEach(c -> held[c.get("neuron").asInt()] = true);
    List<Integer> free = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      if (!held[u]) {
        free.add(u);
      }
    }
    return free.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Dense weights, from the matrix or from the compressed rows of a lattice. */
  private static BigFraction[][] weights(JsonNode parameters, int n) {
    BigFraction[][] w = new BigFraction[n][n];
    for (BigFraction[] row : w) {
      Arrays.fill(row, BigFraction.ZERO);
    }
    if (parameters.get("storage").asText().equals("dense")) {
      for (int u = 0; u < n; u++) {
        w[u] = rationals(parameters.get("weights").get(u));
      }
      return w;
    }
    for (int u = 0; u < n; u++) {
      for (JsonNode pair : parameters.get("rows").get(u)) {
        w[u][pair.get(0).asInt()] = rational(pair.get(1).asText());
      }
    }
    return w;
  }

  private static BigFraction[] rationals(JsonNode array) {
    List<BigFraction> values = new ArrayList<>();
    array.forEach(x -> values.add(rational(x.asText())));
    return values.toArray(BigFraction[]::new);
  }

  private static BigFraction[][] parseRows(List<List<String>> rows) {
    return rows.stream().map(SpecNumbers::parse).toArray(BigFraction[][]::new);
  }

  private static BigFraction[] parse(List<String> values) {
    return values.stream().map(SpecNumbers::rational).toArray(BigFraction[]::new);
  }

  private static BigFraction rational(String text) {
    return Rationals.parse(text.trim())
        .orElseThrow(() -> new AssertionError("not a rational: " + text));
  }
}
