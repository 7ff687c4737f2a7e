package org.hnet.generator.java;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import java.util.Objects;
import org.hnet.generator.plan.NetworkPlan;

/**
 * The clamping members of a generated network. A clamped neuron holds its value under every update,
 * deterministic or stochastic: the updates read the {@code clamped} array before anything else, and
 * setState and setNeuron refuse to move it.
 */
final class ClampEmitter {

  private final NetInputs inputs;

  ClampEmitter(NetworkPlan plan) {
    this.inputs = new NetInputs(plan);
  }

  /**
   * {@code clamp}: sets the neuron (keeping net inputs in step) and holds it there.
   *
   * <pre>
   * public void clamp(int neuron, int value) {
   *   Objects.checkIndex(neuron, SIZE);
   *   requireValue(neuron, value);
   *   if (value != state[neuron]) change(neuron, value);
   *   clamped[neuron] = true;
   * }
   * </pre>
   */
  MethodSpec clamp() {
    return Members.override("clamp", TypeName.VOID)
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.INT, "value")
        .addStatement("$T.checkIndex(neuron, SIZE)", Objects.class)
        .addStatement("requireValue(neuron, value)")
        .beginControlFlow("if (value != state[neuron])")
        .addStatement(inputs.set("neuron", "value"))
        .endControlFlow()
        .addStatement("clamped[neuron] = true")
        .build();
  }

  /**
   * {@code public void unclamp(int neuron) { clamped[Objects.checkIndex(neuron, SIZE)] = false; }}
   */
  MethodSpec unclamp() {
    return Members.override("unclamp", TypeName.VOID)
        .addParameter(TypeName.INT, "neuron")
        .addStatement("clamped[$T.checkIndex(neuron, SIZE)] = false", Objects.class)
        .build();
  }

  /** {@code public void unclampAll() { Arrays.fill(clamped, false); }} */
  MethodSpec unclampAll() {
    return Members.override("unclampAll", TypeName.VOID)
        .addStatement("$T.fill(clamped, false)", Arrays.class)
        .build();
  }

  /** {@code public boolean isClamped(int neuron) { return clamped[...]; }} */
  MethodSpec isClamped() {
    return Members.override("isClamped", TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "neuron")
        .addStatement("return clamped[$T.checkIndex(neuron, SIZE)]", Objects.class)
        .build();
  }
}
