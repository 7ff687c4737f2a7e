package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 32 x 32 Ising torus sampled on either side of the critical temperature T_c = 2.269...,
 * against Onsager's infinite-lattice energy per spin (data/ising/ising_onsager_infinite.json).
 *
 * <p>Why the infinite lattice is the right reference: away from T_c the finite-size corrections of
 * a torus decay like exp(-L / xi), and xi is a few lattice spacings at T = 1.5, 2.0 and 3.0, so at
 * L = 32 they are tiny. Kaufman's exact finite-torus partition function (Phys. Rev. 76, 1232,
 * 1949), evaluated to 40 digits, puts the L = 32 energy per spin at -1.95111657307838 (T = 1.5,
 * equal to Onsager's to 3e-15), -1.74556452703457 (T = 2, 4.8e-8 above Onsager's) and
 * -0.817309738934172 (T = 3, 1.5e-7 below); the same evaluation reproduces ln Z and e of the 4 x 4
 * torus in data/ising/ising_exact_small.json. These differences are four orders of magnitude below
 * the standard errors here (about 3e-4 to 2e-3), so they cannot move a comparison.
 *
 * <p>Each chain starts with every spin on: below T_c that is a typical state (a random start can
 * freeze into long-lived stripes on a torus), and above T_c the burn-in forgets it within a few
 * sweeps. Two chains (the CI machine has two cores) of 4,000 systematic sweeps after 500 of burn-in
 * take about 2 seconds per temperature with the generated lattice kernel.
 *
 * <p>Odds of a false failure: one comparison within 4 standard errors per temperature, 6.3e-5 each,
 * 1.9e-4 for the three; the bounds on |m| are more than 10 standard errors from the values measured
 * (0.9865, 0.911 and 0.085, with standard errors of 1e-4 to 2e-3).
 */
class IsingTransitionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "T = {0}")
  @CsvSource({"1.5, 0.95, 1.0", "2.0, 0.85, 1.0", "3.0, 0.0, 0.2"})
  void theEnergyFollowsOnsagerAndTheMagnetisationShowsTheTransition(
      String temperature, double leastAbsM, double mostAbsM) throws IOException {
    JsonNode network =
        json(
                "sample",
                CommandRunner.project("examples/ising/ising32.hnet"),
                "--temperature",
                temperature,
                "--start",
                "on",
                "--chains",
                "2",
                "--sweeps",
                "4000",
                "--burn-in",
                "500",
                "--seed",
                "2024",
                "--json")
            .at("/networks/0");

    JsonNode energy = network.at("/observables/0");
    double exact = onsagerEnergy(Double.parseDouble(temperature));
    double deviation =
        (energy.get("mean").asDouble() - exact) / energy.get("standardError").asDouble();
    assertThat(Math.abs(deviation)).as("(e - Onsager) / SE at T = " + temperature).isLessThan(4);
    assertThat(energy.get("rHat").asDouble()).isLessThan(1.05);
    assertThat(network.at("/observables/2/name").asText()).isEqualTo("|m|");
    assertThat(network.at("/observables/2/mean").asDouble()).isBetween(leastAbsM, mostAbsM);
    assertThat(network.get("noExact").asText()).contains("2^1024 states");
  }

  private static double onsagerEnergy(double temperature) throws IOException {
    JsonNode data =
        JSON.readTree(
            Files.readString(CommandRunner.ROOT.resolve("data/ising/ising_onsager_infinite.json")));
    for (JsonNode row : data.get("table")) {
      if (row.get("T").asDouble() == temperature) {
        return row.get("u").asDouble();
      }
    }
    throw new AssertionError("no Onsager row for T = " + temperature);
  }

  private static JsonNode json(String... args) throws IOException {
    CommandRunner.Result result = CommandRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }
}
