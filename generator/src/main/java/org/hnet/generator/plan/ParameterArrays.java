package org.hnet.generator.plan;

import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.PatternSet;

/**
 * The numbers a generated class holds, flat and row-major like {@link ExactParameters}, with the
 * diagonal of the weights set to 0: a neuron's net input never counts itself, so generated loops
 * can run over whole rows without skipping the diagonal.
 */
public final class ParameterArrays {

  private ParameterArrays() {}

  /** The scaled weights with a zero diagonal. */
  public static long[] weights(ExactParameters parameters) {
    long[] weights = parameters.weights();
    clearDiagonal(parameters.size(), weights);
    return weights;
  }

  /** The floating-point weights with a zero diagonal. */
  public static double[] weights(FloatingParameters parameters) {
    double[] weights = parameters.weights();
    int size = parameters.size();
    for (int u = 0; u < size; u++) {
      weights[u * size + u] = 0;
    }
    return weights;
  }

  private static void clearDiagonal(int size, long[] weights) {
    for (int u = 0; u < size; u++) {
      weights[u * size + u] = 0;
    }
  }

  /** The values of every pattern one after the other, pattern 0 first. */
  public static int[] patternValues(PatternSet patterns) {
    int length = patterns.length();
    int[] values = new int[patterns.size() * length];
    for (int k = 0; k < patterns.size(); k++) {
      System.arraycopy(patterns.rows().get(k), 0, values, k * length, length);
    }
    return values;
  }
}
