package org.hnet.lang.model;

import org.hnet.lang.diag.SourceSpan;

/**
 * A directed connection from one neuron to another; the weight on it is the weight into {@code to}
 * from {@code from}.
 *
 * @param from the sending neuron's index
 * @param to the receiving neuron's index
 * @param span where it was declared
 */
public record Connection(int from, int to, SourceSpan span) {}
