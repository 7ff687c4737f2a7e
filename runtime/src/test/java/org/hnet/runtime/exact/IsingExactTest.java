package org.hnet.runtime.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 3 x 3 and 4 x 4 Ising tori of {@code data/ising/ising_exact_small.json}, built with {@link
 * Lattice} and enumerated exactly, at every listed temperature and beta, to 1e-10.
 */
class IsingExactTest {

  private static final double TOLERANCE = 1e-10;

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (JsonNode row : ReferenceData.ISING_SMALL.get("table")) {
      rows.add(
          Arguments.of(
              "L=" + row.get("L") + " " + row.get("given").asText() + "=" + row.get("value"), row));
    }
    return rows.stream();
  }

  /**
   * The beta of a row: 1 / T when the row gives T, the value itself when it gives beta. (The trap:
   * beta = 0.44068679 and T = 2.269185 are different points.)
   */
  private static double beta(JsonNode row) {
    double value = row.get("value").asDouble();
    return row.get("given").asText().equals("T") ? 1 / value : value;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void enumerationMatchesTheExactIsingTable(String label, JsonNode row) {
    int side = row.get("L").asInt();
    int n = side * side;
    Lattice torus = Lattice.of(side, side, Lattice.Boundary.PERIODIC);
    Boltzmann boltzmann =
        Enumeration.of(torus.parameters(Activation.BIPOLAR, 1, 0, 1)).boltzmann(beta(row));
    Thermodynamics thermodynamics = boltzmann.thermodynamics();

    // m = (1/N) sum of s_i = (2 * (spins up) - N) / N
    double absM = boltzmann.expectation(s -> Math.abs(magnetisation(s, n)));
    double m2 = boltzmann.expectation(s -> Math.pow(magnetisation(s, n), 2));
    double m4 = boltzmann.expectation(s -> Math.pow(magnetisation(s, n), 4));

    assertThat(thermodynamics.logPartition())
        .as(label + " ln Z")
        .isCloseTo(number(row, "lnZ"), within(TOLERANCE));
    assertThat(thermodynamics.meanEnergy() / n)
        .as(label + " e")
        .isCloseTo(number(row, "e_per_spin"), within(TOLERANCE));
    assertThat(thermodynamics.specificHeat() / n)
        .as(label + " c")
        .isCloseTo(number(row, "c_per_spin"), within(TOLERANCE));
    assertThat(thermodynamics.freeEnergy() / n)
        .as(label + " f")
        .isCloseTo(number(row, "free_energy_per_spin"), within(TOLERANCE));
    assertThat(absM).as(label + " <|m|>").isCloseTo(number(row, "mean_abs_m"), within(TOLERANCE));
    assertThat(m2).as(label + " <m^2>").isCloseTo(number(row, "mean_m2"), within(TOLERANCE));
    assertThat(m4).as(label + " <m^4>").isCloseTo(number(row, "mean_m4"), within(TOLERANCE));
    assertThat(1 - m4 / (3 * m2 * m2))
        .as(label + " Binder U4")
        .isCloseTo(number(row, "binder_U4"), within(TOLERANCE));
  }

  private static double magnetisation(long state, int n) {
    return (2.0 * Long.bitCount(state) - n) / n;
  }

  private static double number(JsonNode row, String field) {
    return row.get(field).asDouble();
  }
}
