package org.hnet.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.Temperature;
import picocli.CommandLine.Option;

/**
 * The temperature options of {@code sample} and {@code exact}: {@code --temperature T} or {@code
 * --beta b} override the temperature a network declares. Numbers are read exactly, as in a model
 * file ({@code 2}, {@code 0.44068679}, {@code 1/3}, {@code 2.5e-1}), so {@code --beta 0.44068679}
 * is that beta and not the inverse of a rounded temperature.
 */
final class TemperatureOptions {

  @Option(
      names = "--temperature",
      paramLabel = "T",
      description =
          "Use temperature T instead of the model's (an exact number such as 2, 2.269185"
              + " or 1/3; 0 is the cold end, beta = infinity).")
  private String temperature;

  @Option(
      names = "--beta",
      paramLabel = "B",
      description =
          "Use inverse temperature B = 1/T instead of the model's (0 is infinite"
              + " temperature, where every state is equally likely).")
  private String beta;

  /** The temperature and where it came from. */
  record Chosen(Temperature temperature, String source) {

    /** {@code T = 2 (beta = 1/2), from the model}. */
    String describe() {
      return temperature.describe() + ", " + source;
    }
  }

  /**
   * The temperature to use for {@code network}: the override, else the model's sampling temperature
   * (declared, or the end of its annealing schedule).
   *
   * @throws CommandFailure with exit code 2 for a bad number, both options, or no temperature
   */
  Chosen choose(Network network) {
    if (temperature != null && beta != null) {
      throw CommandFailure.invalid("give --temperature or --beta, not both");
    }
    if (temperature != null) {
      return new Chosen(
          Temperature.ofTemperature(parse("--temperature", temperature)), "given by --temperature");
    }
    if (beta != null) {
      return new Chosen(Temperature.ofBeta(parse("--beta", beta)), "given by --beta");
    }
    return fromModel(network);
  }

  private static Chosen fromModel(Network network) {
    if (network.sampling().temperature().isPresent()) {
      return new Chosen(network.sampling().temperature().get(), "from the model");
    }
    return network
        .sampling()
        .samplingTemperature()
        .map(t -> new Chosen(t, "the end of the model's annealing schedule"))
        .orElseThrow(
            () ->
                CommandFailure.invalid(
                    "network "
                        + network.name()
                        + " declares no temperature; give one with --temperature or --beta"));
  }

  /** An exact number {@code >= 0}: a decimal, possibly with an exponent, or a fraction. */
  static BigFraction parse(String option, String text) {
    BigFraction value = fraction(option, text);
    if (value.signum() < 0) {
      throw CommandFailure.invalid(option + " must not be negative, got " + text);
    }
    return value;
  }

  private static BigFraction fraction(String option, String text) {
    try {
      int slash = text.indexOf('/');
      if (slash < 0) {
        return decimal(text);
      }
      BigFraction denominator = decimal(text.substring(slash + 1));
      if (denominator.signum() == 0) {
        throw CommandFailure.invalid(option + ": division by zero in '" + text + "'");
      }
      return decimal(text.substring(0, slash)).divide(denominator);
    } catch (NumberFormatException bad) {
      throw CommandFailure.invalid(option + ": not a number: '" + text + "'");
    }
  }

  private static BigFraction decimal(String text) {
    BigDecimal value = new BigDecimal(text.trim());
    if (value.abs().compareTo(BigDecimal.TEN.pow(1000)) > 0 || Math.abs(value.scale()) > 1000) {
      throw new NumberFormatException("too large: " + text);
    }
    BigInteger unscaled = value.unscaledValue();
    return value.scale() >= 0
        ? new BigFraction(unscaled, BigInteger.TEN.pow(value.scale()))
        : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-value.scale())));
  }
}
