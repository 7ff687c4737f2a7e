package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.NumberType;

/**
 * What a generated network reports about its state: net inputs, thresholds and energies, exactly
 * times SCALE for exact networks. The formulas and their order of evaluation are those of the
 * reference network, so both give the same doubles.
 */
final class ReadoutEmitter {

  private final NetworkPlan plan;
  private final TypeName number;
  private final NetInputs inputs;

  ReadoutEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.number = ArrayLiterals.type(plan.representation().numbers());
    this.inputs = new NetInputs(plan);
  }

  /**
   * {@code netInput}: exact networks divide the kept value by SCALE; floating-point ones sum the
   * row, so that rounding never accumulates across updates (they check the index first, since a row
   * offset {@code neuron * SIZE} could wrap around to a valid one).
   *
   * <pre>
   * public double netInput(int neuron) { return (double) net[neuron] / SCALE; }
   * </pre>
   */
  MethodSpec netInput() {
    MethodSpec.Builder method =
        Members.override("netInput", TypeName.DOUBLE).addParameter(TypeName.INT, "neuron");
    if (plan.isExact()) {
      String net = inputs.scaled("neuron");
      String scaled = plan.isLattice() ? "(" + net + ")" : net;
      return method.addStatement("return (double) $L / SCALE", scaled).build();
    }
    return method
        .addStatement("$T.checkIndex(neuron, SIZE)", Objects.class)
        .addStatement("final double[] weights = WEIGHTS")
        .addStatement("final int[] state = this.state")
        .addCode("\n")
        .addComment("net(u) = sum over v != u of w(u, v) s(v); the diagonal of WEIGHTS is 0")
        .addStatement("final int row = neuron * SIZE")
        .addStatement("double net = 0")
        .beginControlFlow("for (int v = 0; v < SIZE; v++)")
        .addStatement("net += weights[row + v] * state[v]")
        .endControlFlow()
        .addStatement("return net")
        .build();
  }

  /** {@code public double threshold(int neuron) { return (double) THRESHOLDS[neuron] / SCALE; }} */
  MethodSpec threshold() {
    MethodSpec.Builder method =
        Members.override("threshold", TypeName.DOUBLE).addParameter(TypeName.INT, "neuron");
    checkIndexOfUniformThreshold(method);
    return method
        .addStatement(
            plan.isExact()
                ? "return (double) " + inputs.threshold("neuron") + " / SCALE"
                : "return THRESHOLDS[neuron]")
        .build();
  }

  /** One threshold for all neurons reads no array, so the index is checked on its own. */
  private void checkIndexOfUniformThreshold(MethodSpec.Builder method) {
    if (plan.representation().uniformThreshold()) {
      method.addStatement("$T.checkIndex(neuron, SIZE)", Objects.class);
    }
  }

  /**
   * {@code energy}.
   *
   * <pre>
   * public double energy() { return (thresholdSum() - pairSum() / 2.0) / SCALE; }
   * </pre>
   */
  MethodSpec energy() {
    MethodSpec.Builder method = Members.override("energy", TypeName.DOUBLE);
    if (plan.isExact()) {
      return method
          .addComment("E(s) = -1/2 sum over u != v of w(u, v) s(u) s(v) + sum of threshold(u) s(u)")
          .addStatement("return (thresholdSum() - pairSum() / 2.0) / SCALE")
          .build();
    }
    return method
        .addStatement("final double[] thresholds = THRESHOLDS")
        .addStatement("final int[] state = this.state")
        .addCode("\n")
        .addComment("E(s) = -1/2 sum over u of s(u) net(u) + sum over u of threshold(u) s(u)")
        .addStatement("double pairs = 0")
        .addStatement("double linear = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("pairs += state[u] * netInput(u)")
        .addStatement("linear += thresholds[u] * state[u]")
        .endControlFlow()
        .addStatement("return -0.5 * pairs + linear")
        .build();
  }

  /** {@code public long scaledNetInput(int neuron) { return net[neuron]; }} */
  MethodSpec scaledNetInput() {
    MethodSpec.Builder method =
        Members.override("scaledNetInput", TypeName.LONG).addParameter(TypeName.INT, "neuron");
    return plan.isExact()
        ? method.addStatement("return $L", inputs.scaled("neuron")).build()
        : notExact(method);
  }

  /** {@code public long scaledThreshold(int neuron) { return THRESHOLDS[neuron]; }} */
  MethodSpec scaledThreshold() {
    MethodSpec.Builder method =
        Members.override("scaledThreshold", TypeName.LONG).addParameter(TypeName.INT, "neuron");
    if (!plan.isExact()) {
      return notExact(method);
    }
    checkIndexOfUniformThreshold(method);
    return method.addStatement("return $L", inputs.threshold("neuron")).build();
  }

  /**
   * {@code scaledEnergy}; asymmetric weights can make the pair sum odd, and then the energy times
   * SCALE is not an integer.
   *
   * <pre>
   * public long scaledEnergy() {
   *   final long pairs = pairSum();
   *   return thresholdSum() - pairs / 2;
   * }
   * </pre>
   */
  MethodSpec scaledEnergy() {
    MethodSpec.Builder method = Members.override("scaledEnergy", TypeName.LONG);
    if (!plan.isExact()) {
      return notExact(method);
    }
    method.addStatement("final long pairs = pairSum()");
    if (!plan.representation().symmetric()) {
      method
          .beginControlFlow("if (pairs % 2 != 0)")
          .addStatement(
              "throw new $T($S + pairs +$W$S)",
              IllegalStateException.class,
              "odd pair sum ",
              ": with asymmetric weights, energy times SCALE is not an integer")
          .endControlFlow();
    }
    return method
        .addCode("\n")
        .addComment(
            "SCALE * E = -1/2 sum over u of s(u) SCALE net(u) + sum of SCALE threshold(u) s(u)")
        .addStatement("return thresholdSum() - pairs / 2")
        .build();
  }

  /**
   * {@code pairSum} (exact networks).
   *
   * <pre>
   * private long pairSum() {
   *   long sum = 0;
   *   for (int u = 0; u < SIZE; u++) sum += (long) state[u] * net[u];
   *   return sum;
   * }
   * </pre>
   */
  MethodSpec pairSum() {
    if (plan.isLattice()) {
      return latticePairSum();
    }
    return MethodSpec.methodBuilder("pairSum")
        .addModifiers(PRIVATE)
        .returns(TypeName.LONG)
        .addJavadoc(
            "The sum over u != v of SCALE w(u, v) s(u) s(v), as sum of s(u) SCALE net(u).\n")
        .addStatement("final int[] state = this.state")
        .addStatement("final $T[] net = this.net", number)
        .addStatement("long sum = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("sum += $Lstate[u] * net[u]", widen())
        .endControlFlow()
        .addStatement("return sum")
        .build();
  }

  /**
   * {@code thresholdSum} (exact networks).
   *
   * <pre>
   * private long thresholdSum() {
   *   long sum = 0;
   *   for (int u = 0; u < SIZE; u++) sum += (long) THRESHOLDS[u] * state[u];
   *   return sum;
   * }
   * </pre>
   */
  MethodSpec thresholdSum() {
    if (plan.representation().uniformThreshold()) {
      return uniformThresholdSum();
    }
    return MethodSpec.methodBuilder("thresholdSum")
        .addModifiers(PRIVATE)
        .returns(TypeName.LONG)
        .addJavadoc("The sum over u of SCALE threshold(u) s(u).\n")
        .addStatement("final $T[] thresholds = THRESHOLDS", number)
        .addStatement("final int[] state = this.state")
        .addStatement("long sum = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("sum += $Lthresholds[u] * state[u]", widen())
        .endControlFlow()
        .addStatement("return sum")
        .build();
  }

  /**
   * {@code pairSum} of a lattice: the scaled net input is COUPLING times the neighbour sum.
   *
   * <pre>
   * private long pairSum() {
   *   long total = 0;
   *   for (int u = 0; u &lt; SIZE; u++) total += (long) state[u] * sum[u];
   *   return COUPLING * total;
   * }
   * </pre>
   */
  private MethodSpec latticePairSum() {
    return MethodSpec.methodBuilder("pairSum")
        .addModifiers(PRIVATE)
        .returns(TypeName.LONG)
        .addJavadoc(
            "The sum over u != v of SCALE w(u, v) s(u) s(v), as COUPLING times the sum of s(u)"
                + " sum(u).\n")
        .addStatement("final int[] state = this.state")
        .addStatement("final int[] sum = this.sum")
        .addStatement("long total = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("total += (long) state[u] * sum[u]")
        .endControlFlow()
        .addStatement("return COUPLING * total")
        .build();
  }

  /**
   * {@code thresholdSum} with one threshold for all neurons.
   *
   * <pre>
   * private long thresholdSum() {
   *   long sum = 0;
   *   for (int u = 0; u &lt; SIZE; u++) sum += state[u];
   *   return THRESHOLD * sum;
   * }
   * </pre>
   */
  private MethodSpec uniformThresholdSum() {
    return MethodSpec.methodBuilder("thresholdSum")
        .addModifiers(PRIVATE)
        .returns(TypeName.LONG)
        .addJavadoc(
            "The sum over u of SCALE threshold(u) s(u), as THRESHOLD times the sum of s(u).\n")
        .addStatement("final int[] state = this.state")
        .addStatement("long sum = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("sum += state[u]")
        .endControlFlow()
        .addStatement("return THRESHOLD * sum")
        .build();
  }

  /**
   * {@code localField}: the {@code d} of the random-number contract, as a double.
   *
   * <pre>
   * private double localField(int neuron) { return (double) scaledLocalField(neuron); }
   * </pre>
   *
   * <p>Floating-point networks: {@code return netInput(neuron) - THRESHOLDS[neuron];}
   */
  MethodSpec localField() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("localField")
            .addModifiers(PRIVATE)
            .returns(TypeName.DOUBLE)
            .addParameter(TypeName.INT, "neuron");
    if (plan.isExact()) {
      return method
          .addJavadoc("The scaled local field of {@code neuron}, converted to double.\n")
          .addStatement("return (double) scaledLocalField(neuron)")
          .build();
    }
    return method
        .addJavadoc("The local field net(u) - threshold(u) of {@code neuron}.\n")
        .addStatement("return netInput(neuron) - THRESHOLDS[neuron]")
        .build();
  }

  /**
   * {@code scaledLocalField} (exact networks): {@code SCALE * (net(u) - threshold(u))}, exactly.
   *
   * <pre>
   * private long scaledLocalField(int neuron) { return (long) net[neuron] - THRESHOLDS[neuron]; }
   * </pre>
   */
  MethodSpec scaledLocalField() {
    String net = plan.isLattice() ? inputs.scaled("neuron") : widen() + "net[neuron]";
    return MethodSpec.methodBuilder("scaledLocalField")
        .addModifiers(PRIVATE)
        .returns(TypeName.LONG)
        .addParameter(TypeName.INT, "neuron")
        .addJavadoc("SCALE * (net(u) - threshold(u)) of {@code neuron}, exactly.\n")
        .addStatement("return $L - $L", net, inputs.threshold("neuron"))
        .build();
  }

  /** The cast that makes an int product long; long numbers need none. */
  private String widen() {
    return plan.representation().numbers() == NumberType.INT ? "(long) " : "";
  }

  /** The body of an exact accessor in a floating-point network: it throws. */
  private MethodSpec notExact(MethodSpec.Builder method) {
    return method
        .addStatement(
            "throw new $T($S +$W$S)",
            IllegalStateException.class,
            "network " + CommentText.quote(plan.network().name()),
            " has floating-point parameters, not exact ones")
        .build();
  }
}
