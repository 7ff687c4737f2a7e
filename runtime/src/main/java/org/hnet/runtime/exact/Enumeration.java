package org.hnet.runtime.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.NetworkParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.SparseParameters;

/**
 * Every state of a small network with its exact energy: the basis of the exact Boltzmann
 * distribution ({@link Boltzmann}) and of the exact transition matrices ({@link RandomScanKernel},
 * {@link SystematicScanKernel}).
 *
 * <p>Clamped neurons hold their values, so only the {@code f} free neurons vary and there are
 * {@code 2^f} states. They are numbered by a <em>compact index</em> {@code i}: bit {@code j} of
 * {@code i} is 1 iff the {@code j}-th free neuron (in index order) is on. Without clamps the
 * compact index is the state index of the conventions: bit {@code k} is neuron {@code k}, neuron 0
 * least significant, bit 1 = on. {@link #stateIndex(int)} gives that full index in every case.
 *
 * <p>Energies are exact: {@code scale * E(s)} as a {@code long}. The enumeration visits the states
 * in Gray-code order, flipping one neuron at a time, and adds the formalization's {@code
 * E_final_Form} increment {@code (s_u - s'_u) (scale * (net_u - threshold_u))}, which holds for
 * symmetric weights; so the weights must be symmetric (a Boltzmann distribution needs them anyway).
 *
 * <p>Limitations: at most {@link #MAX_FREE_NEURONS} free neurons, because the table of energies
 * takes 8 bytes per state (128 MiB at 24), and at most {@link #MAX_NEURONS} neurons in all, so that
 * a full state index fits a {@code long}. Floating-point parameters are refused: energies must be
 * exact.
 */
public final class Enumeration {

  /** The most free neurons an enumeration accepts. */
  public static final int MAX_FREE_NEURONS = 24;

  /** The most neurons, free and clamped, an enumeration accepts. */
  public static final int MAX_NEURONS = 62;

  private final NetworkParameters parameters;
  private final List<Clamp> clamps;
  private final int[] freeNeurons;
  private final long clampedBits;
  private final long[] scaledEnergies;
  private final long minimum;

  private Enumeration(NetworkParameters parameters, List<Clamp> clamps, int[] freeNeurons) {
    this.parameters = parameters;
    this.clamps = clamps;
    this.freeNeurons = freeNeurons;
    this.clampedBits = clampedBits(parameters.activation(), clamps);
    this.scaledEnergies = energies(parameters, clamps, freeNeurons);
    long least = Long.MAX_VALUE;
    for (long e : scaledEnergies) {
      least = Math.min(least, e);
    }
    this.minimum = least;
  }

  /** All states of a network without clamped neurons. */
  public static Enumeration of(NetworkParameters parameters) {
    return of(parameters, List.of());
  }

  /** All states of a reference network with its clamped neurons held at their values. */
  public static Enumeration of(ReferenceNetwork network) {
    return of(network.parameters(), network.clamps());
  }

  /**
   * All states of a network with the given neurons clamped.
   *
   * @throws IllegalArgumentException if the parameters are floating-point or asymmetric, a clamp
   *     names a bad neuron or value or repeats a neuron, or there are more than {@link
   *     #MAX_FREE_NEURONS} free or {@link #MAX_NEURONS} neurons
   */
  public static Enumeration of(NetworkParameters parameters, List<Clamp> clamps) {
    Objects.requireNonNull(parameters, "parameters");
    List<Clamp> held = List.copyOf(clamps);
    checkParameters(parameters);
    return new Enumeration(parameters, held, freeNeurons(parameters, held));
  }

  private static void checkParameters(NetworkParameters parameters) {
    if (parameters instanceof FloatingParameters) {
      throw new IllegalArgumentException(
          "exact enumeration needs exact weights and thresholds, not floating-point ones");
    }
    if (parameters.size() > MAX_NEURONS) {
      throw new IllegalArgumentException(
          "a network of "
              + parameters.size()
              + " neurons is too large to enumerate: the limit is "
              + MAX_NEURONS
              + " neurons, of which at most "
              + MAX_FREE_NEURONS
              + " free");
    }
    if (!parameters.isSymmetric()) {
      throw new IllegalArgumentException(
          "exact enumeration needs symmetric weights: with w(u, v) != w(v, u) the energy does"
              + " not determine the dynamics and there is no Boltzmann distribution");
    }
  }

  private static int[] freeNeurons(NetworkParameters parameters, List<Clamp> clamps) {
    int n = parameters.size();
    boolean[] held = new boolean[n];
    for (Clamp clamp : clamps) {
      Objects.checkIndex(clamp.neuron(), n);
      if (held[clamp.neuron()] || !parameters.activation().contains(clamp.value())) {
        throw new IllegalArgumentException(
            "bad clamp "
                + clamp
                + ": repeated neuron or not a value of "
                + parameters.activation());
      }
      held[clamp.neuron()] = true;
    }
    int[] free = new int[n - clamps.size()];
    int j = 0;
    for (int u = 0; u < n; u++) {
      if (!held[u]) {
        free[j++] = u;
      }
    }
    if (free.length > MAX_FREE_NEURONS) {
      throw new IllegalArgumentException(
          "a network with "
              + free.length
              + " free neurons has 2^"
              + free.length
              + " states, too many to enumerate: the limit is "
              + MAX_FREE_NEURONS
              + " free neurons");
    }
    return free;
  }

