package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import org.hnet.generator.plan.LookupTable;
import org.hnet.generator.plan.NetworkPlan;

/**
 * The lookup tables of Gibbs probabilities and Metropolis acceptances, for networks whose local
 * fields take few values (see {@link LookupTable}).
 *
 * <p>How the tables follow {@code beta}: every entry has a twin that holds the {@code beta} it was
 * computed at, NaN at first. Reading an entry at another {@code beta} recomputes it with the very
 * StochasticRule expression the reference network evaluates for that local field, so a table entry
 * is always the double the reference would compute. A fixed {@code beta} computes each entry once;
 * an annealing schedule, which changes {@code beta} every sweep, recomputes only the entries it
 * reads, at most once per sweep each; nothing is ever allocated.
 */
final class LookupTableEmitter {

  private static final ArrayTypeName DOUBLE_ARRAY = ArrayTypeName.of(TypeName.DOUBLE);

  private final NetworkPlan plan;

  LookupTableEmitter(NetworkPlan plan) {
    this.plan = plan;
  }

  /**
   * The table index of {@code neuron} as an expression: its neighbour sum less LOOKUP_FIRST on a
   * lattice, its scaled local field {@code field} less LOOKUP_FIRST otherwise.
   */
  static String key(NetworkPlan plan, String neuron, String field) {
    if (plan.isLattice()) {
      return "sum[" + neuron + "] - LOOKUP_FIRST";
    }
    return "(int) (" + field + " - LOOKUP_FIRST)";
  }

  /** {@code private final double[] gibbsTable = new double[LOOKUP_SIZE];} */
  FieldSpec gibbsTable() {
    return table("gibbsTable", "The Gibbs probability of turning on, per key.\n");
  }

  /** {@code private final double[] gibbsBeta = unfilled();} */
  FieldSpec gibbsBeta() {
    return betas("gibbsBeta", "The beta each entry of gibbsTable was computed at; NaN if none.\n");
  }

  /** {@code private final double[] metropolisTable = new double[LOOKUP_SIZE];} */
  FieldSpec metropolisTable() {
    return table(
        "metropolisTable", "The Metropolis acceptance of the flip against the field, per key.\n");
  }

  /** {@code private final double[] metropolisBeta = unfilled();} */
  FieldSpec metropolisBeta() {
    return betas(
        "metropolisBeta", "The beta each entry of metropolisTable was computed at; NaN if none.\n");
  }

  private static FieldSpec table(String name, String javadoc) {
    return FieldSpec.builder(DOUBLE_ARRAY, name, PRIVATE, FINAL)
        .addJavadoc(javadoc)
        .initializer("new double[LOOKUP_SIZE]")
        .build();
  }

  private static FieldSpec betas(String name, String javadoc) {
    return FieldSpec.builder(DOUBLE_ARRAY, name, PRIVATE, FINAL)
        .addJavadoc(javadoc)
        .initializer("unfilled()")
        .build();
  }

  /**
   * {@code unfilled}: an array of NaN betas, which no beta equals.
   *
   * <pre>
   * private static double[] unfilled() {
   *   final double[] betas = new double[LOOKUP_SIZE];
   *   Arrays.fill(betas, Double.NaN);
   *   return betas;
   * }
   * </pre>
   */
  MethodSpec unfilled() {
    return MethodSpec.methodBuilder("unfilled")
        .addModifiers(PRIVATE, STATIC)
        .returns(DOUBLE_ARRAY)
        .addJavadoc("Betas for a table none of whose entries is computed yet.\n")
        .addStatement("final double[] betas = new double[LOOKUP_SIZE]")
        .addStatement("$T.fill(betas, $T.NaN)", Arrays.class, Double.class)
        .addStatement("return betas")
        .build();
  }

  /**
   * {@code gibbsProbability}: the table entry, recomputed when it belongs to another beta.
   *
   * <pre>
   * private double gibbsProbability(int key, double beta, double factor) {
   *   if (gibbsBeta[key] != beta) {
   *     gibbsTable[key] = StochasticRule.probabilityOn((double) localFieldOf(key), factor);
   *     gibbsBeta[key] = beta;
   *   }
   *   return gibbsTable[key];
   * }
   * </pre>
   */
  MethodSpec gibbsProbability() {
    return lookup("gibbsProbability", "The Gibbs probability of turning on at {@code key}.\n")
        .beginControlFlow("if (gibbsBeta[key] != beta)")
        .addComment("probPos by the reference's expression, for the local field of this key")
        .addStatement(
            "gibbsTable[key] =$W$T.probabilityOn((double) localFieldOf(key), factor)",
            RuntimeTypes.STOCHASTIC_RULE)
        .addStatement("gibbsBeta[key] = beta")
        .endControlFlow()
        .addStatement("return gibbsTable[key]")
        .build();
  }

  /**
   * {@code metropolisAcceptance}: the acceptance of the flip that goes against the local field of
   * {@code key} (from HIGH if it is positive, from LOW if negative), the only flip that draws.
   */
  MethodSpec metropolisAcceptance() {
    return lookup(
            "metropolisAcceptance",
            "The acceptance of the flip against the local field of {@code key}.\n")
        .beginControlFlow("if (metropolisBeta[key] != beta)")
        .addStatement("final long d = localFieldOf(key)")
        .addComment("E_final_Form for the uphill flip, then the reference's acceptance")
        .addStatement(
            "final double increase =$W$T.flipIncrease(ACTIVATION, d > 0 ? HIGH : LOW, (double) d)",
            RuntimeTypes.STOCHASTIC_RULE)
        .addStatement(
            "metropolisTable[key] = $T.acceptance(increase, factor)", RuntimeTypes.STOCHASTIC_RULE)
        .addStatement("metropolisBeta[key] = beta")
        .endControlFlow()
        .addStatement("return metropolisTable[key]")
        .build();
  }

  private static MethodSpec.Builder lookup(String name, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(PRIVATE)
        .returns(TypeName.DOUBLE)
        .addJavadoc(javadoc)
        .addParameter(TypeName.INT, "key")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(TypeName.DOUBLE, "factor");
  }

  /**
   * {@code localFieldOf}: the scaled local field of a key.
   *
   * <pre>
   * private static long localFieldOf(int key) {
   *   return (long) COUPLING * (key + LOOKUP_FIRST) - THRESHOLD;   // lattice
   *   return key + LOOKUP_FIRST;                                   // dense
   * }
   * </pre>
   */
  MethodSpec localFieldOf() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("localFieldOf")
            .addModifiers(PRIVATE, STATIC)
            .returns(TypeName.LONG)
            .addJavadoc("The scaled local field of the neurons whose key is {@code key}.\n")
            .addParameter(TypeName.INT, "key");
    if (plan.isLattice()) {
      return method
          .addComment("d = COUPLING * neighbour sum - THRESHOLD")
          .addStatement("return (long) COUPLING * (key + LOOKUP_FIRST) - THRESHOLD")
          .build();
    }
    return method.addStatement("return key + LOOKUP_FIRST").build();
  }
}
