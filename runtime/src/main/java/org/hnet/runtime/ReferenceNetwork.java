package org.hnet.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The generic network that defines what every generated network must compute: it recomputes each
 * net input from scratch, {@code net(u) = sum over v != u of w(u, v) s(v)}, in exact {@code long}
 * arithmetic for {@link ExactParameters} and in {@code double} for {@link FloatingParameters}.
 *
 * <p>It favours being obviously correct over being fast: an update costs {@code O(n)} and a
 * stability check {@code O(n^2)}. A new network starts with every neuron off (the low value of its
 * activation).
 *
 * <p>Limitations: with asymmetric exact weights the half in front of the energy's double sum need
 * not cancel, so {@link #scaledEnergy()} throws {@link IllegalStateException} when the energy times
 * the scale is not an integer; {@link #energy()} is then still correct (it is computed from twice
 * the scaled energy, which is always an integer).
 */
public final class ReferenceNetwork implements HopfieldNetwork {

  private final NetworkParameters parameters;
  private final NetworkInfo info;
  private final int size;
  private final Activation activation;
  private final long scale;
  private final long[] scaledWeights;
  private final long[] scaledThresholds;
  private final double[] weights;
  private final double[] thresholds;
  private final int[] state;
  private final int[] next;

  private ReferenceNetwork(NetworkParameters parameters, NetworkInfo info) {
    this.parameters = parameters;
    this.info = info;
    this.size = parameters.size();
    this.activation = parameters.activation();
    if (parameters instanceof ExactParameters exact) {
      this.scale = exact.scale();
      this.scaledWeights = exact.weights();
      this.scaledThresholds = exact.thresholds();
      this.weights = null;
      this.thresholds = null;
    } else {
      FloatingParameters floating = (FloatingParameters) parameters;
      this.scale = 1;
      this.scaledWeights = null;
      this.scaledThresholds = null;
      this.weights = floating.weights();
      this.thresholds = floating.thresholds();
    }
    this.state = new int[size];
    this.next = new int[size];
    Arrays.fill(state, activation.low());
  }

  /**
   * A network with the given parameters, described by {@code info}.
   *
   * @throws IllegalArgumentException if {@code info} names a different number of neurons, or holds
   *     patterns of another length or coding
   */
  public static ReferenceNetwork of(NetworkParameters parameters, NetworkInfo info) {
    Objects.requireNonNull(parameters, "parameters");
    checkInfo(parameters, Objects.requireNonNull(info, "info"));
    return new ReferenceNetwork(parameters, info);
  }

  /**
   * A network with the given parameters and a plain description: named "reference", neurons named
   * by their index, no grid and no stored patterns.
   */
  public static ReferenceNetwork of(NetworkParameters parameters) {
    return of(parameters, plainInfo(parameters));
  }

  private static NetworkInfo plainInfo(NetworkParameters parameters) {
    List<String> names = new ArrayList<>();
    for (int u = 0; u < parameters.size(); u++) {
      names.add(Integer.toString(u));
    }
    String representation =
        parameters instanceof ExactParameters ? "reference long" : "reference double";
    PatternSet none = PatternSet.empty(parameters.activation(), parameters.size());
    return new NetworkInfo("reference", "", "reference", representation, names, 0, 0, none);
  }

  private static void checkInfo(NetworkParameters parameters, NetworkInfo info) {
    int size = parameters.size();
    if (info.neuronNames().size() != size) {
      throw new IllegalArgumentException(
          "info names " + info.neuronNames().size() + " neurons, the parameters have " + size);
    }
    PatternSet patterns = info.patterns();
    if (patterns.length() != size || patterns.activation() != parameters.activation()) {
      throw new IllegalArgumentException(
          "info holds "
              + patterns.activation().describe()
              + " patterns of length "
              + patterns.length()
              + ", expected "
              + parameters.activation().describe()
              + " patterns of length "
              + size);
    }
  }

  /** The parameters this network runs on. */
  public NetworkParameters parameters() {
    return parameters;
  }

  @Override
  public NetworkInfo info() {
    return info;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Activation activation() {
    return activation;
  }

  @Override
  public boolean isExact() {
    return scaledWeights != null;
  }

  @Override
  public long scale() {
    return scale;
  }

  @Override
  public void setState(int[] values) {
    if (values.length != size) {
      throw new IllegalArgumentException(
          "expected " + size + " neuron values, got " + values.length);
    }
    for (int u = 0; u < size; u++) {
      checkValue(u, values[u]);
    }
    System.arraycopy(values, 0, state, 0, size);
  }

  @Override
  public void copyState(int[] target) {
    if (target.length != size) {
      throw new IllegalArgumentException(
          "expected a target of " + size + " elements, got " + target.length);
    }
    System.arraycopy(state, 0, target, 0, size);
  }

  @Override
  public int state(int neuron) {
    return state[Objects.checkIndex(neuron, size)];
  }

  @Override
  public void setNeuron(int neuron, int value) {
    Objects.checkIndex(neuron, size);
    checkValue(neuron, value);
    state[neuron] = value;
  }

  private void checkValue(int neuron, int value) {
    if (!activation.contains(value)) {
      throw new IllegalArgumentException(
          "value "
              + value
              + " of neuron "
              + neuron
              + " is not "
              + activation.describe()
              + " (expected "
              + activation.low()
              + " or "
              + activation.high()
              + ")");
    }
  }

  @Override
  public boolean update(int neuron) {
    Objects.checkIndex(neuron, size);

    // Up s p u: s(u) := high iff threshold(u) <= net(u), so a tie goes to high
    int next = activation.of(reachesThreshold(neuron));

    boolean changed = next != state[neuron];
    state[neuron] = next;
    return changed;
  }

  private boolean reachesThreshold(int neuron) {
    if (isExact()) {
      return scaledThresholds[neuron] <= scaledNetInput(neuron);
    }
    return thresholds[neuron] <= netInput(neuron);
  }

  @Override
  public int sweep() {
    int changed = 0;
    for (int u = 0; u < size; u++) {
      changed += update(u) ? 1 : 0;
    }
    return changed;
  }

  @Override
  public int sweep(int[] order) {
    for (int u : order) {
      Objects.checkIndex(u, size);
    }
    int changed = 0;
    for (int u : order) {
      changed += update(u) ? 1 : 0;
    }
    return changed;
  }

  @Override
  public int synchronousStep() {
    // UpSync: every neuron from the same previous state
    for (int u = 0; u < size; u++) {
      next[u] = activation.of(reachesThreshold(u));
    }

    int changed = 0;
    for (int u = 0; u < size; u++) {
      changed += next[u] != state[u] ? 1 : 0;
    }
    System.arraycopy(next, 0, state, 0, size);
    return changed;
  }

  @Override
  public boolean isStable() {
    for (int u = 0; u < size; u++) {
      if (activation.of(reachesThreshold(u)) != state[u]) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Updates neuron {@code (k - 1) mod n} at update {@code k} and checks stability after every
   * update that changed a neuron (an update that changes nothing leaves the state, and so its
   * stability, as it was).
   *
   * @throws IllegalArgumentException if {@code maxUpdates} is negative
   */
  @Override
  public long relax(long maxUpdates) {
    if (maxUpdates < 0) {
      throw new IllegalArgumentException("maxUpdates must not be negative, got " + maxUpdates);
    }
    if (isStable()) {
      return 0;
    }
    for (long k = 1; k <= maxUpdates; k++) {
      if (update((int) ((k - 1) % size)) && isStable()) {
        return k;
      }
    }
    return -1;
  }

  @Override
  public double netInput(int neuron) {
    if (isExact()) {
      return (double) scaledNetInput(neuron) / scale;
    }
    Objects.checkIndex(neuron, size);

    // net(u) = sum over v != u of w(u, v) s(v)
    double net = 0;
    for (int v = 0; v < size; v++) {
      if (v != neuron) {
        net += weights[neuron * size + v] * state[v];
      }
    }
    return net;
  }

  @Override
  public double threshold(int neuron) {
    return parameters.threshold(Objects.checkIndex(neuron, size));
  }

  @Override
  public double energy() {
    if (isExact()) {
      return (scaledThresholdSum() - scaledPairSum() / 2.0) / scale;
    }

    // E(s) = -1/2 sum over u != v of w(u, v) s(u) s(v) + sum over u of threshold(u) s(u)
    double pairs = 0;
    double linear = 0;
    for (int u = 0; u < size; u++) {
      pairs += state[u] * netInput(u);
      linear += thresholds[u] * state[u];
    }
    return -0.5 * pairs + linear;
  }

  @Override
  public long scaledNetInput(int neuron) {
    requireExact();
    Objects.checkIndex(neuron, size);

    // scale * net(u) = sum over v != u of (scale * w(u, v)) s(v); bounded by ExactParameters
    long net = 0;
    for (int v = 0; v < size; v++) {
      if (v != neuron) {
        net += scaledWeights[neuron * size + v] * state[v];
      }
    }
    return net;
  }

  @Override
  public long scaledThreshold(int neuron) {
    requireExact();
    return scaledThresholds[Objects.checkIndex(neuron, size)];
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException also when the weights are asymmetric and the energy times the
   *     scale is not an integer (half an odd number)
   */
  @Override
  public long scaledEnergy() {
    requireExact();
    long pairs = scaledPairSum();
    if (pairs % 2 != 0) {
      throw new IllegalStateException(
          "energy times scale is not an integer: the pair sum "
              + pairs
              + " is odd (possible only with asymmetric weights)");
    }

    // scale * E = -1/2 sum over u != v of (scale * w(u, v)) s(u) s(v) + sum of (scale * theta) s
    return scaledThresholdSum() - pairs / 2;
  }

  /** The sum over u != v of scale * w(u, v) s(u) s(v); bounded by ExactParameters. */
  private long scaledPairSum() {
    long pairs = 0;
    for (int u = 0; u < size; u++) {
      pairs += state[u] * scaledNetInput(u);
    }
    return pairs;
  }

  /** The sum over u of scale * threshold(u) s(u). */
  private long scaledThresholdSum() {
    long sum = 0;
    for (int u = 0; u < size; u++) {
      sum += scaledThresholds[u] * state[u];
    }
    return sum;
  }

  private void requireExact() {
    if (!isExact()) {
      throw new IllegalStateException(
          "network '" + info.name() + "' has floating-point parameters, not exact ones");
    }
  }

  @Override
  public String toString() {
    return "ReferenceNetwork[" + info.name() + ", " + size + " " + activation.describe() + "]";
  }
}
