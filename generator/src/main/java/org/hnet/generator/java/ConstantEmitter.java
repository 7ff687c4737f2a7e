package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.NumberType;
import org.hnet.generator.plan.ParameterArrays;
import org.hnet.generator.plan.Storage;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;

/** The static constants of a generated class: sizes, activation and the parameters. */
final class ConstantEmitter {

  private final NetworkPlan plan;
  private final NumberType numbers;

  ConstantEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.numbers = plan.representation().numbers();
  }

  /** {@code public static final String GENERATOR_VERSION = "0.1.0";} */
  FieldSpec generatorVersion() {
    return FieldSpec.builder(String.class, "GENERATOR_VERSION", PUBLIC, STATIC, FINAL)
        .addJavadoc("The hnet version that generated this class.\n")
        .initializer("$S", plan.generatorVersion())
        .build();
  }

  /** {@code public static final int SIZE = 4;} */
  FieldSpec size() {
    return FieldSpec.builder(TypeName.INT, "SIZE", PUBLIC, STATIC, FINAL)
        .addJavadoc("The number of neurons.\n")
        .initializer("$L", plan.size())
        .build();
  }

  /** {@code public static final long SCALE = 6L;} (1 for floating-point parameters) */
  FieldSpec scale() {
    long scale = plan.network().parameters() instanceof ExactParameters exact ? exact.scale() : 1;
    return FieldSpec.builder(TypeName.LONG, "SCALE", PUBLIC, STATIC, FINAL)
        .addJavadoc(
            plan.isExact()
                ? "The common denominator of the weights and thresholds.\n"
                : "1: the weights and thresholds are floating-point numbers.\n")
        .initializer("$LL", scale)
        .build();
  }

  /** {@code public static final Activation ACTIVATION = Activation.BIPOLAR;} */
  FieldSpec activation() {
    return FieldSpec.builder(RuntimeTypes.ACTIVATION, "ACTIVATION", PUBLIC, STATIC, FINAL)
        .addJavadoc("The values the neurons take.\n")
        .initializer("$T.$L", RuntimeTypes.ACTIVATION, plan.network().activation().name())
        .build();
  }

  /** {@code public static final String REPRESENTATION = "dense int";} */
  FieldSpec representation() {
    return FieldSpec.builder(String.class, "REPRESENTATION", PUBLIC, STATIC, FINAL)
        .addJavadoc("How this class stores its numbers (see the file comment for why).\n")
        .initializer("$S", plan.representation().describe())
        .build();
  }

  /** {@code private static final int LOW = -1;} */
  FieldSpec low() {
    return FieldSpec.builder(TypeName.INT, "LOW", PRIVATE, STATIC, FINAL)
        .addJavadoc("The value of a neuron that is off.\n")
        .initializer("$L", plan.network().activation().low())
        .build();
  }

  /** {@code private static final int HIGH = 1;} */
  FieldSpec high() {
    return FieldSpec.builder(TypeName.INT, "HIGH", PRIVATE, STATIC, FINAL)
        .addJavadoc("The value of a neuron that is on; a tie sends a neuron here.\n")
        .initializer("$L", plan.network().activation().high())
        .build();
  }

  /**
   * The weights, row = receiver, diagonal 0.
   *
   * <pre>
   * private static final int[] WEIGHTS = {
   *   0, 3, -3,
   *   3, 0, 6,
   *   -3, 6, 0
   * };
   * </pre>
   *
   * <p>or, for parameters in a resource, {@code private static final int[] WEIGHTS;}
   */
  FieldSpec weights() {
    FieldSpec.Builder field =
        FieldSpec.builder(ArrayLiterals.arrayType(numbers), "WEIGHTS", PRIVATE, STATIC, FINAL)
            .addJavadoc(
                plan.isExact()
                    ? "The weights times SCALE: w(u, v) = WEIGHTS[u * SIZE + v] / SCALE, row ="
                        + " receiver.\nThe diagonal is 0: a neuron's net input never counts"
                        + " itself.\n"
                    : "The weights: w(u, v) = WEIGHTS[u * SIZE + v], row = receiver. The diagonal"
                        + " is 0:\na neuron's net input never counts itself.\n");
    if (plan.representation().storage() == Storage.LITERAL) {
      field.initializer(ArrayLiterals.initializer(weightElements(), plan.size()));
    }
    return field.build();
  }

  /**
   * The thresholds.
   *
   * <pre>
   * private static final int[] THRESHOLDS = {0, -2, 1, 3};
   * </pre>
   */
  FieldSpec thresholds() {
    FieldSpec.Builder field =
        FieldSpec.builder(ArrayLiterals.arrayType(numbers), "THRESHOLDS", PRIVATE, STATIC, FINAL)
            .addJavadoc(
                plan.isExact()
                    ? "The thresholds times SCALE.\n"
                    : "The thresholds: a neuron turns on when its net input reaches them.\n");
    if (plan.representation().storage() == Storage.LITERAL) {
      field.initializer(ArrayLiterals.initializer(thresholdElements(), plan.size()));
    }
    return field.build();
  }

  /** {@code private static final NetworkInfo INFO;} (set by the static initializer) */
  FieldSpec info() {
    return FieldSpec.builder(RuntimeTypes.NETWORK_INFO, "INFO", PRIVATE, STATIC, FINAL)
        .addJavadoc("Names, source and stored patterns of this network.\n")
        .build();
  }

  private List<String> weightElements() {
    if (plan.network().parameters() instanceof ExactParameters exact) {
      return ArrayLiterals.exactElements(ParameterArrays.weights(exact), numbers);
    }
    FloatingParameters floating = (FloatingParameters) plan.network().parameters();
    return ArrayLiterals.floatingElements(ParameterArrays.weights(floating));
  }

  private List<String> thresholdElements() {
    if (plan.network().parameters() instanceof ExactParameters exact) {
      return ArrayLiterals.exactElements(exact.thresholds(), numbers);
    }
    FloatingParameters floating = (FloatingParameters) plan.network().parameters();
    return ArrayLiterals.floatingElements(floating.thresholds());
  }
}
