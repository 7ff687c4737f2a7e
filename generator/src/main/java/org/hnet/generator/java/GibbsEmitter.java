package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.SplittableRandom;
import org.hnet.generator.plan.NetworkPlan;

/**
 * The Gibbs members of a generated network: single updates, sweeps, random scans and the
 * probability of turning on, drawing exactly as the random-number contract of StochasticNetwork
 * says (one {@code nextDouble()} per update of a free neuron, one {@code nextInt(SIZE)} per
 * random-scan step) and evaluating the probability with the same StochasticRule expressions as the
 * reference, or reading it from a lookup table filled by them. None of these members allocates.
 */
final class GibbsEmitter {

  private final NetworkPlan plan;
  private final NetInputs inputs;
  private final boolean lookup;

  GibbsEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.inputs = new NetInputs(plan);
    this.lookup = plan.representation().lookup().isPresent();
  }

  /** The arguments a caller passes on to {@code gibbs} and {@code metropolis} after the neuron. */
  static String passOn(boolean lookup) {
    return lookup ? "beta, factor, random" : "factor, random";
  }

  /**
   * {@code gibbsUpdate}.
   *
   * <pre>
   * public boolean gibbsUpdate(int neuron, double beta, SplittableRandom random) {
   *   Objects.checkIndex(neuron, SIZE);
   *   final double factor = StochasticRule.gibbsFactor(ACTIVATION, StochasticRule.checkBeta(beta), SCALE);
   *   return gibbs(neuron, factor, random);
   * }
   * </pre>
   */
  MethodSpec gibbsUpdate() {
    return Members.override("gibbsUpdate", TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement("$T.checkIndex(neuron, SIZE)", Objects.class)
        .addStatement(factor())
        .addStatement("return gibbs(neuron, $L)", passOn(lookup))
        .build();
  }

  /**
   * {@code gibbsSweep(beta, random)}: every neuron once, in index order.
   *
   * <pre>
   * public int gibbsSweep(double beta, SplittableRandom random) {
   *   final double factor = ...;
   *   int changes = 0;
   *   for (int u = 0; u &lt; SIZE; u++) if (gibbs(u, factor, random)) changes++;
   *   return changes;
   * }
   * </pre>
   */
  MethodSpec gibbsSweep() {
    return Members.override("gibbsSweep", TypeName.INT)
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement(factor())
        .addCode("\n")
        .addStatement("int changes = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .beginControlFlow("if (gibbs(u, $L))", passOn(lookup))
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code gibbsSweep(order, beta, random)}: the formalization's {@code gibbsSweep}, head first;
   * beta is checked first, then every index, before the first update.
   */
  MethodSpec gibbsSweepInOrder() {
    return Members.override("gibbsSweep", TypeName.INT)
        .addParameter(ArrayTypeName.of(TypeName.INT), "order")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement(factor())
        .beginControlFlow("for (int u : order)")
        .addStatement("$T.checkIndex(u, SIZE)", Objects.class)
        .endControlFlow()
        .addCode("\n")
        .addStatement("int changes = 0")
        .beginControlFlow("for (int u : order)")
        .beginControlFlow("if (gibbs(u, $L))", passOn(lookup))
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code gibbsRandomScan}: each step draws a neuron with {@code nextInt(SIZE)}, then resamples it
   * (the formalization's {@code randomScanKernel}).
   */
  MethodSpec gibbsRandomScan() {
    return Members.override("gibbsRandomScan", TypeName.LONG)
        .addParameter(TypeName.LONG, "steps")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement(factor())
        .addStatement("requireSteps(steps)")
        .addCode("\n")
        .addStatement("long changes = 0")
        .beginControlFlow("for (long k = 0; k < steps; k++)")
        .beginControlFlow("if (gibbs(random.nextInt(SIZE), $L))", passOn(lookup))
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code probabilityOn}: the {@code p} of a Gibbs update now, or 1 or 0 for a clamped neuron;
   * draws nothing and reads no table.
   *
   * <pre>
   * public double probabilityOn(int neuron, double beta) {
   *   Objects.checkIndex(neuron, SIZE);
   *   if (clamped[neuron]) return state[neuron] == HIGH ? 1.0 : 0.0;
   *   final double factor = ...;
   *   return StochasticRule.probabilityOn(localField(neuron), factor);
   * }
   * </pre>
   */
  MethodSpec probabilityOn() {
    return Members.override("probabilityOn", TypeName.DOUBLE)
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.DOUBLE, "beta")
        .addStatement("$T.checkIndex(neuron, SIZE)", Objects.class)
        .beginControlFlow("if (clamped[neuron])")
        .addStatement("return state[neuron] == HIGH ? 1.0 : 0.0")
        .endControlFlow()
        .addStatement(factor())
        .addStatement(
            "return $T.probabilityOn(localField(neuron), factor)", RuntimeTypes.STOCHASTIC_RULE)
        .build();
  }

  /**
   * {@code gibbs}: a Gibbs update of a checked index with a precomputed factor.
   *
   * <pre>
   * private boolean gibbs(int neuron, double factor, SplittableRandom random) {
   *   if (clamped[neuron]) return false;
   *   final double p = StochasticRule.probabilityOn(localField(neuron), factor);
   *   final int value = random.nextDouble() &lt; p ? HIGH : LOW;
   *   if (value == state[neuron]) return false;
   *   change(neuron, value);
   *   return true;
   * }
   * </pre>
   *
   * <p>With a lookup table {@code p} is {@code gibbsProbability(key, beta, factor)}.
   */
  MethodSpec gibbs() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("gibbs")
            .addModifiers(PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("A Gibbs update of a checked neuron at a checked beta.\n")
            .addParameter(TypeName.INT, "neuron");
    if (lookup) {
      method.addParameter(TypeName.DOUBLE, "beta");
    }
    method
        .addParameter(TypeName.DOUBLE, "factor")
        .addParameter(SplittableRandom.class, "random")
        .beginControlFlow("if (clamped[neuron])")
        .addStatement("return false")
        .endControlFlow()
        .addCode("\n")
        .addComment("probPos = logistic(gap * beta * (net - threshold)); on iff a uniform draw")
        .addComment("falls below it, whatever the old value");
    if (lookup) {
      method.addStatement(
          "final int key = $L", LookupTableEmitter.key(plan, "neuron", "scaledLocalField(neuron)"));
    }
    return method
        .addStatement("final double p = $L", probability())
        .addStatement("final int value = random.nextDouble() < p ? HIGH : LOW")
        .addCode("\n")
        .beginControlFlow("if (value == state[neuron])")
        .addStatement("return false")
        .endControlFlow()
        .addStatement(inputs.set("neuron", "value"))
        .addStatement("return true")
        .build();
  }

  /**
   * {@code requireSteps}, shared with the Metropolis random scan.
   *
   * <pre>
   * private static void requireSteps(long steps) {
   *   if (steps &lt; 0) throw new IllegalArgumentException("steps must not be negative, got " + steps);
   * }
   * </pre>
   */
  MethodSpec requireSteps() {
    return MethodSpec.methodBuilder("requireSteps")
        .addModifiers(PRIVATE, STATIC)
        .addJavadoc("Throws if a random scan is asked for a negative number of steps.\n")
        .addParameter(TypeName.LONG, "steps")
        .beginControlFlow("if (steps < 0)")
        .addStatement(
            "throw new $T($S + steps)",
            IllegalArgumentException.class,
            "steps must not be negative, got ")
        .endControlFlow()
        .build();
  }

  private CodeBlock probability() {
    if (lookup) {
      return CodeBlock.of("gibbsProbability(key, beta, factor)");
    }
    return CodeBlock.of(
        "$T.probabilityOn(localField(neuron), factor)", RuntimeTypes.STOCHASTIC_RULE);
  }

  /**
   * {@code final double factor = StochasticRule.gibbsFactor(ACTIVATION, checkBeta(beta), SCALE);}
   */
  private static CodeBlock factor() {
    return CodeBlock.of(
        "final double factor =$W$T.gibbsFactor(ACTIVATION, $T.checkBeta(beta), SCALE)",
        RuntimeTypes.STOCHASTIC_RULE,
        RuntimeTypes.STOCHASTIC_RULE);
  }
}
