package org.hnet.runtime;

/**
 * A network of two-state neurons with deterministic threshold dynamics: the contract that generated
 * classes implement and that {@link ReferenceNetwork} implements generically.
 *
 * <p>The conventions are those of the Lean formalization (see {@code docs/CONVENTIONS.md}):
 *
 * <ul>
 *   <li>The weight {@code w(u, v)} is the weight into neuron {@code u} from neuron {@code v}: row =
 *       receiver.
 *   <li>The net input (local field) of {@code u} is {@code net(u) = sum over v != u of w(u, v)
 *       s(v)}; self-connections never count.
 *   <li>An update of {@code u} sets it to its high value iff {@code threshold(u) <= net(u)}, so a
 *       tie goes to the high value, and to its low value otherwise.
 *   <li>The energy is {@code E(s) = -1/2 sum over u != v of w(u, v) s(u) s(v) + sum over u of
 *       threshold(u) s(u)}: the threshold enters with a plus sign.
 * </ul>
 *
 * <p>An exact network ({@link #isExact()}) holds its weights and thresholds as integers over one
 * common denominator {@link #scale()}; net inputs, thresholds and energies are then available as
 * exact integers multiplied by that scale, and ties are decided exactly. An inexact network holds
 * doubles; its exact accessors throw {@link IllegalStateException}.
 *
 * <p>The methods that run per update or per sweep ({@link #update}, {@link #sweep()}, {@link
 * #sweep(int[])}, {@link #synchronousStep}, {@link #relax}) allocate nothing in generated classes.
 * Instances are mutable and not thread-safe: use one per thread.
 */
public interface HopfieldNetwork {

  /** A short description of the network: its name, size and where it came from. */
  NetworkInfo info();

  /** The number of neurons. */
  int size();

  /** The values the neurons take. */
  Activation activation();

  /** Whether weights and thresholds are exact integers over {@link #scale()}. */
  boolean isExact();

  /** The common denominator of the weights and thresholds; 1 for an inexact network. */
  long scale();

  /**
   * Sets the state of every neuron.
   *
   * @param values one value per neuron, each a value of {@link #activation()}
   * @throws IllegalArgumentException if the length or a value is wrong
   */
  void setState(int[] values);

  /** Copies the state into {@code target}, which must have {@link #size()} elements. */
  void copyState(int[] target);

  /** The value of one neuron. */
  int state(int neuron);

  /**
   * Sets one neuron to {@code value} without updating it (keeps the net inputs consistent).
   *
   * @throws IllegalArgumentException if {@code value} is not a value of {@link #activation()}
   */
  void setNeuron(int neuron, int value);

  /**
   * Updates one neuron asynchronously: the formalization's {@code Up s p u}.
   *
   * @return whether the neuron changed its value
   */
  boolean update(int neuron);

  /**
   * Updates every neuron once, in index order 0, 1, ..., n-1.
   *
   * @return how many updates changed a neuron
   */
  int sweep();

  /**
   * Updates the neurons in the given order, head first: the formalization's {@code workPhase}.
   *
   * @param order neuron indices; may repeat or omit neurons
   * @return how many updates changed a neuron
   */
  int sweep(int[] order);

  /**
   * Updates every neuron at once from the same previous state: the formalization's {@code UpSync}.
   *
   * @return how many neurons changed
   */
  int synchronousStep();

  /** Whether no single update would change the state: the formalization's {@code isStable}. */
  boolean isStable();

  /**
   * Runs asynchronous updates in index order until the state is stable or {@code maxUpdates}
   * updates have been made.
   *
   * @return the number of updates after which the state first became stable (the formalization's
   *     {@code HopfieldNet_conv_time_steps} for the cyclic order 0, 1, ..., so 0 when the start is
   *     already stable), or -1 if the bound was reached first
   */
  long relax(long maxUpdates);

  /** The net input (local field) of one neuron. */
  double netInput(int neuron);

  /** The threshold of one neuron. */
  double threshold(int neuron);

  /** The energy of the current state. */
  double energy();

  /**
   * The net input times {@link #scale()}, exactly.
   *
   * @throws IllegalStateException if the network is not exact
   */
  long scaledNetInput(int neuron);

  /**
   * The threshold times {@link #scale()}, exactly.
   *
   * @throws IllegalStateException if the network is not exact
   */
  long scaledThreshold(int neuron);

  /**
   * The energy of the current state times {@link #scale()}, exactly. (For symmetric weights the
   * half in front of the double sum cancels, so the product is an integer.)
   *
   * @throws IllegalStateException if the network is not exact, or if its weights are asymmetric and
   *     the product is not an integer (half an odd number)
   */
  long scaledEnergy();
}
