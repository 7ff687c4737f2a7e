/**
 * Learning rules that turn stored patterns into the weights of a Hopfield network: {@link
 * HebbianRule}, {@link StorkeyRule} and {@link PseudoinverseRule}.
 *
 * <p>Every rule learns from bipolar patterns (values -1 and +1; binary 0 is read as -1 by the
 * caller) and produces a symmetric weight matrix with a zero diagonal, stored flat and row-major,
 * row = receiver, as in {@link org.hnet.runtime.NetworkParameters}. Exact results are integers or
 * {@link RationalWeights}; the floating modes give doubles for models whose exact numbers grow too
 * large. Learning runs once per model, so these classes favour clarity over speed.
 */
package org.hnet.runtime.learning;
