package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import org.hnet.generator.plan.NetworkPlan;

/**
 * The deterministic dynamics of a generated network: single updates, sweeps, synchronous steps, the
 * stability test and relaxation. None of these members allocates.
 */
final class DynamicsEmitter {

  private final NetworkPlan plan;
  private final NetInputs inputs;

  DynamicsEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.inputs = new NetInputs(plan);
  }

  /**
   * {@code nextValue}: the value an update would give a neuron; a clamped neuron keeps its own.
   *
   * <pre>
   * private int nextValue(int neuron) {
   *   if (clamped[neuron]) return state[neuron];
   *   return THRESHOLDS[neuron] &lt;= net[neuron] ? HIGH : LOW;
   * }
   * </pre>
   */
  MethodSpec nextValue() {
    String net = plan.isExact() ? inputs.scaled("neuron") : "netInput(neuron)";
    return MethodSpec.methodBuilder("nextValue")
        .addModifiers(PRIVATE)
        .addJavadoc("The value an update gives a neuron now: its own value if it is clamped.\n")
        .addParameter(TypeName.INT, "neuron")
        .returns(TypeName.INT)
        .beginControlFlow("if (clamped[neuron])")
        .addStatement("return state[neuron]")
        .endControlFlow()
        .addCode("\n")
        .addComment("HIGH iff threshold(u) <= net(u): a tie goes to HIGH")
        .addStatement("return $L <= $L ? HIGH : LOW", inputs.threshold("neuron"), net)
        .build();
  }

  /**
   * {@code update}: the formalization's {@code Up s p u}.
   *
   * <pre>
   * public boolean update(int neuron) {
   *   final int value = nextValue(neuron);
   *   if (value == state[neuron]) return false;
   *   change(neuron, value);
   *   return true;
   * }
   * </pre>
   */
  MethodSpec update() {
    return Members.override("update", TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "neuron")
        .addStatement("final int value = nextValue(neuron)")
        .beginControlFlow("if (value == state[neuron])")
        .addStatement("return false")
        .endControlFlow()
        .addStatement(inputs.set("neuron", "value"))
        .addStatement("return true")
        .build();
  }

  /**
   * {@code sweep()}: every neuron once, in index order.
   *
   * <pre>
   * public int sweep() {
   *   int changes = 0;
   *   for (int u = 0; u < SIZE; u++) if (update(u)) changes++;
   *   return changes;
   * }
   * </pre>
   */
  MethodSpec sweep() {
    return Members.override("sweep", TypeName.INT)
        .addStatement("int changes = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .beginControlFlow("if (update(u))")
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code sweep(int[] order)}: the formalization's {@code workPhase}, head first; every index is
   * checked before the first update.
   *
   * <pre>
   * public int sweep(int[] order) {
   *   for (int u : order) Objects.checkIndex(u, SIZE);
   *   int changes = 0;
   *   for (int u : order) if (update(u)) changes++;
   *   return changes;
   * }
   * </pre>
   */
  MethodSpec sweepInOrder() {
    return Members.override("sweep", TypeName.INT)
        .addParameter(ArrayTypeName.of(TypeName.INT), "order")
        .beginControlFlow("for (int u : order)")
        .addStatement("$T.checkIndex(u, SIZE)", Objects.class)
        .endControlFlow()
        .addCode("\n")
        .addStatement("int changes = 0")
        .beginControlFlow("for (int u : order)")
        .beginControlFlow("if (update(u))")
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code synchronousStep}: the formalization's {@code UpSync}.
   *
   * <pre>
   * public int synchronousStep() {
   *   for (int u = 0; u < SIZE; u++) next[u] = nextValue(u);
   *   int changes = 0;
   *   for (int u = 0; u < SIZE; u++) if (next[u] != state[u]) { change(u, next[u]); changes++; }
   *   return changes;
   * }
   * </pre>
   */
  MethodSpec synchronousStep() {
    return Members.override("synchronousStep", TypeName.INT)
        .addStatement("final int[] next = this.next")
        .addStatement("final int[] state = this.state")
        .addCode("\n")
        .addComment("UpSync: every new value from the same previous state, before any is applied")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .addStatement("next[u] = nextValue(u)")
        .endControlFlow()
        .addCode("\n")
        .addStatement("int changes = 0")
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .beginControlFlow("if (next[u] != state[u])")
        .addStatement(inputs.set("u", "next[u]"))
        .addStatement("changes++")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return changes")
        .build();
  }

  /**
   * {@code isStable}: the formalization's {@code isStable}.
   *
   * <pre>
   * public boolean isStable() {
   *   for (int u = 0; u < SIZE; u++) if (nextValue(u) != state[u]) return false;
   *   return true;
   * }
   * </pre>
   */
  MethodSpec isStable() {
    return Members.override("isStable", TypeName.BOOLEAN)
        .beginControlFlow("for (int u = 0; u < SIZE; u++)")
        .beginControlFlow("if (nextValue(u) != state[u])")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
        .build();
  }

  /**
   * {@code relax}: updates in index order until stable; returns the formalization's {@code
   * HopfieldNet_conv_time_steps}, or -1 at the bound.
   *
   * <pre>
   * public long relax(long maxUpdates) {
   *   long lastChange = 0;
   *   int neuron = 0;
   *   for (long k = 1; k <= maxUpdates; k++) {
   *     if (k - 1 - lastChange == SIZE) return lastChange;
   *     if (update(neuron)) lastChange = k;
   *     neuron = neuron + 1 == SIZE ? 0 : neuron + 1;
   *   }
   *   return isStable() ? lastChange : -1;
   * }
   * </pre>
   *
   * <p>SIZE quiet updates in a row visit every neuron once, so they prove that the state has been
   * stable since the last change, and that change is the first update after which it was stable
   * (the state before it was not, since an update changed it). Checking that way costs SIZE cheap
   * updates instead of a stability test after every change.
   */
  MethodSpec relax() {
    return Members.override("relax", TypeName.LONG)
        .addParameter(TypeName.LONG, "maxUpdates")
        .beginControlFlow("if (maxUpdates < 0)")
        .addStatement(
            "throw new $T($S + maxUpdates)",
            IllegalArgumentException.class,
            "maxUpdates must not be negative, got ")
        .endControlFlow()
        .addCode("\n")
        .addComment("update k (counting from 1) updates neuron (k - 1) mod SIZE; lastChange is the")
        .addComment("last update that changed a neuron, so the state since then is the current one")
        .addStatement("long lastChange = 0")
        .addStatement("int neuron = 0")
        .beginControlFlow("for (long k = 1; k <= maxUpdates; k++)")
        .addComment("SIZE quiet updates in a row visit every neuron: stable since lastChange")
        .beginControlFlow("if (k - 1 - lastChange == SIZE)")
        .addStatement("return lastChange")
        .endControlFlow()
        .beginControlFlow("if (update(neuron))")
        .addStatement("lastChange = k")
        .endControlFlow()
        .addStatement("neuron = neuron + 1 == SIZE ? 0 : neuron + 1")
        .endControlFlow()
        .addCode("\n")
        .addComment("the bound is reached: stable now iff stable since lastChange")
        .addStatement("return isStable() ? lastChange : -1")
        .build();
  }
}
