package org.hnet.lang.model;

import org.hnet.lang.diag.SourceSpan;

/**
 * One neuron.
 *
 * @param index its position in the state vector, in declaration order from 0
 * @param name its name as written in references: {@code a}, {@code x[3]}, {@code pixel[2, 5]}
 * @param span where it was declared
 */
public record Neuron(int index, String name, SourceSpan span) {}