  private static long clampedBits(Activation activation, List<Clamp> clamps) {
    long bits = 0;
    for (Clamp clamp : clamps) {
      if (clamp.value() == activation.high()) {
        bits |= 1L << clamp.neuron();
      }
    }
    return bits;
  }

  /** The scaled energies by compact index, along a Gray code from the all-off state. */
  private static long[] energies(
      NetworkParameters parameters, List<Clamp> clamps, int[] freeNeurons) {
    ReferenceNetwork scratch = ReferenceNetwork.of(parameters);
    Activation activation = parameters.activation();
    for (Clamp clamp : clamps) {
      scratch.setNeuron(clamp.neuron(), clamp.value());
    }
    long[] energies = new long[1 << freeNeurons.length];
    long energy = scratch.scaledEnergy();
    int index = 0;
    energies[0] = energy;
    for (int g = 1; g < energies.length; g++) {
      int j = Integer.numberOfTrailingZeros(g);
      int u = freeNeurons[j];
      int from = scratch.state(u);
      int to = from == activation.high() ? activation.low() : activation.high();

      // E_final_Form: scale * (E(after) - E(before)) = (s_u - s'_u) (scale * (net_u - theta_u))
      long field = scratch.scaledNetInput(u) - scratch.scaledThreshold(u);
      energy += (from - to) * field;

      scratch.setNeuron(u, to);
      index ^= 1 << j;
      energies[index] = energy;
    }
    return energies;
  }

  /** The parameters enumerated. */
  public NetworkParameters parameters() {
    return parameters;
  }

  /** The clamped neurons and their values. */
  public List<Clamp> clamps() {
    return clamps;
  }

  /** The number of neurons, free and clamped. */
  public int size() {
    return parameters.size();
  }

  /** The values neurons take. */
  public Activation activation() {
    return parameters.activation();
  }

  /** The common denominator of weights, thresholds and scaled energies. */
  public long scale() {
    return scaleOf(parameters);
  }

  private static long scaleOf(NetworkParameters parameters) {
    if (parameters instanceof ExactParameters exact) {
      return exact.scale();
    }
    return ((SparseParameters) parameters).scale();
  }

  /** The number of free neurons, {@code f}. */
  public int freeCount() {
    return freeNeurons.length;
  }

  /** The neuron that bit {@code j} of a compact index stands for. */
  public int freeNeuron(int j) {
    return freeNeurons[j];
  }

  /** The number of states, {@code 2^f}. */
  public int stateCount() {
    return scaledEnergies.length;
  }

  /** The full state index of compact index {@code i}: bit {@code k} is neuron {@code k}. */
  public long stateIndex(int i) {
    long index = clampedBits;
    for (int j = 0; j < freeNeurons.length; j++) {
      if ((i >>> j & 1) != 0) {
        index |= 1L << freeNeurons[j];
      }
    }
    return index;
  }

  /** The value of {@code neuron} in the state of compact index {@code i}. */
  public int value(int i, int neuron) {
    return activation().of((stateIndex(i) >>> Objects.checkIndex(neuron, size()) & 1) != 0);
  }

  /** The activations of the state of compact index {@code i}. */
  public int[] state(int i) {
    int[] values = new int[size()];
    long index = stateIndex(i);
    for (int u = 0; u < values.length; u++) {
      values[u] = activation().of((index >>> u & 1) != 0);
    }
    return values;
  }

  /** {@code scale * E} of the state of compact index {@code i}, exactly. */
  public long scaledEnergy(int i) {
    return scaledEnergies[i];
  }

  /** The energy of the state of compact index {@code i}. */
  public double energy(int i) {
    return (double) scaledEnergies[i] / scale();
  }

  /** The least scaled energy of any state. */
  public long minimumScaledEnergy() {
    return minimum;
  }

  /** The compact indices of the states of least energy, in increasing order. */
  public List<Integer> groundStates() {
    List<Integer> ground = new ArrayList<>();
    for (int i = 0; i < scaledEnergies.length; i++) {
      if (scaledEnergies[i] == minimum) {
        ground.add(i);
      }
    }
    return List.copyOf(ground);
  }

  /**
   * The compact indices of the local minima, in increasing order: states whose energy no flip of
   * one free neuron lowers (a flip that keeps the energy counts as not lowering it).
   */
  public List<Integer> localMinima() {
    List<Integer> minima = new ArrayList<>();
    for (int i = 0; i < scaledEnergies.length; i++) {
      if (isLocalMinimum(i)) {
        minima.add(i);
      }
    }
    return List.copyOf(minima);
  }

  private boolean isLocalMinimum(int i) {
    for (int j = 0; j < freeNeurons.length; j++) {
      if (scaledEnergies[i ^ (1 << j)] < scaledEnergies[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Boltzmann distribution at inverse temperature {@code beta}.
   *
   * @throws IllegalArgumentException if {@code beta} is negative, infinite or NaN
   */
  public Boltzmann boltzmann(double beta) {
    return Boltzmann.of(this, beta);
  }
}
