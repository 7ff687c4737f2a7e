package org.hnet.lang.model;

import java.util.BitSet;

/**
 * The partition of the neurons into input, output and hidden neurons (the formalization's {@code
 * Ui}, {@code Uo}, {@code Uh}). Input and output may overlap; hidden neurons are neither.
 */
public final class Roles {
  private final int size;
  private final BitSet input;
  private final BitSet output;
  private final BitSet hidden;

  private Roles(int size, BitSet input, BitSet output, BitSet hidden) {
    this.size = size;
    this.input = (BitSet) input.clone();
    this.output = (BitSet) output.clone();
    this.hidden = (BitSet) hidden.clone();
  }

  /** Roles from three sets of neuron indices. */
  public static Roles of(int size, BitSet input, BitSet output, BitSet hidden) {
    return new Roles(size, input, output, hidden);
  }

  /** Every neuron input and output, none hidden: a Hopfield network's roles. */
  public static Roles allVisible(int size) {
    BitSet all = new BitSet(size);
    all.set(0, size);
    return new Roles(size, all, all, new BitSet(size));
  }

  /** The number of neurons. */
  public int size() {
    return size;
  }

  /** Whether neuron {@code u} is an input neuron. */
  public boolean isInput(int u) {
    return input.get(u);
  }

  /** Whether neuron {@code u} is an output neuron. */
  public boolean isOutput(int u) {
    return output.get(u);
  }

  /** Whether neuron {@code u} is hidden. */
  public boolean isHidden(int u) {
    return hidden.get(u);
  }

  /** The input neurons, in index order. */
  public int[] input() {
    return input.stream().toArray();
  }

  /** The output neurons, in index order. */
  public int[] output() {
    return output.stream().toArray();
  }

  /** The hidden neurons, in index order. */
  public int[] hidden() {
    return hidden.stream().toArray();
  }

  /** Whether every neuron is input and output and none hidden. */
  public boolean isAllVisible() {
    return input.cardinality() == size && output.cardinality() == size && hidden.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Roles that
        && size == that.size
        && input.equals(that.input)
        && output.equals(that.output)
        && hidden.equals(that.hidden);
  }

  @Override
  public int hashCode() {
    return (input.hashCode() * 31 + output.hashCode()) * 31 + hidden.hashCode();
  }

  @Override
  public String toString() {
    return "Roles[input=" + input + ", output=" + output + ", hidden=" + hidden + "]";
  }
}
