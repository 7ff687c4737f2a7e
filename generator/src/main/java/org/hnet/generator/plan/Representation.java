package org.hnet.generator.plan;

/**
 * How a generated class represents its network, and why: the generator prints the reasons in the
 * class header and {@link #describe()} in the network's info.
 *
 * @param numbers the number type of weights, thresholds and net inputs
 * @param storage where the parameters live
 * @param symmetric whether {@code w(u, v) == w(v, u)} for every pair, so that the weights into
 *     every neuron from {@code v} can be read from row {@code v}
 * @param numbersReason why {@code numbers} was chosen, in one sentence
 * @param storageReason why {@code storage} was chosen, in one sentence
 */
public record Representation(
    NumberType numbers,
    Storage storage,
    boolean symmetric,
    String numbersReason,
    String storageReason) {

  /** A short name for the representation: "dense int", "dense long" or "dense double". */
  public String describe() {
    return "dense " + numbers.keyword();
  }

  /** Whether the numbers are exact scaled integers. */
  public boolean isExact() {
    return numbers.isExact();
  }
}
