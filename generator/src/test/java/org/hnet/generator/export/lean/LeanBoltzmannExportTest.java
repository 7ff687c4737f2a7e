package org.hnet.generator.export.lean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.hnet.generator.export.ExportKind;
import org.hnet.generator.export.ExportOptions;
import org.hnet.generator.export.Exports;
import org.hnet.lang.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The Boltzmann sections of Lean exports: the values hnet writes beside the {@code #eval} lines of
 * the executable layer equal the independently computed reference values of {@code data/}, and
 * temperatures the formalization cannot write are said so rather than written.
 */
class LeanBoltzmannExportTest {

  private static final double CLOSE = 1e-12;

  @Test
  void theFastDemoValuesAreThoseOfTheFormalizationsExample() throws IOException {
    // data/lean/boltzmann.json: W = [[0, 1], [1, 0]], θ = 0, β = 1, s = (1, -1)
    JsonNode demo = data("lean", "boltzmann.json").get("fastdemo_2neuron_beta1");
    Model model =
        LeanExportTest.parse(
            "network fastdemo { neurons s[2]; weights [[0, 1], [1, 0]]; thresholds 0; beta 1;"
                + " dynamics gibbs; }");
    ExportOptions options =
        ExportOptions.of(model).withStarts("fastdemo", List.of(new int[] {1, -1}));

    String lean = lean(model, options);
    LeanNumbers numbers = LeanNumbers.of(lean);

    assertThat(lean).contains("def s : NNB.State := ⟨![1, -1]");
    assertThat(lean).contains("Computable.Fast.FastReal.ofRat (1 : ℚ)");
    double[] pi = numbers.pi();
    assertThat(pi).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(pi[i]).isCloseTo(number(demo.get("states").get(i).get("pi_30")), within(CLOSE));
    }
    double[][] matrix = numbers.matrix();
    JsonNode rows = demo.get("randomScanMatrix_row_from_col_to");
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(matrix[i][j]).isCloseTo(number(rows.get(i).get(j)), within(CLOSE));
      }
    }
    assertThat(numbers.logPartition()).isCloseTo(number(demo.get("logZ_30")), within(CLOSE));
    assertThat(numbers.freeEnergy()).isCloseTo(number(demo.get("freeEnergy_30")), within(CLOSE));
    assertThat(numbers.entropy()).isCloseTo(number(demo.get("shannonEntropy_30")), within(CLOSE));
    assertThat(numbers.probPos())
        .isCloseTo(number(demo.get("fastdemo_evals").get("probPos_s_site0")), within(CLOSE));
  }

  @Test
  void theClampedPairTurnsItsFreeUnitOnWithProbabilitySigmaOfOneAndAHalf() {
    // unit 1 clamped on: unit 0's local field is 2 * 1 - 1/2 = 3/2, so P(on) = σ(3/2)
    Model model = LeanExportTest.load(Path.of("..", "examples", "boltzmann", "clamped_pair.hnet"));

    String lean = lean(model, ExportOptions.of(model));
    LeanNumbers numbers = LeanNumbers.of(lean);

    assertThat(numbers.probPos()).isCloseTo(0.817574476193644, within(CLOSE));
    assertThat(numbers.pi())
        .containsExactly(new double[] {1 - 0.817574476193644, 0.817574476193644}, within(CLOSE));
    // Z of the model as declared: E(off, on) = 0 and E(on, on) = -2 + 1/2, so ln Z = ln(1 + e^1.5)
    assertThat(lean)
        .contains("hnet computes ln Z = " + LeanSyntax.decimal(Math.log(1 + Math.exp(1.5))));
    assertThat(lean).contains("namespace Free").contains("def θv : Fin 1 → ℚ := ![-3/2]");
  }

  @Test
  void theIsingTorusHasTheExactLogPartitionFunctionOfTheDataFile() throws IOException {
    Model model = LeanExportTest.load(Path.of("..", "examples", "ising", "ising4.hnet"));
    JsonNode row = isingRow(4, 2.0);

    LeanNumbers numbers = LeanNumbers.of(lean(model, ExportOptions.of(model)));

    assertThat(numbers.logPartition()).isCloseTo(row.get("lnZ").asDouble(), within(1e-10));
    assertThat(numbers.freeEnergy() / 16)
        .isCloseTo(row.get("free_energy_per_spin").asDouble(), within(1e-10));
    assertThat(numbers.text()).doesNotContain("randomScanMatrix?");
  }

  @Test
  void binaryMachinesAreWrittenInBipolarCodingWithTheDistributionOfTheDataFile()
      throws IOException {
    Model model = LeanExportTest.load(Path.of("..", "examples", "boltzmann", "bm_exact.hnet"));
    JsonNode bm5 = data("boltzmann", "bm_exact.json").get("networks").get(0).get("results");
    String lean = lean(model, ExportOptions.of(model));
    String binary = lean.substring(lean.indexOf("namespace Bm5Binary"));

    LeanNumbers numbers = LeanNumbers.of(binary);
    double[] on = marginals(numbers.pi(), 5);

    JsonNode expected = result(bm5, "binary", 1.0);
    for (int u = 0; u < 5; u++) {
      assertThat(on[u]).isCloseTo(expected.get("P_on").get(u).asDouble(), within(1e-12));
    }
    assertThat(binary).contains("def Wb : Matrix U U ℚ").contains("def pb : Params NNB where");
    assertThat(declaredLogPartition(binary))
        .isCloseTo(expected.get("lnZ").asDouble(), within(1e-12));
    String bipolar = lean.substring(lean.indexOf("namespace Bm5Bipolar"));
    assertThat(LeanNumbers.of(bipolar).logPartition())
        .isCloseTo(result(bm5, "bipolar", 1.0).get("lnZ").asDouble(), within(1e-12));
  }

  @Test
  void temperatureZeroIsSaidToHaveNoTemperatureOfBetaAndOnlyDeterministicFactsFollow() {
    Model model =
        LeanExportTest.parse(
            "network cold { neurons s[3]; weights [[0, 1, 0], [1, 0, 1], [0, 1, 0]];"
                + " temperature 0; dynamics gibbs; }");

    String lean = lean(model, ExportOptions.of(model));

    assertThat(lean)
        .contains("That is zero temperature, β = +∞.")
        .contains("cannot be written there")
        .contains("theorem start0_workPhase")
        .doesNotContain("namespace Boltzmann");
    assertThat(LeanText.of(lean).code()).doesNotContain("Temperature.ofβ");
    assertThat(LeanText.of(lean).unbalanced()).isEmpty();
  }

  @Test
  void betaZeroIsInfiniteTemperatureWithoutAFreeEnergy() {
    Model model =
        LeanExportTest.parse(
            "network hot { neurons s[2]; weights [[0, 1], [1, 0]]; beta 0; dynamics gibbs; }");

    String lean = lean(model, ExportOptions.of(model));
    LeanNumbers numbers = LeanNumbers.of(lean);

    // every state equally likely: Z = 4
    assertThat(numbers.logPartition()).isCloseTo(Math.log(4), within(CLOSE));
    assertThat(numbers.pi()).containsOnly(0.25);
    assertThat(numbers.value("F = -ln Z / β")).isEmpty();
    assertThat(lean).contains("Temperature.ofβ 0").contains("freeEnergyBeta? is not evaluated");
  }

  @Test
  void aLargeLatticeIsSaidNotToBeExported() {
    Model model = LeanExportTest.load(Path.of("..", "examples", "ising", "ising32.hnet"));

    String lean = lean(model, ExportOptions.of(model));

    assertThat(lean)
        .contains("A 32 x 32 lattice (periodic boundary) of 1024 neurons, which this file does not")
        .doesNotContain("def W ");
  }

  private static double declaredLogPartition(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("hnet computes ln Z = (\\S+) and").matcher(text);
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** P(neuron u on) from π over states whose bit u is neuron u. */
  private static double[] marginals(double[] pi, int n) {
    double[] on = new double[n];
    for (int i = 0; i < pi.length; i++) {
      for (int u = 0; u < n; u++) {
        on[u] += (i >> u & 1) == 1 ? pi[i] : 0;
      }
    }
    return on;
  }

  private static JsonNode result(JsonNode results, String convention, double temperature) {
    for (JsonNode r : results) {
      if (r.get("convention").asText().equals(convention) && r.get("T").asDouble() == temperature) {
        return r;
      }
    }
    throw new IllegalArgumentException("no result for " + convention + " at T = " + temperature);
  }

  private static JsonNode isingRow(int side, double temperature) throws IOException {
    for (JsonNode row : data("ising", "ising_exact_small.json").get("table")) {
      if (row.get("L").asInt() == side && row.get("T").asDouble() == temperature) {
        return row;
      }
    }
    throw new IllegalArgumentException("no row for L = " + side + ", T = " + temperature);
  }

  private static double number(JsonNode value) {
    return Double.parseDouble(value.asText());
  }

  private static JsonNode data(String folder, String file) throws IOException {
    return new ObjectMapper().readTree(Path.of("..", "data", folder, file).toFile());
  }

  private static String lean(Model model, ExportOptions options) {
    return Exports.export(model, EnumSet.of(ExportKind.LEAN), options).get(0).text();
  }
}
