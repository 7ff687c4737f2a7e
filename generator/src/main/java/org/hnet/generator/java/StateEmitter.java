package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.runtime.Activation;

/**
 * The state of a generated network and the members that read and write it. Exact networks also keep
 * every net input times SCALE, in step with the state.
 */
final class StateEmitter {

  private static final ArrayTypeName INT_ARRAY = ArrayTypeName.of(TypeName.INT);

  private final NetworkPlan plan;
  private final TypeName number;
  private final NetInputs inputs;

  StateEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.number = ArrayLiterals.type(plan.representation().numbers());
    this.inputs = new NetInputs(plan);
  }

  /** {@code private final int[] state = new int[SIZE];} */
  FieldSpec stateField() {
    return FieldSpec.builder(INT_ARRAY, "state", PRIVATE, FINAL)
        .addJavadoc("The value of every neuron: LOW or HIGH.\n")
        .initializer("new int[SIZE]")
        .build();
  }

  /** {@code private final int[] net = new int[SIZE];} (exact networks only) */
  FieldSpec netField() {
    return FieldSpec.builder(ArrayTypeName.of(number), "net", PRIVATE, FINAL)
        .addJavadoc("The net input of every neuron times SCALE, kept in step with the state.\n")
        .initializer("new $T[SIZE]", number)
        .build();
  }

  /** {@code private final int[] sum = new int[SIZE];} (lattices only) */
  FieldSpec sumField() {
    return FieldSpec.builder(INT_ARRAY, "sum", PRIVATE, FINAL)
        .addJavadoc(
            "The sum of the values of every neuron's neighbours, one term per bond, kept in step"
                + " with\nthe state: the scaled net input is COUPLING * sum.\n")
        .initializer("new int[SIZE]")
        .build();
  }

  /** {@code private final boolean[] clamped = new boolean[SIZE];} */
  FieldSpec clampedField() {
    return FieldSpec.builder(ArrayTypeName.of(TypeName.BOOLEAN), "clamped", PRIVATE, FINAL)
        .addJavadoc("Whether each neuron is clamped: held at its value under every update.\n")
        .initializer("new boolean[SIZE]")
        .build();
  }

  /** {@code private final int[] next = new int[SIZE];} */
  FieldSpec nextField() {
    return FieldSpec.builder(INT_ARRAY, "next", PRIVATE, FINAL)
        .addJavadoc("The values a synchronous step computes before it applies any of them.\n")
        .initializer("new int[SIZE]")
        .build();
  }

  /**
   * The constructor, which applies the clamps the model declares.
   *
   * <pre>
   * public RationalTie() {
   *   Arrays.fill(state, LOW);
   *   for (int k = 0; k &lt; CLAMPS.length; k += 2) { ... }
   *   recomputeNetInputs();
   * }
   * </pre>
   */
  MethodSpec constructor() {
    boolean clamps = !plan.network().clamps().isEmpty();
    MethodSpec.Builder method =
        MethodSpec.constructorBuilder()
            .addModifiers(PUBLIC)
            .addJavadoc(
                clamps
                    ? "A network with every neuron off (at its low value) except the clamped ones,"
                        + " held at\ntheir values as the model declares.\n"
                    : "A network with every neuron off (at its low value).\n")
            .addStatement("$T.fill(state, LOW)", Arrays.class);
    if (clamps) {
      method
          .beginControlFlow("for (int k = 0; k < CLAMPS.length; k += 2)")
          .addStatement("state[CLAMPS[k]] = CLAMPS[k + 1]")
          .addStatement("clamped[CLAMPS[k]] = true")
          .endControlFlow();
    }
    if (plan.isExact()) {
      method.addStatement("recomputeNetInputs()");
    }
    return method.build();
  }

  /**
   * {@code setState}: checks every value before it changes anything.
   *
   * <pre>
   * public void setState(int[] values) {
   *   if (values.length != SIZE) throw ...;
   *   for (int u = 0; u < SIZE; u++) requireValue(u, values[u]);
   *   System.arraycopy(values, 0, state, 0, SIZE);
   *   recomputeNetInputs();
   * }
   * </pre>
   */
  MethodSpec setState() {
    MethodSpec.Builder method =
        Members.override("setState", TypeName.VOID)
            .addParameter(INT_ARRAY, "values")
            .beginControlFlow("if (values.length != SIZE)")
            .addStatement(
                "throw new $T($S + SIZE +$W$S + values.length)",
                IllegalArgumentException.class,
                "expected ",
                " neuron values, got ")
            .endControlFlow()
            .beginControlFlow("for (int u = 0; u < SIZE; u++)")
            .addStatement("requireValue(u, values[u])")
            .addStatement("requireFree(u, values[u])")
            .endControlFlow()
            .addCode("\n")
            .addStatement("$T.arraycopy(values, 0, state, 0, SIZE)", System.class);
    if (plan.isExact()) {
      method.addStatement("recomputeNetInputs()");
    }
    return method.build();
  }

  /**
   * {@code copyState}.
   *
   * <pre>
   * public void copyState(int[] target) {
   *   if (target.length != SIZE) throw ...;
   *   System.arraycopy(state, 0, target, 0, SIZE);
   * }
   * </pre>
   */
  MethodSpec copyState() {
    return Members.override("copyState", TypeName.VOID)
        .addParameter(INT_ARRAY, "target")
        .beginControlFlow("if (target.length != SIZE)")
        .addStatement(
            "throw new $T($S + SIZE +$W$S + target.length)",
            IllegalArgumentException.class,
            "expected a target of ",
            " elements, got ")
        .endControlFlow()
        .addStatement("$T.arraycopy(state, 0, target, 0, SIZE)", System.class)
        .build();
  }

  /** {@code public int state(int neuron) { return state[neuron]; }} */
  MethodSpec state() {
    return Members.override("state", TypeName.INT)
        .addParameter(TypeName.INT, "neuron")
        .addStatement("return state[neuron]")
        .build();
  }

  /**
   * {@code setNeuron}.
   *
   * <pre>
   * public void setNeuron(int neuron, int value) {
   *   requireValue(neuron, value);
   *   requireFree(neuron, value);
   *   if (value != state[neuron]) change(neuron, value);
   * }
   * </pre>
   */
  MethodSpec setNeuron() {
    return Members.override("setNeuron", TypeName.VOID)
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.INT, "value")
        .addStatement("requireValue(neuron, value)")
        .addStatement("requireFree(neuron, value)")
        .beginControlFlow("if (value != state[neuron])")
        .addStatement(inputs.set("neuron", "value"))
        .endControlFlow()
        .build();
  }

  /**
   * {@code requireFree}: the check that setState and setNeuron leave clamped neurons alone.
   *
   * <pre>
   * private void requireFree(int neuron, int value) {
   *   if (clamped[neuron] &amp;&amp; state[neuron] != value) throw new IllegalArgumentException(...);
   * }
   * </pre>
   */
  MethodSpec requireFree() {
    return MethodSpec.methodBuilder("requireFree")
        .addModifiers(PRIVATE)
        .addJavadoc("Throws if {@code neuron} is clamped to a value other than {@code value}.\n")
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.INT, "value")
        .beginControlFlow("if (clamped[neuron] && state[neuron] != value)")
        .addStatement(
            "throw new $T($S + neuron + $S + state[neuron] +$W$S + value + $S)",
            IllegalArgumentException.class,
            "neuron ",
            " is clamped to ",
            " and cannot be set to ",
            "; unclamp it first")
        .endControlFlow()
        .build();
  }

  /**
   * {@code requireValue}: the check behind setState and setNeuron.
   *
   * <pre>
   * private static void requireValue(int neuron, int value) {
   *   if (value != LOW &amp;&amp; value != HIGH) throw new IllegalArgumentException(...);
   * }
   * </pre>
   */
  MethodSpec requireValue() {
    Activation activation = plan.network().activation();
    String expected =
        " is not "
            + activation.describe()
            + " (expected "
            + activation.low()
            + " or "
            + activation.high()
            + ")";
    return MethodSpec.methodBuilder("requireValue")
        .addModifiers(PRIVATE, STATIC)
        .addJavadoc("Throws unless {@code value} is LOW or HIGH.\n")
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.INT, "value")
        .beginControlFlow("if (value != LOW && value != HIGH)")
        .addStatement(
            "throw new $T($S + value + $S + neuron +$W$S)",
            IllegalArgumentException.class,
            "value ",
            " of neuron ",
            expected)
        .endControlFlow()
        .build();
  }

  /**
   * {@code recomputeNetInputs} (exact networks): every net input from scratch.
   *
   * <pre>
   * private void recomputeNetInputs() {
   *   for (int u = 0; u < SIZE; u++) {
   *     int sum = 0;
   *     for (int v = 0; v < SIZE; v++) sum += weights[u * SIZE + v] * state[v];
   *     net[u] = sum;
   *   }
   * }
   * </pre>
   */
  MethodSpec recomputeNetInputs() {
    return MethodSpec.methodBuilder("recomputeNetInputs")
        .addModifiers(PRIVATE)
        .addJavadoc("Sets every net input from the state, as after setState.\n")
        .addStatement("final $T[] weights = WEIGHTS", number)
        .addStatement("final int[] state = this.state")
        .addStatement("final $T[] net = this.net", number)
        .addCode("\n")
        .addComment("SCALE * net(u) = sum over v != u of (SCALE * w(u, v)) s(v); the diagonal is 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("final int row = u * SIZE")
        .addStatement("$T sum = 0", number)
        .beginControlFlow("for (int v = 0; v < SIZE; v++)")
        .addStatement("sum += weights[row + v] * state[v]")
        .endControlFlow()
        .addStatement("net[u] = sum")
        .endControlFlow()
        .build();
  }

  /**
   * {@code change} (exact networks): sets a neuron that changes and moves every net input with it.
   *
   * <pre>
   * private void change(int neuron, int value) {
   *   final int delta = value - state[neuron];
   *   state[neuron] = value;
   *   for (int u = 0; u < SIZE; u++) net[u] += weights[neuron * SIZE + u] * delta;
   * }
   * </pre>
   *
   * <p>Symmetric weights are read along row {@code neuron}, contiguously; asymmetric ones along its
   * column.
   */
  MethodSpec change() {
    boolean symmetric = plan.representation().symmetric();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("change")
            .addModifiers(PRIVATE)
            .addJavadoc("Sets a neuron to a new value and adds the change to every net input.\n")
            .addParameter(TypeName.INT, "neuron")
            .addParameter(TypeName.INT, "value")
            .addStatement("final $T[] weights = WEIGHTS", number)
            .addStatement("final $T[] net = this.net", number)
            .addStatement("final int delta = value - state[neuron]")
            .addStatement("state[neuron] = value")
            .addCode("\n");
    if (symmetric) {
      method
          .addComment("net(u) += w(u, v) * delta for v = neuron; symmetric: w(u, v) is in row v")
          .addStatement("final int row = neuron * SIZE")
          .beginControlFlow("for (int u = 0; u < SIZE; u++)")
          .addStatement("net[u] += weights[row + u] * delta");
    } else {
      method
          .addComment("net(u) += w(u, v) * delta for v = neuron: column v of the weights")
          .beginControlFlow("for (int u = 0; u < SIZE; u++)")
          .addStatement("net[u] += weights[u * SIZE + neuron] * delta");
    }
    return method.endControlFlow().build();
  }
}
