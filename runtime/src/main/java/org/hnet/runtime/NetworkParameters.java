package org.hnet.runtime;

/**
 * The numbers that define a network's dynamics and energy: weights and thresholds, either exact
 * integers over a common denominator ({@link ExactParameters} dense, {@link SparseParameters} in
 * compressed rows) or doubles ({@link FloatingParameters}).
 *
 * <p>Dense weights are stored flat and row-major, row = receiver: {@code weight(u, v)} is at index
 * {@code u * size + v}. Diagonal entries are never read: a neuron's net input skips itself.
 */
public sealed interface NetworkParameters
    permits ExactParameters, FloatingParameters, SparseParameters {

  /** The number of neurons. */
  int size();

  /** The values the neurons take. */
  Activation activation();

  /** The weight into {@code receiver} from {@code sender}, as a double. */
  double weight(int receiver, int sender);

  /** The threshold of {@code neuron}, as a double. */
  double threshold(int neuron);

  /** Whether {@code weight(u, v) == weight(v, u)} for every pair. */
  boolean isSymmetric();
}
