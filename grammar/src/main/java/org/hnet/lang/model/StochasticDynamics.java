package org.hnet.lang.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.stochastic.UpdateMethod;

/**
 * The stochastic dynamics a network declares ({@code dynamics gibbs;} and its variants): which rule
 * updates a neuron and how the neurons are picked. One sweep is always {@code n} updates.
 *
 * @param rule Gibbs (resample the neuron) or Metropolis (propose a flip)
 * @param scan how the neurons are picked
 * @param order for {@link Scan#GIVEN_ORDER}, the neuron indices, head first, visiting every neuron
 *     at least once; empty otherwise
 */
public record StochasticDynamics(Rule rule, Scan scan, int[] order) {

  /** The rules that update one neuron. */
  public enum Rule {
    /** The formalization's {@code gibbsUpdate}: resample from the conditional distribution. */
    GIBBS("gibbs"),
    /** Single-flip Metropolis: accept a flip with probability {@code min(1, exp(-beta dE))}. */
    METROPOLIS("metropolis");

    private final String keyword;

    Rule(String keyword) {
      this.keyword = keyword;
    }

    /** The keyword written in a model file. */
    public String keyword() {
      return keyword;
    }
  }

  /** How the neurons to update are picked. */
  public enum Scan {
    /** Random scan: each update picks one of the n neurons uniformly ({@code randomScanKernel}). */
    RANDOM,
    /** Systematic scan: every neuron once per sweep, in index order. */
    SYSTEMATIC,
    /** Systematic scan in a given order, head first ({@code gibbsSweep}); Gibbs only. */
    GIVEN_ORDER
  }

  /** Checks that an order comes with the given-order scan only, and only for Gibbs. */
  public StochasticDynamics {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scan, "scan");
    order = order.clone();
    if ((scan == Scan.GIVEN_ORDER) != (order.length > 0)) {
      throw new IllegalArgumentException(
          "an order goes with the given-order scan only, got " + scan + " and " + order.length);
    }
    if (scan == Scan.GIVEN_ORDER && rule != Rule.GIBBS) {
      throw new IllegalArgumentException("only Gibbs dynamics take a given order");
    }
  }

  /** {@code dynamics gibbs;}: the random scan. */
  public static StochasticDynamics gibbsRandomScan() {
    return new StochasticDynamics(Rule.GIBBS, Scan.RANDOM, new int[0]);
  }

  /** {@code dynamics gibbs sweep;}: the systematic scan in index order. */
  public static StochasticDynamics gibbsSweep() {
    return new StochasticDynamics(Rule.GIBBS, Scan.SYSTEMATIC, new int[0]);
  }

  /** {@code dynamics gibbs order [...];}: the systematic scan in a given order. */
  public static StochasticDynamics gibbsOrder(int[] order) {
    return new StochasticDynamics(Rule.GIBBS, Scan.GIVEN_ORDER, order);
  }

  /** {@code dynamics metropolis;}: single flips at random sites. */
  public static StochasticDynamics metropolisRandomScan() {
    return new StochasticDynamics(Rule.METROPOLIS, Scan.RANDOM, new int[0]);
  }

  /** {@code dynamics metropolis sweep;}: single flips at every site in index order. */
  public static StochasticDynamics metropolisSweep() {
    return new StochasticDynamics(Rule.METROPOLIS, Scan.SYSTEMATIC, new int[0]);
  }

  @Override
  public int[] order() {
    return order.clone();
  }

  /** The runtime's update method for these dynamics; empty for a given order, which has none. */
  public Optional<UpdateMethod> updateMethod() {
    return switch (scan) {
      case RANDOM ->
          Optional.of(
              rule == Rule.GIBBS
                  ? UpdateMethod.GIBBS_RANDOM_SCAN
                  : UpdateMethod.METROPOLIS_RANDOM_SCAN);
      case SYSTEMATIC ->
          Optional.of(
              rule == Rule.GIBBS
                  ? UpdateMethod.GIBBS_SYSTEMATIC
                  : UpdateMethod.METROPOLIS_SYSTEMATIC);
      case GIVEN_ORDER -> Optional.empty();
    };
  }

  /**
   * One sweep of these dynamics on {@code network}: {@code n} random-scan steps, a sweep in index
   * order, or a sweep in the given order. Allocates nothing.
   *
   * @return how many updates changed a neuron
   */
  public long sweep(StochasticNetwork network, double beta, SplittableRandom random) {
    boolean gibbs = rule == Rule.GIBBS;
    return switch (scan) {
      case RANDOM ->
          gibbs
              ? network.gibbsRandomScan(network.size(), beta, random)
              : network.metropolisRandomScan(network.size(), beta, random);
      case SYSTEMATIC ->
          gibbs ? network.gibbsSweep(beta, random) : network.metropolisSweep(beta, random);
      case GIVEN_ORDER -> network.gibbsSweep(order, beta, random);
    };
  }

  /** The dynamics as written: {@code gibbs}, {@code metropolis sweep}, {@code gibbs order}. */
  public String describe() {
    return switch (scan) {
      case RANDOM -> rule.keyword();
      case SYSTEMATIC -> rule.keyword() + " sweep";
      case GIVEN_ORDER -> rule.keyword() + " order";
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StochasticDynamics that
        && rule == that.rule
        && scan == that.scan
        && Arrays.equals(order, that.order);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, scan, Arrays.hashCode(order));
  }

  @Override
  public String toString() {
    return "StochasticDynamics["
        + describe()
        + (order.length > 0 ? Arrays.toString(order) : "")
        + "]";
  }
}
