package org.hnet.lang.print;

import java.util.List;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;

/**
 * Writes a checked model as {@code .hnet} text that loads into an equivalent model ({@link
 * ModelEquivalence}): neurons as the groups they were declared in (grids as grids), learned weights
 * as the rule with its patterns written inline, a lattice as its boundary, coupling and field (or
 * thresholds when they differ between sites), other weights as an explicit matrix or on the
 * connections they were given on; temperature or beta as given, stochastic dynamics, annealing and
 * clamps; every number exact.
 *
 * <pre>
 *   String text = ModelPrinter.print(model, List.of("Imported from digits.spec.json"));
 * </pre>
 *
 * <p>Limitations: pattern files are not referenced but written inline; comments and the order of
 * statements in the original file are not kept. Weights that hnet keeps in floating point (HW001)
 * are written as the exact values of their doubles, which load as floating point again unless they
 * happen to fit 64-bit integers over a common denominator.
 */
public final class ModelPrinter {

  private ModelPrinter() {}

  /** The model as {@code .hnet} text, networks in model order. */
  public static String print(Model model) {
    return print(model, List.of());
  }

  /**
   * The model as {@code .hnet} text, after a header of {@code //} comment lines (control characters
   * in them become spaces).
   */
  public static String print(Model model, List<String> header) {
    StringBuilder text = new StringBuilder();
    for (String line : header) {
      text.append("// ").append(Literals.comment(line)).append('\n');
    }
    for (Network network : model.networks()) {
      text.append(text.length() > 0 ? "\n" : "").append(NetworkPrinter.print(network));
    }
    return text.toString();
  }
}
