package org.hnet.generator.plan;

import java.util.Optional;

/**
 * How a generated class represents its network, and why: the generator prints the reasons in the
 * class header and {@link #describe()} in the network's info.
 *
 * @param layout a dense weight matrix or a lattice
 * @param numbers the number type of weights, thresholds and net inputs
 * @param storage where the parameters live
 * @param symmetric whether {@code w(u, v) == w(v, u)} for every pair, so that the weights into
 *     every neuron from {@code v} can be read from row {@code v}
 * @param uniformThreshold whether the class holds one threshold for all neurons instead of an array
 *     (lattices with one threshold only)
 * @param lookup the table of Gibbs probabilities and Metropolis acceptances, if the local fields
 *     take few enough values
 * @param numbersReason why {@code numbers} was chosen, in one sentence
 * @param storageReason why {@code storage} was chosen, in one sentence
 * @param samplingReason how stochastic updates get their probabilities, and why, in one sentence
 */
public record Representation(
    Layout layout,
    NumberType numbers,
    Storage storage,
    boolean symmetric,
    boolean uniformThreshold,
    Optional<LookupTable> lookup,
    String numbersReason,
    String storageReason,
    String samplingReason) {

  /** A short name for the representation: "dense int", "dense double", "lattice long", ... */
  public String describe() {
    return layout.keyword() + " " + numbers.keyword();
  }

  /** Whether the numbers are exact scaled integers. */
  public boolean isExact() {
    return numbers.isExact();
  }

  /** Whether the neurons sit on a lattice. */
  public boolean isLattice() {
    return layout == Layout.LATTICE;
  }
}
