package org.hnet.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The generic network that defines what every generated network must compute: it recomputes each
 * net input from scratch, {@code net(u) = sum over v != u of w(u, v) s(v)}, in exact {@code long}
 * arithmetic for {@link ExactParameters} and {@link SparseParameters} and in {@code double} for
 * {@link FloatingParameters}, and it draws stochastic updates exactly as the random-number contract
 * of {@link StochasticNetwork} states.
 *
 * <p>It favours being obviously correct over being fast: an update costs {@code O(n)} (sparse: the
 * neuron's degree) and a stability check {@code O(n^2)} (sparse: the number of weights). A new
 * network starts with every neuron off (the low value of its activation) and nothing clamped.
 *
 * <p>Limitations: with asymmetric exact weights the half in front of the energy's double sum need
 * not cancel, so {@link #scaledEnergy()} throws {@link IllegalStateException} when the energy times
 * the scale is not an integer; {@link #energy()} is then still correct (it is computed from twice
 * the scaled energy, which is always an integer).
 */
public final class ReferenceNetwork implements StochasticNetwork {

  private final NetworkParameters parameters;
  private final NetworkInfo info;
  private final int size;
  private final Activation activation;
  private final long scale;
  private final Couplings couplings;
  private final int[] state;
  private final int[] next;
  private final boolean[] clamped;

  private ReferenceNetwork(NetworkParameters parameters, NetworkInfo info) {
    this.parameters = parameters;
    this.info = info;
    this.size = parameters.size();
    this.activation = parameters.activation();
    this.couplings = Couplings.of(parameters);
    this.scale = couplings.scale();
    this.state = new int[size];
    this.next = new int[size];
    this.clamped = new boolean[size];
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
        switch (parameters.getClass().getSimpleName()) {
          case "ExactParameters" -> "reference long";
          case "SparseParameters" -> "reference sparse long";
          default -> "reference double";
        };
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
    return couplings.isExact();
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
      checkNotHeld(u, values[u]);
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
    checkNotHeld(neuron, value);
    state[neuron] = value;
  }

  private void checkNotHeld(int neuron, int value) {
    if (clamped[neuron] && state[neuron] != value) {
      throw new IllegalArgumentException(
          "neuron "
              + neuron
              + " is clamped to "
              + state[neuron]
              + " and cannot be set to "
              + value
              + "; unclamp it first");
    }
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
    if (clamped[neuron]) {
      return false;
    }

    // Up s p u: s(u) := high iff threshold(u) <= net(u), so a tie goes to high
    int next = activation.of(reachesThreshold(neuron));

    boolean changed = next != state[neuron];
    state[neuron] = next;
    return changed;
  }

  private boolean reachesThreshold(int neuron) {
    if (couplings.isExact()) {
      return couplings.scaledThreshold(neuron) <= couplings.scaledNet(neuron, state);
    }
    return couplings.threshold(neuron) <= couplings.net(neuron, state);
  }

  /** The value an update would give {@code neuron}: its own value when it is clamped. */
  private int updatedValue(int neuron) {
    return clamped[neuron] ? state[neuron] : activation.of(reachesThreshold(neuron));
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
      next[u] = updatedValue(u);
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
      if (updatedValue(u) != state[u]) {
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
    return couplings.net(Objects.checkIndex(neuron, size), state);
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
      pairs += state[u] * couplings.net(u, state);
      linear += couplings.threshold(u) * state[u];
    }
    return -0.5 * pairs + linear;
  }

  @Override
  public long scaledNetInput(int neuron) {
    requireExact();
    return couplings.scaledNet(Objects.checkIndex(neuron, size), state);
  }

  @Override
  public long scaledThreshold(int neuron) {
    requireExact();
    return couplings.scaledThreshold(Objects.checkIndex(neuron, size));
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
      pairs += state[u] * couplings.scaledNet(u, state);
    }
    return pairs;
  }

  /** The sum over u of scale * threshold(u) s(u). */
  private long scaledThresholdSum() {
    long sum = 0;
    for (int u = 0; u < size; u++) {
      sum += couplings.scaledThreshold(u) * state[u];
    }
    return sum;
  }

  /**
   * The scaled local field {@code d} of the random-number contract: {@code scaledNetInput(u) -
   * scaledThreshold(u)} as a double for exact couplings, {@code netInput(u) - threshold(u)} for
   * floating ones.
   */
  private double localField(int neuron) {
    if (couplings.isExact()) {
      return (double) (couplings.scaledNet(neuron, state) - couplings.scaledThreshold(neuron));
    }
    return couplings.net(neuron, state) - couplings.threshold(neuron);
  }

  @Override
  public boolean gibbsUpdate(int neuron, double beta, SplittableRandom random) {
    Objects.checkIndex(neuron, size);
    return gibbs(neuron, StochasticRule.gibbsFactor(activation, checkBeta(beta), scale), random);
  }

  /** A Gibbs update with a checked index and a precomputed factor. */
  private boolean gibbs(int neuron, double factor, SplittableRandom random) {
    if (clamped[neuron]) {
      return false;
    }

    // probPos = logistic(gap * beta * (net - threshold)); on iff a uniform draw falls below it
    double p = StochasticRule.probabilityOn(localField(neuron), factor);
    int next = activation.of(random.nextDouble() < p);

    boolean changed = next != state[neuron];
    state[neuron] = next;
    return changed;
  }

  @Override
  public int gibbsSweep(double beta, SplittableRandom random) {
    double factor = StochasticRule.gibbsFactor(activation, checkBeta(beta), scale);
    int changed = 0;
    for (int u = 0; u < size; u++) {
      changed += gibbs(u, factor, random) ? 1 : 0;
    }
    return changed;
  }

  @Override
  public int gibbsSweep(int[] order, double beta, SplittableRandom random) {
    double factor = StochasticRule.gibbsFactor(activation, checkBeta(beta), scale);
    for (int u : order) {
      Objects.checkIndex(u, size);
    }
    int changed = 0;
    for (int u : order) {
      changed += gibbs(u, factor, random) ? 1 : 0;
    }
    return changed;
  }

  @Override
  public long gibbsRandomScan(long steps, double beta, SplittableRandom random) {
    double factor = StochasticRule.gibbsFactor(activation, checkBeta(beta), scale);
    checkSteps(steps);
    long changed = 0;
    for (long k = 0; k < steps; k++) {
      changed += gibbs(random.nextInt(size), factor, random) ? 1 : 0;
    }
    return changed;
  }

  @Override
  public boolean metropolisUpdate(int neuron, double beta, SplittableRandom random) {
    Objects.checkIndex(neuron, size);
    return metropolis(neuron, StochasticRule.metropolisFactor(checkBeta(beta), scale), random);
  }

  /** A Metropolis update with a checked index and a precomputed factor. */
  private boolean metropolis(int neuron, double factor, SplittableRandom random) {
    if (clamped[neuron]) {
      return false;
    }

    // E_final_Form: scale * (E(flipped) - E(s)) = (s_u - s'_u) (scale * (net_u - threshold_u))
    int from = state[neuron];
    double increase = StochasticRule.flipIncrease(activation, from, localField(neuron));

    boolean accepted =
        increase <= 0 || random.nextDouble() < StochasticRule.acceptance(increase, factor);
    if (accepted) {
      state[neuron] = from == activation.high() ? activation.low() : activation.high();
    }
    return accepted;
  }

  @Override
  public int metropolisSweep(double beta, SplittableRandom random) {
    double factor = StochasticRule.metropolisFactor(checkBeta(beta), scale);
    int flipped = 0;
    for (int u = 0; u < size; u++) {
      flipped += metropolis(u, factor, random) ? 1 : 0;
    }
    return flipped;
  }

  @Override
  public long metropolisRandomScan(long steps, double beta, SplittableRandom random) {
    double factor = StochasticRule.metropolisFactor(checkBeta(beta), scale);
    checkSteps(steps);
    long flipped = 0;
    for (long k = 0; k < steps; k++) {
      flipped += metropolis(random.nextInt(size), factor, random) ? 1 : 0;
    }
    return flipped;
  }

  @Override
  public double probabilityOn(int neuron, double beta) {
    Objects.checkIndex(neuron, size);
    if (clamped[neuron]) {
      return state[neuron] == activation.high() ? 1.0 : 0.0;
    }
    double factor = StochasticRule.gibbsFactor(activation, checkBeta(beta), scale);
    return StochasticRule.probabilityOn(localField(neuron), factor);
  }

  private static double checkBeta(double beta) {
    return StochasticRule.checkBeta(beta);
  }

  private static void checkSteps(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must not be negative, got " + steps);
    }
  }

  @Override
  public void clamp(int neuron, int value) {
    Objects.checkIndex(neuron, size);
    checkValue(neuron, value);
    state[neuron] = value;
    clamped[neuron] = true;
  }

  @Override
  public void unclamp(int neuron) {
    clamped[Objects.checkIndex(neuron, size)] = false;
  }

  @Override
  public void unclampAll() {
    Arrays.fill(clamped, false);
  }

  @Override
  public boolean isClamped(int neuron) {
    return clamped[Objects.checkIndex(neuron, size)];
  }

  /** The clamped neurons and their values, in index order. */
  public List<Clamp> clamps() {
    List<Clamp> clamps = new ArrayList<>();
    for (int u = 0; u < size; u++) {
      if (clamped[u]) {
        clamps.add(new Clamp(u, state[u]));
      }
    }
    return List.copyOf(clamps);
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
