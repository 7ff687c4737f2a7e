package org.hnet.generator.export.lean;

import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Lattice;

/**
 * Writes, for a lattice of more than {@link NetworkEmitter#LATTICE_LIMIT} neurons, a comment that
 * says what is not exported and why, so that the file still elaborates and a reader is not misled.
 * The JSON spec holds the network in full.
 */
record LargeLatticeEmitter(Network network, String namespace) implements NetworkEmitter {

  @Override
  public void emit(LeanWriter out, List<int[]> starts) {
    Lattice lattice = network.lattice().orElseThrow();
    int n = network.size();
    out.line("/-! ## Network `" + network.name() + "` -/").blank();
    out.line("namespace " + namespace).blank();
    out.comment(
        "A "
            + lattice.rows()
            + " x "
            + lattice.columns()
            + " lattice ("
            + lattice.boundary().name().toLowerCase(java.util.Locale.ROOT)
            + " boundary) of "
            + n
            + " neurons, which this file does not export. The formalization's parameters are a"
            + " matrix, which would be written here as a literal of "
            + n
            + " x "
            + n
            + " = "
            + (long) n * n
            + " entries, almost all 0, and every side condition and fact would be decided over"
            + " all of them; hnet writes lattices of at most "
            + NetworkEmitter.LATTICE_LIMIT
            + " neurons. The JSON spec holds the network in full: the lattice, its coupling and"
            + " field, its temperature and dynamics.");
    out.blank();
    out.line("end " + namespace).blank();
  }
}
