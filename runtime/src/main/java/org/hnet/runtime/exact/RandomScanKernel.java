package org.hnet.runtime.exact;

/**
 * The random-scan kernel: pick one of the {@code n} neurons uniformly, then update it (Gibbs:
 * resample it, the formalization's {@code randomScanKernel}; Metropolis: propose its flip). Row
 * {@code s} has {@code P(s, s with free neuron u flipped) = flip(s, u) / n} and the diagonal {@code
 * P(s, s) = (sum over free u of stay(s, u) + c) / n}, where {@code c} counts the clamped neurons
 * (picking one changes nothing). So the diagonal includes "resampled to the same value", and a row
 * has at most {@code f + 1} nonzero entries.
 *
 * <p>Entries are computed on demand from the energy table, so the kernel costs no memory beyond the
 * enumeration.
 */
public final class RandomScanKernel implements SparseKernel {

  private final SiteMoves moves;
  private final String name;

  private RandomScanKernel(SiteMoves moves, String name) {
    this.moves = moves;
    this.name = name;
  }

  /** Random-scan Gibbs at {@code beta} in {@code [0, +infinity]}. */
  public static RandomScanKernel gibbs(Enumeration states, double beta) {
    return new RandomScanKernel(
        new SiteMoves(states, beta, SiteMoves.Rule.GIBBS), "random-scan Gibbs");
  }

  /** Random-site single-flip Metropolis at {@code beta} in {@code [0, +infinity]}. */
  public static RandomScanKernel metropolis(Enumeration states, double beta) {
    return new RandomScanKernel(
        new SiteMoves(states, beta, SiteMoves.Rule.METROPOLIS), "random-site Metropolis");
  }

  @Override
  public int stateCount() {
    return moves.states().stateCount();
  }

  @Override
  public int maxRowLength() {
    return moves.states().freeCount() + 1;
  }

  @Override
  public int row(int from, int[] targets, double[] probabilities) {
    Enumeration states = moves.states();
    int f = states.freeCount();
    double n = states.size();
    double stay = states.size() - f;
    for (int j = 0; j < f; j++) {
      targets[j] = from ^ (1 << j);
      probabilities[j] = moves.flip(from, j) / n;
      stay += moves.stay(from, j);
    }
    targets[f] = from;
    probabilities[f] = stay / n;
    return f + 1;
  }

  @Override
  public String name() {
    return name;
  }
}
