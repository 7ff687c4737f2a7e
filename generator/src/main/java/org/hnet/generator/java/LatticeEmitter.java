package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.runtime.Lattice;

/**
 * The members of a network on a lattice that keep its neighbour sums in step with the state: the
 * neighbours of a site are found by index arithmetic on the grid ({@code r * COLUMNS + c}), so no
 * weight is ever stored. Every bond adds one term to each of its two sites' sums, so a pair joined
 * by two bonds (a periodic side of length 2) counts twice, as its weight 2 J does; a periodic side
 * of length 1 has no bonds, as {@link Lattice} has none.
 */
final class LatticeEmitter {

  private final NetworkPlan plan;
  private final Lattice lattice;

  LatticeEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.lattice = plan.lattice();
  }

  /**
   * {@code change}: sets a neuron that changes and moves its neighbours' sums with it.
   *
   * <pre>
   * private void change(int neuron, int value) {
   *   final int delta = value - state[neuron];
   *   state[neuron] = value;
   *   spread(neuron, delta);
   * }
   * </pre>
   */
  MethodSpec change() {
    return MethodSpec.methodBuilder("change")
        .addModifiers(PRIVATE)
        .addJavadoc("Sets a neuron to a new value and adds the change to its neighbours' sums.\n")
        .addParameter(TypeName.INT, "neuron")
        .addParameter(TypeName.INT, "value")
        .addStatement("final int delta = value - state[neuron]")
        .addStatement("state[neuron] = value")
        .addStatement("spread(neuron, delta)")
        .build();
  }

  /**
   * {@code recomputeNetInputs}: every neighbour sum from scratch, each site spreading its value.
   *
   * <pre>
   * private void recomputeNetInputs() {
   *   Arrays.fill(sum, 0);
   *   for (int v = 0; v &lt; SIZE; v++) spread(v, state[v]);
   * }
   * </pre>
   */
  MethodSpec recomputeNetInputs() {
    return MethodSpec.methodBuilder("recomputeNetInputs")
        .addModifiers(PRIVATE)
        .addJavadoc("Sets every neighbour sum from the state, as after setState.\n")
        .addStatement("$T.fill(sum, 0)", Arrays.class)
        .addComment("sum(u) = sum over the bonds (u, v) of s(v): every site adds its value to its")
        .addComment("neighbours, once per bond")
        .beginControlFlow("for (int v = 0; v < SIZE; v++)")
        .addStatement("spread(v, state[v])")
        .endControlFlow()
        .build();
  }

  /**
   * {@code spread}: adds {@code delta} to the sums of the neighbours of {@code neuron}, one term
   * per bond, by index arithmetic. On a torus:
   *
   * <pre>
   * private void spread(int neuron, int delta) {
   *   final int[] sum = this.sum;
   *   final int row = neuron / COLUMNS;
   *   final int column = neuron - row * COLUMNS;
   *   sum[column == COLUMNS - 1 ? neuron - (COLUMNS - 1) : neuron + 1] += delta;
   *   sum[column == 0 ? neuron + (COLUMNS - 1) : neuron - 1] += delta;
   *   sum[row == ROWS - 1 ? neuron - (SIZE - COLUMNS) : neuron + COLUMNS] += delta;
   *   sum[row == 0 ? neuron + (SIZE - COLUMNS) : neuron - COLUMNS] += delta;
   * }
   * </pre>
   *
   * <p>With open boundaries each term is guarded instead ({@code if (column < COLUMNS - 1)}); a
   * side of length 1 has no terms.
   */
  MethodSpec spread() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("spread")
            .addModifiers(PRIVATE)
            .addJavadoc("Adds {@code delta} to the sums of the neighbours of {@code neuron}.\n")
            .addParameter(TypeName.INT, "neuron")
            .addParameter(TypeName.INT, "delta")
            .addStatement("final int[] sum = this.sum");
    if (lattice.columns() > 1 && lattice.rows() > 1) {
      method.addStatement("final int row = neuron / COLUMNS");
      method.addStatement("final int column = neuron - row * COLUMNS");
    } else if (lattice.columns() > 1) {
      method.addStatement("final int column = neuron");
    } else if (lattice.rows() > 1) {
      method.addStatement("final int row = neuron");
    }
    boolean periodic = lattice.boundary() == Lattice.Boundary.PERIODIC;
    if (lattice.columns() > 1) {
      method.addCode("\n").addComment("the right and left neighbours, in the same row");
      addTerms(method, periodic, "column", "COLUMNS", "1", "COLUMNS - 1");
    }
    if (lattice.rows() > 1) {
      method.addCode("\n").addComment("the neighbours below and above, in the same column");
      addTerms(method, periodic, "row", "ROWS", "COLUMNS", "SIZE - COLUMNS");
    }
    return method.build();
  }

  /**
   * The two terms along one direction: {@code step} is the index distance to the next site in it,
   * {@code wrap} the distance from the last site back to the first.
   */
  private static void addTerms(
      MethodSpec.Builder method,
      boolean periodic,
      String position,
      String length,
      String step,
      String wrap) {
    if (periodic) {
      method
          .addStatement(
              "sum[$L == $L - 1 ? neuron - ($L) : neuron + $L] += delta",
              position,
              length,
              wrap,
              step)
          .addStatement(
              "sum[$L == 0 ? neuron + ($L) : neuron - $L] += delta", position, wrap, step);
      return;
    }
    method
        .beginControlFlow("if ($L < $L - 1)", position, length)
        .addStatement("sum[neuron + $L] += delta", step)
        .endControlFlow()
        .beginControlFlow("if ($L > 0)", position)
        .addStatement("sum[neuron - $L] += delta", step)
        .endControlFlow();
  }
}
