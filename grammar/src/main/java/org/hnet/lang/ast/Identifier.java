package org.hnet.lang.ast;

import org.hnet.lang.diag.SourceSpan;

/**
 * A name as written: a network, a neuron group, a learning rule or an energy.
 *
 * @param text the name
 * @param span where it was written
 */
public record Identifier(String text, SourceSpan span) {}
