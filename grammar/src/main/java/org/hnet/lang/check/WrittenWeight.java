package org.hnet.lang.check;

import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.SourceSpan;

/**
 * A weight written in the model, in a matrix or on a connection, with where it was written.
 *
 * @param receiver the neuron the weight leads into
 * @param sender the neuron it comes from
 * @param value its exact value, not zero
 * @param span where it was written
 */
record WrittenWeight(int receiver, int sender, BigFraction value, SourceSpan span) {}
