package org.hnet.generator.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.ParameterArrays;
import org.hnet.generator.plan.Storage;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.SparseParameters;
import org.hnet.runtime.internal.ParameterResources;

/**
 * The binary resources of a class whose parameters are too many for array literals, and the static
 * initializer that reads them: one resource per array, written and read by the runtime's {@link
 * ParameterResources}.
 */
final class ResourceEmitter {

  /** The resource holding the weights. */
  static final String WEIGHTS = "weights";

  /** The resource holding the thresholds. */
  static final String THRESHOLDS = "thresholds";

  /** The resource holding the declared clamps, neuron then value. */
  static final String CLAMPS = "clamps";

  private final NetworkPlan plan;

  ResourceEmitter(NetworkPlan plan) {
    this.plan = plan;
  }

  /** The generated class itself, for {@code Digits.class}. */
  static ClassName self(NetworkPlan plan) {
    return ClassName.get(plan.packageName(), plan.className());
  }

  /**
   * The static initializer: the runtime check first, then whatever needs the runtime.
   *
   * <pre>
   * static {
   *   RuntimeVersion.check(GENERATOR_VERSION);
   *   WEIGHTS = ParameterResources.readInts(Digits.class, "Digits.weights.bin", SIZE * SIZE);
   *   THRESHOLDS = ParameterResources.readInts(Digits.class, "Digits.thresholds.bin", SIZE);
   *   INFO = createInfo();
   * }
   * </pre>
   */
  CodeBlock staticInitializer() {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .addStatement("$T.check(GENERATOR_VERSION)", RuntimeTypes.RUNTIME_VERSION);
    if (plan.representation().storage() == Storage.RESOURCE) {
      readArrays(code);
    }
    return code.addStatement("INFO = createInfo()").build();
  }

  /** The statements of the static initializer that read the arrays the class has. */
  private void readArrays(CodeBlock.Builder code) {
    String read = readMethod();
    if (!plan.isLattice()) {
      code.addStatement(
          "WEIGHTS = $T.$L($T.class, $S, SIZE * SIZE)",
          RuntimeTypes.PARAMETER_RESOURCES,
          read,
          self(plan),
          plan.resourceName(WEIGHTS));
    }
    if (!plan.representation().uniformThreshold()) {
      code.addStatement(
          "THRESHOLDS = $T.$L($T.class, $S, SIZE)",
          RuntimeTypes.PARAMETER_RESOURCES,
          read,
          self(plan),
          plan.resourceName(THRESHOLDS));
    }
    if (!plan.network().clamps().isEmpty()) {
      code.addStatement(
          "CLAMPS = $T.readInts($T.class, $S, $L)",
          RuntimeTypes.PARAMETER_RESOURCES,
          self(plan),
          plan.resourceName(CLAMPS),
          2 * plan.network().clamps().size());
    }
  }

  private String readMethod() {
    return switch (plan.representation().numbers()) {
      case INT -> "readInts";
      case LONG -> "readLongs";
      case DOUBLE -> "readDoubles";
    };
  }

  /** The resources of the class: none for literal storage. */
  List<GeneratedFile> resources() {
    List<GeneratedFile> files = new ArrayList<>();
    if (plan.representation().storage() == Storage.LITERAL) {
      return files;
    }
    if (!plan.isLattice()) {
      files.add(new GeneratedFile(plan.resourcePath(WEIGHTS), weightBytes()));
    }
    if (!plan.representation().uniformThreshold()) {
      files.add(new GeneratedFile(plan.resourcePath(THRESHOLDS), thresholdBytes()));
    }
    if (!plan.network().clamps().isEmpty()) {
      int[] pairs = new ConstantEmitter(plan).clampPairs();
      files.add(new GeneratedFile(plan.resourcePath(CLAMPS), ints(pairs)));
    }
    if (plan.network().patterns().size() > 0) {
      int[] values = ParameterArrays.patternValues(plan.network().patterns());
      files.add(new GeneratedFile(plan.resourcePath(InfoEmitter.PATTERNS), ints(values)));
    }
    return files;
  }

  private byte[] weightBytes() {
    if (plan.network().parameters() instanceof ExactParameters exact) {
      return exact(ParameterArrays.weights(exact));
    }
    return doubles(ParameterArrays.weights((FloatingParameters) plan.network().parameters()));
  }

  private byte[] thresholdBytes() {
    if (plan.network().parameters() instanceof ExactParameters exact) {
      return exact(exact.thresholds());
    }
    if (plan.network().parameters() instanceof SparseParameters sparse) {
      return exact(sparse.thresholds());
    }
    return doubles(((FloatingParameters) plan.network().parameters()).thresholds());
  }

  /** Scaled numbers as ints or longs, as the representation chose. */
  private byte[] exact(long[] values) {
    return switch (plan.representation().numbers()) {
      case INT -> ints(narrow(values));
      case LONG -> write(out -> ParameterResources.writeLongs(out, values));
      case DOUBLE -> throw new IllegalStateException("exact parameters in a double representation");
    };
  }

  /** The values as ints; the representation chooser has checked that each one fits. */
  private static int[] narrow(long[] values) {
    int[] ints = new int[values.length];
    for (int k = 0; k < values.length; k++) {
      ints[k] = Math.toIntExact(values[k]);
    }
    return ints;
  }

  private static byte[] ints(int[] values) {
    return write(out -> ParameterResources.writeInts(out, values));
  }

  private static byte[] doubles(double[] values) {
    return write(out -> ParameterResources.writeDoubles(out, values));
  }

  private static byte[] write(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    return out.toByteArray();
  }

  /** Something that writes a resource to a stream. */
  @FunctionalInterface
  private interface Writer {
    void writeTo(ByteArrayOutputStream out) throws IOException;
  }
}
