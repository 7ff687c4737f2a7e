package org.hnet.cli;

import org.hnet.runtime.StochasticNetwork;
import org.hnet.runtime.exact.Enumeration;
import org.hnet.runtime.stochastic.Sampler;

/**
 * What one chain recorded, one entry per recorded sweep.
 *
 * @param energies the energy {@code E(s)}
 * @param magnetisations {@code m(s) = (1/n) sum of sigma_u}, on = +1 and off = -1 in either coding
 * @param on for each neuron, 1 where it was on and 0 where off; null when not recorded
 * @param states the compact index of each state in an {@link Enumeration}; null when not recorded
 */
record ChainDraws(double[] energies, double[] magnetisations, byte[][] on, int[] states) {

  /** The number of recorded sweeps. */
  int length() {
    return energies.length;
  }

  /** Fills the arrays of one chain; allocates only when created. */
  static final class Recorder {
    private final double[] energies;
    private final double[] magnetisations;
    private final byte[][] on;
    private final int[] states;
    private final int[] freeNeurons;

    Recorder(StochasticNetwork network, int draws, boolean recordNeurons, Enumeration enumeration) {
      energies = new double[draws];
      magnetisations = new double[draws];
      on = recordNeurons ? new byte[network.size()][draws] : null;
      states = enumeration == null ? null : new int[draws];
      freeNeurons = enumeration == null ? null : freeNeurons(enumeration);
    }

    private static int[] freeNeurons(Enumeration enumeration) {
      int[] free = new int[enumeration.freeCount()];
      for (int j = 0; j < free.length; j++) {
        free[j] = enumeration.freeNeuron(j);
      }
      return free;
    }

    void record(int draw, StochasticNetwork network) {
      energies[draw] = network.energy();
      magnetisations[draw] = Sampler.magnetisation(network);
      int high = network.activation().high();
      if (on != null) {
        for (int u = 0; u < on.length; u++) {
          on[u][draw] = (byte) (network.state(u) == high ? 1 : 0);
        }
      }
      if (states != null) {
        // compact index: bit j is the j-th free neuron, 1 = on
        int index = 0;
        for (int j = 0; j < freeNeurons.length; j++) {
          index |= network.state(freeNeurons[j]) == high ? 1 << j : 0;
        }
        states[draw] = index;
      }
    }

    ChainDraws draws() {
      return new ChainDraws(energies, magnetisations, on, states);
    }
  }
}
