package org.hnet.lang.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hnet.lang.HeapBudget;
import org.hnet.lang.LoaderOptions;
import org.hnet.lang.ast.HnetFile;
import org.hnet.lang.ast.NetworkDecl;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.diag.Diagnostics;
import org.hnet.lang.diag.SourceSpan;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;

/**
 * Checks the syntax tree of one file: at least one network, no two with one name, and every network
 * valid. Every problem goes to the diagnostics; the model holds the networks without errors.
 */
public final class ModelChecker {
  private final Path baseDirectory;
  private final NeuronLimit limit;
  private final HeapBudget heap;
  private final Map<String, String> sources = new LinkedHashMap<>();

  private ModelChecker(Path baseDirectory, NeuronLimit limit, HeapBudget heap) {
    this.baseDirectory = baseDirectory;
    this.limit = limit;
    this.heap = heap;
  }

  /**
   * A checker with the default limit for lattices.
   *
   * @param baseDirectory the directory pattern files are relative to
   * @param maxNeurons the most neurons a dense network may declare (HN110)
   */
  public static ModelChecker of(Path baseDirectory, int maxNeurons) {
    return of(baseDirectory, maxNeurons, LoaderOptions.DEFAULT_MAX_LATTICE_NEURONS);
  }

  /**
   * A checker.
   *
   * @param baseDirectory the directory pattern files are relative to
   * @param maxNeurons the most neurons a dense network may declare (HN110)
   * @param maxLatticeNeurons the most neurons a lattice may declare (HN110)
   */
  public static ModelChecker of(Path baseDirectory, int maxNeurons, int maxLatticeNeurons) {
    return of(baseDirectory, maxNeurons, maxLatticeNeurons, HeapBudget.ofRuntime());
  }

  /**
   * A checker that asks {@code heap} before allocating what grows with the square of a network's
   * size (HN110 when it is short).
   *
   * @param baseDirectory the directory pattern files are relative to
   * @param maxNeurons the most neurons a dense network may declare (HN110)
   * @param maxLatticeNeurons the most neurons a lattice may declare (HN110)
   * @param heap the memory left to use
   */
  public static ModelChecker of(
      Path baseDirectory, int maxNeurons, int maxLatticeNeurons, HeapBudget heap) {
    return new ModelChecker(baseDirectory, new NeuronLimit(maxNeurons, maxLatticeNeurons), heap);
  }

  /**
   * Checks a file.
   *
   * @param tree the syntax tree
   * @param diagnostics where problems go; it also holds the syntax errors found before
   * @return the networks that passed every check, in file order
   */
  public Model check(HnetFile tree, Diagnostics diagnostics) {
    if (tree.networks().isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.report(
          DiagnosticCode.NO_NETWORK,
          SourceSpan.startOf(tree.file()),
          "file " + tree.file() + " declares no network",
          "a model file holds one or more blocks: network NAME { neurons s[4]; ... }");
    }
    Map<String, SourceSpan> names = new HashMap<>();
    List<Network> networks = new ArrayList<>();
    for (NetworkDecl network : tree.networks()) {
      SourceSpan first = names.putIfAbsent(network.name().text(), network.name().span());
      if (first != null) {
        duplicate(network, first, diagnostics);
      }
      if (network.complete()) {
        new NetworkChecker(diagnostics, baseDirectory, limit, heap, sources)
            .check(network)
            .ifPresent(networks::add);
      }
    }
    return new Model(tree.file(), networks);
  }

  /** The text of every pattern file read, by the name its diagnostics use. */
  public Map<String, String> patternSources() {
    return Map.copyOf(sources);
  }

  private static void duplicate(NetworkDecl network, SourceSpan first, Diagnostics diagnostics) {
    diagnostics.report(
        DiagnosticCode.DUPLICATE_NETWORK,
        network.name().span(),
        "network '" + network.name().text() + "' is declared twice",
        "the first is at line " + first.line() + "; give each network its own name");
  }
}
