package org.hnet.lang.model;

import java.util.Objects;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * The temperature of a network, exactly as written: {@code temperature T} or {@code beta b}, with
 * {@code beta = 1/T} and {@code k_B = 1}. Both ends of the scale are allowed:
 *
 * <ul>
 *   <li>{@code temperature 0} is zero temperature, {@code beta = +infinity}: a Gibbs update is the
 *       deterministic rule, except that it decides a tie by a fair coin (the formalization's {@code
 *       zeroTempLimitPMF}), and Metropolis accepts no increase of the energy;
 *   <li>{@code beta 0} is infinite temperature: every state is equally likely and every Gibbs
 *       update is a fair coin.
 * </ul>
 *
 * <p>The formalization's {@code Temperature} 0 is {@code beta = 0}, because Lean's {@code 1 / 0 =
 * 0}; hnet follows the physics instead, where {@code T -> 0} is {@code beta -> +infinity}. A Lean
 * export of {@code temperature 0} therefore cannot use {@code Temperature.ofβ}; every finite {@code
 * beta} can.
 *
 * @param given which of the two forms was written
 * @param value the number written, {@code >= 0}: T for {@link Given#TEMPERATURE}, beta for {@link
 *     Given#BETA}
 */
public record Temperature(Given given, BigFraction value) {

  /** The two ways a temperature is written. */
  public enum Given {
    /** {@code temperature T}. */
    TEMPERATURE,
    /** {@code beta b}. */
    BETA
  }

  /** Checks that the value is not negative. */
  public Temperature {
    Objects.requireNonNull(given, "given");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "a temperature or beta must not be negative, got " + Exact.format(value));
    }
  }

  /** {@code temperature T}. */
  public static Temperature ofTemperature(BigFraction temperature) {
    return new Temperature(Given.TEMPERATURE, temperature);
  }

  /** {@code beta b}. */
  public static Temperature ofBeta(BigFraction beta) {
    return new Temperature(Given.BETA, beta);
  }

  /** Whether this is zero temperature, {@code beta = +infinity}. */
  public boolean isZero() {
    return given == Given.TEMPERATURE && value.signum() == 0;
  }

  /** Whether this is infinite temperature, {@code beta = 0}. */
  public boolean isInfinite() {
    return given == Given.BETA && value.signum() == 0;
  }

  /** The inverse temperature exactly; empty when it is {@code +infinity} ({@code T = 0}). */
  public Optional<BigFraction> beta() {
    if (given == Given.BETA) {
      return Optional.of(value);
    }
    return isZero() ? Optional.empty() : Optional.of(value.reciprocal());
  }

  /** The temperature exactly; empty when it is {@code +infinity} ({@code beta = 0}). */
  public Optional<BigFraction> temperature() {
    if (given == Given.TEMPERATURE) {
      return Optional.of(value);
    }
    return isInfinite() ? Optional.empty() : Optional.of(value.reciprocal());
  }

  /**
   * The inverse temperature the runtime takes: the double nearest to the exact beta, or {@code
   * +infinity} at {@code T = 0}.
   */
  public double betaValue() {
    return beta().map(Exact::nearestDouble).orElse(Double.POSITIVE_INFINITY);
  }

  /** The double nearest to the temperature, or {@code +infinity} at {@code beta = 0}. */
  public double temperatureValue() {
    return temperature().map(Exact::nearestDouble).orElse(Double.POSITIVE_INFINITY);
  }

  /** The temperature for reports: {@code T = 2 (beta = 1/2)}, {@code T = 0 (beta = infinity)}. */
  public String describe() {
    String t = temperature().map(Exact::format).orElse("infinity");
    String b = beta().map(Exact::format).orElse("infinity");
    return "T = " + t + " (beta = " + b + ")";
  }
}
