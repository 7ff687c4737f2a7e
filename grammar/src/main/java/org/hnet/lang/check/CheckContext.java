package org.hnet.lang.check;

import java.nio.file.Path;
import java.util.Map;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.ast.Identifier;
import org.hnet.lang.diag.Diagnostics;

/**
 * What the checks of one network share.
 *
 * @param network the network's name
 * @param table its neurons
 * @param numbers the number evaluator, reporting into {@code diagnostics}
 * @param diagnostics where problems go
 * @param baseDirectory the directory pattern files are relative to
 * @param sources the text of every pattern file read, by the name diagnostics use for it
 * @param heap the memory left, asked before allocating what grows with the network
 */
record CheckContext(
    Identifier network,
    NeuronTable table,
    Numbers numbers,
    Diagnostics diagnostics,
    Path baseDirectory,
    Map<String, String> sources,
    HeapBudget heap) {

  /** The number of neurons. */
  int size() {
    return table.size();
  }
}
