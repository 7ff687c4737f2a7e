package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.hnet.generator.plan.LookupTable;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.NumberType;
import org.hnet.generator.plan.ParameterArrays;
import org.hnet.generator.plan.Storage;
import org.hnet.lang.model.Temperature;
import org.hnet.runtime.Clamp;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.SparseParameters;

/** The static constants of a generated class: sizes, activation and the parameters. */
final class ConstantEmitter {

  private static final ArrayTypeName INT_ARRAY = ArrayTypeName.of(TypeName.INT);

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
    long scale = plan.scale();
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

  /** {@code public static final int ROWS = 4;} (lattices) */
  FieldSpec rows() {
    return FieldSpec.builder(TypeName.INT, "ROWS", PUBLIC, STATIC, FINAL)
        .addJavadoc("The rows of the lattice; neuron {@code r * COLUMNS + c} is in row r.\n")
        .initializer("$L", plan.lattice().rows())
        .build();
  }

  /** {@code public static final int COLUMNS = 4;} (lattices) */
  FieldSpec columns() {
    return FieldSpec.builder(TypeName.INT, "COLUMNS", PUBLIC, STATIC, FINAL)
        .addJavadoc("The columns of the lattice.\n")
        .initializer("$L", plan.lattice().columns())
        .build();
  }

  /** {@code private static final int COUPLING = 1;} (lattices) */
  FieldSpec coupling() {
    return FieldSpec.builder(ArrayLiterals.type(numbers), "COUPLING", PRIVATE, STATIC, FINAL)
        .addJavadoc(
            "The coupling J times SCALE: the weight of every bond between nearest neighbours.\n")
        .initializer("$L", ArrayLiterals.exact(plan.scaledCoupling(), numbers))
        .build();
  }

  /** {@code private static final int THRESHOLD = 0;} (lattices with one threshold) */
  FieldSpec threshold() {
    SparseParameters sparse = (SparseParameters) plan.network().parameters();
    return FieldSpec.builder(ArrayLiterals.type(numbers), "THRESHOLD", PRIVATE, STATIC, FINAL)
        .addJavadoc("The threshold of every neuron times SCALE: minus the field h.\n")
        .initializer("$L", ArrayLiterals.exact(sparse.scaledThreshold(0), numbers))
        .build();
  }

  /** {@code public static final double BETA = 0.5;} (networks that declare a temperature) */
  FieldSpec beta() {
    Temperature temperature = plan.network().sampling().samplingTemperature().orElseThrow();
    double beta = temperature.betaValue();
    return FieldSpec.builder(TypeName.DOUBLE, "BETA", PUBLIC, STATIC, FINAL)
        .addJavadoc(
            "The inverse temperature the model is sampled at, $L, as the nearest double.\n",
            temperature.describe())
        .initializer(
            Double.isInfinite(beta) ? "$T.POSITIVE_INFINITY" : "$L",
            Double.isInfinite(beta) ? Double.class : ArrayLiterals.floating(beta))
        .build();
  }

  /** {@code private static final long LOOKUP_FIRST = -4L;} (networks with a lookup table) */
  FieldSpec lookupFirst() {
    LookupTable lookup = plan.representation().lookup().orElseThrow();
    boolean field = lookup.key() == LookupTable.Key.LOCAL_FIELD;
    return FieldSpec.builder(
            field ? TypeName.LONG : TypeName.INT, "LOOKUP_FIRST", PRIVATE, STATIC, FINAL)
        .addJavadoc("The key of entry 0 of the lookup tables: $L.\n", lookup.key().words())
        .initializer("$L", field ? lookup.first() + "L" : Long.toString(lookup.first()))
        .build();
  }

  /** {@code private static final int LOOKUP_SIZE = 9;} (networks with a lookup table) */
  FieldSpec lookupSize() {
    return FieldSpec.builder(TypeName.INT, "LOOKUP_SIZE", PRIVATE, STATIC, FINAL)
        .addJavadoc("The number of entries of each lookup table.\n")
        .initializer("$L", plan.representation().lookup().orElseThrow().size())
        .build();
  }

  /**
   * The declared clamps, neuron then value (networks that declare clamps).
   *
   * <pre>
   * private static final int[] CLAMPS = {
   *   1, 1
   * };
   * </pre>
   */
  FieldSpec clamps() {
    FieldSpec.Builder field =
        FieldSpec.builder(INT_ARRAY, "CLAMPS", PRIVATE, STATIC, FINAL)
            .addJavadoc(
                "The neurons the model clamps, each followed by its value: {@code neuron, value,"
                    + " ...}.\n");
    if (plan.representation().storage() == Storage.LITERAL) {
      field.initializer(ArrayLiterals.initializer(ArrayLiterals.intElements(clampPairs()), 2));
    }
    return field.build();
  }

  /** The declared clamps as pairs: neuron, value, neuron, value, ... */
  int[] clampPairs() {
    List<Clamp> clamps = plan.network().clamps();
    int[] pairs = new int[2 * clamps.size()];
    for (int k = 0; k < clamps.size(); k++) {
      pairs[2 * k] = clamps.get(k).neuron();
      pairs[2 * k + 1] = clamps.get(k).value();
    }
    return pairs;
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
    if (plan.network().parameters() instanceof SparseParameters sparse) {
      return ArrayLiterals.exactElements(sparse.thresholds(), numbers);
    }
    FloatingParameters floating = (FloatingParameters) plan.network().parameters();
    return ArrayLiterals.floatingElements(floating.thresholds());
  }
}
