package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.dynamics.Schedule;
import org.junit.jupiter.api.Test;

/** The example models load cleanly and give the weights of the reference data. */
class ExampleModelsTest {
  private static final Path LEAN = Path.of("../examples/lean-hebbian/lean_hebbian.hnet");
  private static final Path DIGITS = Path.of("../examples/digits/digits.hnet");

  @Test
  void leanExamplesLoadWithoutDiagnostics() {
    LoadResult result = ModelLoader.of().load(LEAN);

    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    assertThat(result.model().get().networks())
        .extracting(Network::name)
        .containsExactly("w1", "hebbian_ps", "rational_tie");
  }

  @Test
  void w1HasTheFormalizationsWeights() throws IOException {
    Network w1 = lean().network("w1").get();

    assertThat(weights(w1)).isEqualTo(reference("W1", "W"));
    assertThat(w1.weightSource())
        .isEqualTo(new WeightSource.Learned(LearningRuleKind.HEBBIAN, BigFraction.ONE));
  }

  @Test
  void hebbianPsHasTheFormalizationsWeights() throws IOException {
    Network network = lean().network("hebbian_ps").get();

    assertThat(weights(network)).isEqualTo(reference("Hebbian_ps", "W"));
    assertThat(network.patterns().labels()).containsExactly("p0", "p1");
  }

  @Test
  void rationalTieHasTheFormalizationsWeightsAndThresholds() throws IOException {
    Network network = lean().network("rational_tie").get();

    assertThat(weights(network)).isEqualTo(reference("extra_rational_hopfield", "W"));
    assertThat(thresholds(network)).isEqualTo(referenceVector("extra_rational_hopfield", "theta"));
    // 1/2, 1/3, 2/3, 1/6: the least common denominator is 6
    assertThat(((ExactParameters) network.parameters()).scale()).isEqualTo(6);
    assertThat(network.schedule()).isEqualTo(new Schedule.GivenOrder(new int[] {0, 1, 2, 3}));
  }

  @Test
  void digitsLoadWithOneWarningThatTheHebbianRuleStoresNoPrototype() {
    LoadResult result = ModelLoader.of().load(DIGITS);

    // the example's README: under the Hebbian rule no prototype is even a fixed point
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.PATTERNS_NOT_FIXED);
              assertThat(d.span().line()).isEqualTo(27);
              assertThat(d.message())
                  .startsWith(
                      "none of the 10 stored patterns of network 'digits_hebbian' is a fixed point");
            });
  }

  @Test
  void digitsAreAnEightByEightGridOfTenPrototypes() {
    Network digits = digits().network("digits").get();

    assertThat(digits.size()).isEqualTo(64);
    assertThat(digits.isGrid()).isTrue();
    assertThat(digits.rows()).isEqualTo(8);
    assertThat(digits.columns()).isEqualTo(8);
    assertThat(digits.neuronNames())
        .startsWith("pixel[0, 0]", "pixel[0, 1]")
        .endsWith("pixel[7, 7]");
    assertThat(digits.patterns().labels())
        .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(digits.schedule()).isEqualTo(new Schedule.RandomOrder());
  }

  @Test
  void pseudoinverseDigitsHaveTheIndependentlyComputedDenominator() {
    Network digits = digits().network("digits").get();

    // computed independently with Python's fractions module
    assertThat(((ExactParameters) digits.parameters()).scale()).isEqualTo(2_960_947_479L);
  }

  @Test
  void everyDigitPrototypeIsAFixedPointOfThePseudoinverseNetwork() {
    Network digits = digits().network("digits").get();
    ExactParameters p = (ExactParameters) digits.parameters();

    for (int k = 0; k < digits.patterns().size(); k++) {
      int[] s = digits.patterns().pattern(k);
      for (int u = 0; u < 64; u++) {
        long net = 0;
        for (int v = 0; v < 64; v++) {
          net += v == u ? 0 : p.scaledWeight(u, v) * s[v];
        }
        // a neuron is +1 iff threshold 0 <= net input
        assertThat(net >= 0 ? 1 : -1).as("digit %d, pixel %d", k, u).isEqualTo(s[u]);
      }
    }
  }

  @Test
  void hebbianDigitsAreTheSumOfOuterProducts() throws IOException {
    Network hebbian = digits().network("digits_hebbian").get();
    List<int[]> prototypes = prototypes();

    ExactParameters p = (ExactParameters) hebbian.parameters();
    for (int u = 0; u < 64; u++) {
      for (int v = 0; v < 64; v++) {
        long expected = 0;
        for (int[] q : prototypes) {
          expected += u == v ? 0 : q[u] * q[v];
        }
        assertThat(p.scaledWeight(u, v)).isEqualTo(expected);
      }
    }
    assertThat(p.scale()).isEqualTo(1);
  }

  private static Model lean() {
    return ModelLoader.of().load(LEAN).model().orElseThrow();
  }

  private static Model digits() {
    return ModelLoader.of().load(DIGITS).model().orElseThrow();
  }

  private static List<int[]> prototypes() throws IOException {
    return Files.readAllLines(Path.of("../examples/digits/digit_prototypes.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.chars().map(c -> c == '+' ? 1 : -1).toArray())
        .toList();
  }

  private static List<List<BigFraction>> weights(Network network) {
    return IntStream.range(0, network.size())
        .mapToObj(
            u -> IntStream.range(0, network.size()).mapToObj(v -> network.weight(u, v)).toList())
        .toList();
  }

  private static List<BigFraction> thresholds(Network network) {
    return IntStream.range(0, network.size()).mapToObj(network::threshold).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<List<BigFraction>> reference(String entry, String key) throws IOException {
    List<List<String>> rows = (List<List<String>>) entryOf(entry).get(key);
    return rows.stream()
        .map(row -> row.stream().map(ExampleModelsTest::fraction).toList())
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<BigFraction> referenceVector(String entry, String key) throws IOException {
    return ((List<String>) entryOf(entry).get(key))
        .stream().map(ExampleModelsTest::fraction).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> entryOf(String entry) throws IOException {
    Map<String, Object> data =
        (Map<String, Object>)
            MiniJson.parse(Files.readString(Path.of("../data/lean/hebbian.json")));
    return (Map<String, Object>) data.get(entry);
  }

  private static BigFraction fraction(String text) {
    String[] parts = text.split("/");
    BigInteger denominator = parts.length == 2 ? new BigInteger(parts[1]) : BigInteger.ONE;
    return new BigFraction(new BigInteger(parts[0]), denominator);
  }
}
