package org.hnet.cli;

import java.util.Optional;
import org.hnet.lang.model.Network;
import org.hnet.runtime.exact.Enumeration;

/**
 * Which networks the command line enumerates exactly: exact weights, at most {@code maxFree} free
 * (unclamped) neurons, at most {@link Enumeration#MAX_NEURONS} neurons in all, and an estimated
 * memory need that fits the JVM's heap. A network beyond these is refused up front with its state
 * count and the limit, instead of running out of memory half-way.
 *
 * @param maxFree the most free neurons, at most {@link Enumeration#MAX_FREE_NEURONS}
 * @param bytesPerState the memory an enumeration and its checks take per state
 */
record EnumerationLimit(int maxFree, long bytesPerState) {

  /** The default number of free neurons: 2^20 = 1048576 states. */
  static final int DEFAULT_MAX_FREE = 20;

  /**
   * What {@code hnet exact} needs per state, measured on the structures it builds: energies and
   * probabilities (8 bytes each), the stationarity check's compensated sums of {@code pi P} (about
   * 40), its reverse graph (about 30 plus 4 per neuron), levels and queues (about 40).
   */
  static final long EXACT_BYTES_PER_STATE = 256;

  /** What {@code hnet sample} needs per state: energies and probabilities. */
  static final long SAMPLE_BYTES_PER_STATE = 32;

  /** Checks {@code maxFree}. */
  EnumerationLimit {
    if (maxFree < 0 || maxFree > Enumeration.MAX_FREE_NEURONS) {
      throw CommandFailure.invalid(
          "--max-free-neurons must be between 0 and "
              + Enumeration.MAX_FREE_NEURONS
              + ", got "
              + maxFree);
    }
  }

  /** Why {@code network} is not enumerated, or empty when it is. */
  Optional<String> refusal(Network network) {
    int free = network.size() - network.clamps().size();
    if (!network.isExact()) {
      return Optional.of(
          "network "
              + network.name()
              + " has floating-point weights or thresholds (HW001), and exact enumeration"
              + " needs exact ones");
    }
    if (free > maxFree) {
      return Optional.of(
          "network "
              + network.name()
              + " has "
              + states(free)
              + " ("
              + Descriptions.plural(free, "free neuron")
              + "), too many to enumerate: the limit is "
              + states(maxFree)
              + " (--max-free-neurons "
              + maxFree
              + ", at most "
              + Enumeration.MAX_FREE_NEURONS
              + ")");
    }
    if (network.size() > Enumeration.MAX_NEURONS) {
      return Optional.of(
          "network "
              + network.name()
              + " has "
              + network.size()
              + " neurons, too many to enumerate: a state index holds at most "
              + Enumeration.MAX_NEURONS);
    }
    return memory(network.name(), free);
  }

  private Optional<String> memory(String name, int free) {
    long need = (1L << free) * bytesPerState;
    Runtime runtime = Runtime.getRuntime();
    long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    if (need <= available) {
      return Optional.empty();
    }
    return Optional.of(
        "network "
            + name
            + " has "
            + states(free)
            + ", too many to enumerate here: that needs about "
            + need / (1 << 20)
            + " MiB, more than the "
            + available / (1 << 20)
            + " MiB this JVM can still use (give java a larger -Xmx)");
  }

  /**
   * The enumeration of {@code network} with its clamps held.
   *
   * @throws CommandFailure with exit code 2 when the network is refused
   */
  Enumeration enumerate(Network network) {
    refusal(network)
        .ifPresent(
            reason -> {
              throw CommandFailure.invalid(reason);
            });
    return Enumeration.of(network.parameters(), network.clamps());
  }

  /** {@code 2^20 = 1048576 states}, or {@code 2^1024 states} when the count is not a long. */
  static String states(int free) {
    return free < 63 ? "2^" + free + " = " + (1L << free) + " states" : "2^" + free + " states";
  }
}
