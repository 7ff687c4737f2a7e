package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.SplittableRandom;
import org.hnet.generator.plan.NetworkPlan;

/**
 * The Metropolis members of a generated network: single-flip updates, sweeps and random scans,
 * drawing exactly as the random-number contract of StochasticNetwork says: a flip that does not
 * raise the energy is accepted without a draw, any other with one {@code nextDouble()} compared
 * with the StochasticRule acceptance (or its entry in a lookup table). None of these members
 * allocates.
 */
final class MetropolisEmitter {

  private final NetworkPlan plan;
  private final NetInputs inputs;
  private final boolean lookup;

  MetropolisEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.inputs = new NetInputs(plan);
    this.lookup = plan.representation().lookup().isPresent();
  }

  /**
   * {@code metropolisUpdate}.
   *
   * <pre>
   * public boolean metropolisUpdate(int neuron, double beta, SplittableRandom random) {
   *   Objects.checkIndex(neuron, SIZE);
   *   final double factor = StochasticRule.metropolisFactor(StochasticRule.checkBeta(beta), SCALE);
   *   return metropolis(neuron, factor, random);
   * }
   * </pre>
   */
  MethodSpec metropolisUpdate() {
    return Members.override("metropolisUpdate", TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement("$T.checkIndex(neuron, SIZE)", Objects.class)
        .addStatement(factor())
        .addStatement("return metropolis(neuron, $L)", GibbsEmitter.passOn(lookup))
        .build();
  }

  /** {@code metropolisSweep}: a Metropolis update of every neuron, in index order. */
  MethodSpec metropolisSweep() {
    return Members.override("metropolisSweep", TypeName.INT)
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement(factor())
        .addCode("\n")
        .addStatement("int flips = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .beginControlFlow("if (metropolis(u, $L))", GibbsEmitter.passOn(lookup))
        .addStatement("flips++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return flips")
        .build();
  }

  /** {@code metropolisRandomScan}: each step draws a neuron with {@code nextInt(SIZE)}. */
  MethodSpec metropolisRandomScan() {
    return Members.override("metropolisRandomScan", TypeName.LONG)
        .addParameter(TypeName.LONG, "steps")
        .addParameter(TypeName.DOUBLE, "beta")
        .addParameter(SplittableRandom.class, "random")
        .addStatement(factor())
        .addStatement("requireSteps(steps)")
        .addCode("\n")
        .addStatement("long flips = 0")
        .beginControlFlow("for (long k = 0; k < steps; k++)")
        .beginControlFlow("if (metropolis(random.nextInt(SIZE), $L))", GibbsEmitter.passOn(lookup))
        .addStatement("flips++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return flips")
        .build();
  }

  /**
   * {@code metropolis}: a Metropolis update of a checked index with a precomputed factor.
   *
   * <pre>
   * private boolean metropolis(int neuron, double factor, SplittableRandom random) {
   *   if (clamped[neuron]) return false;
   *   final int from = state[neuron];
   *   final double increase = StochasticRule.flipIncrease(ACTIVATION, from, localField(neuron));
   *   if (increase &gt; 0 &amp;&amp; random.nextDouble() &gt;= StochasticRule.acceptance(increase, factor)) {
   *     return false;
   *   }
   *   change(neuron, from == HIGH ? LOW : HIGH);
   *   return true;
   * }
   * </pre>
   *
   * <p>With a lookup table the sign of the increase comes from the exact local field, and the
   * acceptance from {@code metropolisAcceptance(key, beta, factor)}.
   */
  MethodSpec metropolis() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("metropolis")
            .addModifiers(PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("A Metropolis update of a checked neuron at a checked beta.\n")
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
        .addStatement("final int from = state[neuron]");
    if (lookup) {
      acceptFromTable(method);
    } else {
      acceptComputed(method);
    }
    return method
        .addStatement("return false")
        .endControlFlow()
        .addStatement(inputs.set("neuron", "from == HIGH ? LOW : HIGH"))
        .addStatement("return true")
        .build();
  }

  /** The test of a flip by the StochasticRule expressions, opening the rejecting branch. */
  private static void acceptComputed(MethodSpec.Builder method) {
    method
        .addComment("E_final_Form: SCALE * (E(flipped) - E(s)) = (s_u - s'_u) d; a flip that does")
        .addComment("not raise the energy is accepted without a draw")
        .addStatement(
            "final double increase =$W$T.flipIncrease(ACTIVATION, from, localField(neuron))",
            RuntimeTypes.STOCHASTIC_RULE)
        .beginControlFlow(
            "if (increase > 0 &&$Wrandom.nextDouble() >= $T.acceptance(increase, factor))",
            RuntimeTypes.STOCHASTIC_RULE);
  }

  /** The test of a flip by the lookup table, opening the rejecting branch. */
  private void acceptFromTable(MethodSpec.Builder method) {
    method
        .addStatement("final long d = scaledLocalField(neuron)")
        .addComment("E_final_Form: the flip raises SCALE * E by (s_u - s'_u) d, which is positive")
        .addComment("iff the flip goes against the local field; only such a flip draws")
        .addStatement("final boolean uphill = from == HIGH ? d > 0 : d < 0")
        .beginControlFlow(
            "if (uphill &&$Wrandom.nextDouble() >= metropolisAcceptance($L, beta, factor))",
            LookupTableEmitter.key(plan, "neuron", "d"));
  }

  /** {@code final double factor = StochasticRule.metropolisFactor(checkBeta(beta), SCALE);} */
  private static CodeBlock factor() {
    return CodeBlock.of(
        "final double factor =$W$T.metropolisFactor($T.checkBeta(beta), SCALE)",
        RuntimeTypes.STOCHASTIC_RULE,
        RuntimeTypes.STOCHASTIC_RULE);
  }
}
