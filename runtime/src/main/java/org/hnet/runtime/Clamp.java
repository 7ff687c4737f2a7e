package org.hnet.runtime;

/**
 * A neuron held at a value while the others are updated or sampled.
 *
 * @param neuron the neuron's index
 * @param value the value it is held at
 */
public record Clamp(int neuron, int value) {}
