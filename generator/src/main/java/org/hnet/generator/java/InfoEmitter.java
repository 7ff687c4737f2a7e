package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.Storage;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.runtime.PatternSet;

/**
 * What a generated network says about itself: the simple accessors of HopfieldNetwork and the
 * NetworkInfo built once when the class is loaded.
 */
final class InfoEmitter {

  /** The name under which the pattern values are stored in a resource. */
  static final String PATTERNS = "patterns";

  /** The most strings one generated method lists; longer lists are split over several methods. */
  static final int STRINGS_PER_METHOD = 1024;

  private static final TypeName STRING_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
  private static final TypeName ROW_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), ArrayTypeName.of(TypeName.INT));

  private final NetworkPlan plan;
  private final Network network;

  InfoEmitter(NetworkPlan plan) {
    this.plan = plan;
    this.network = plan.network();
  }

  /** {@code public NetworkInfo info() { return INFO; }} */
  MethodSpec info() {
    return Members.override("info", RuntimeTypes.NETWORK_INFO).addStatement("return INFO").build();
  }

  /** {@code public int size() { return SIZE; }} */
  MethodSpec size() {
    return Members.override("size", TypeName.INT).addStatement("return SIZE").build();
  }

  /** {@code public Activation activation() { return ACTIVATION; }} */
  MethodSpec activation() {
    return Members.override("activation", RuntimeTypes.ACTIVATION)
        .addStatement("return ACTIVATION")
        .build();
  }

  /** {@code public boolean isExact() { return true; }} */
  MethodSpec isExact() {
    return Members.override("isExact", TypeName.BOOLEAN)
        .addStatement("return $L", plan.isExact())
        .build();
  }

  /** {@code public long scale() { return SCALE; }} */
  MethodSpec scale() {
    return Members.override("scale", TypeName.LONG).addStatement("return SCALE").build();
  }

  /**
   * {@code createInfo}, called once by the static initializer.
   *
   * <pre>
   * private static NetworkInfo createInfo() {
   *   return new NetworkInfo("rational_tie", "lean.hnet", GENERATOR_VERSION, REPRESENTATION,
   *       neuronNames(), 0, 0, patterns());
   * }
   * </pre>
   */
  MethodSpec createInfo() {
    return MethodSpec.methodBuilder("createInfo")
        .addModifiers(PRIVATE, STATIC)
        .returns(RuntimeTypes.NETWORK_INFO)
        .addStatement(
            "return new $T(\n$S,\n$S,\nGENERATOR_VERSION,\nREPRESENTATION,\nneuronNames(),"
                + "\n$L,\n$L,\npatterns())",
            RuntimeTypes.NETWORK_INFO,
            network.name(),
            plan.sourceLabel(),
            network.rows(),
            network.columns())
        .build();
  }

  /**
   * {@code neuronNames}: a list of literals, or for large networks whose groups make the names, a
   * rebuild from the group table (see {@link #groupHelpers()}).
   *
   * <pre>
   * private static List&lt;String&gt; neuronNames() {
   *   return List.of("a", "b", "c", "d");
   * }
   * </pre>
   */
  List<MethodSpec> neuronNames() {
    if (!plan.namesFromGroups()) {
      return stringList("neuronNames", "The neuron names in index order.", network.neuronNames());
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("neuronNames")
            .addModifiers(PRIVATE, STATIC)
            .returns(STRING_LIST)
            .addJavadoc("The neuron names in index order, rebuilt from the declarations.\n")
            .addStatement("final $T names = new $T<>(SIZE)", STRING_LIST, ArrayList.class);
    for (NeuronGroup group : network.groups()) {
      method.addStatement(addGroup(group));
    }
    return List.of(method.addStatement("return names").build());
  }

  private CodeBlock addGroup(NeuronGroup group) {
    return switch (group.shape()) {
      case SINGLE -> CodeBlock.of("names.add($S)", group.name());
      case RANGE ->
          CodeBlock.of(
              "addRange(names, $S, $L, $L)", group.name(), group.firstLabel(), group.columns());
      case GRID ->
          CodeBlock.of("addGrid(names, $S, $L, $L)", group.name(), group.rows(), group.columns());
    };
  }

  /**
   * The helpers of a rebuild from the group table, when it uses them.
   *
   * <pre>
   * private static void addRange(List&lt;String&gt; names, String group, int first, int count) {
   *   for (int k = 0; k &lt; count; k++) names.add(group + "[" + (first + k) + "]");
   * }
   * private static void addGrid(List&lt;String&gt; names, String group, int rows, int columns) {
   *   for (int r = 0; r &lt; rows; r++)
   *     for (int c = 0; c &lt; columns; c++) names.add(group + "[" + r + ", " + c + "]");
   * }
   * </pre>
   */
  List<MethodSpec> groupHelpers() {
    List<MethodSpec> helpers = new ArrayList<>();
    if (plan.namesFromGroups() && uses(NeuronGroup.Shape.RANGE)) {
      helpers.add(addRange());
    }
    if (plan.namesFromGroups() && uses(NeuronGroup.Shape.GRID)) {
      helpers.add(addGrid());
    }
    return helpers;
  }

  private boolean uses(NeuronGroup.Shape shape) {
    return network.groups().stream().anyMatch(group -> group.shape() == shape);
  }

  private MethodSpec addRange() {
    return MethodSpec.methodBuilder("addRange")
        .addModifiers(PRIVATE, STATIC)
        .addJavadoc("Adds the names group[first], ..., group[first + count - 1].\n")
        .addParameter(STRING_LIST, "names")
        .addParameter(String.class, "group")
        .addParameter(TypeName.INT, "first")
        .addParameter(TypeName.INT, "count")
        .beginControlFlow("for (int k = 0; k < count; k++)")
        .addStatement("names.add(group + $S + (first + k) + $S)", "[", "]")
        .endControlFlow()
        .build();
  }

  private MethodSpec addGrid() {
    return MethodSpec.methodBuilder("addGrid")
        .addModifiers(PRIVATE, STATIC)
        .addJavadoc("Adds the names group[r, c] row by row.\n")
        .addParameter(STRING_LIST, "names")
        .addParameter(String.class, "group")
        .addParameter(TypeName.INT, "rows")
        .addParameter(TypeName.INT, "columns")
        .beginControlFlow("for (int r = 0; r < rows; r++)")
        .beginControlFlow("for (int c = 0; c < columns; c++)")
        .addStatement("names.add(group + $S + r + $S + c + $S)", "[", ", ", "]")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /**
   * {@code patterns}: the stored patterns, as literals or read from the resource, with their labels
   * (see {@link #patternLabels()}).
   *
   * <pre>
   * private static PatternSet patterns() {
   *   final List&lt;int[]&gt; rows = List.of(new int[] {1, 1, -1, -1}, new int[] {-1, 1, -1, 1});
   *   return new PatternSet(ACTIVATION, SIZE, rows, patternLabels());
   * }
   * </pre>
   */
  MethodSpec patterns() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("patterns")
            .addModifiers(PRIVATE, STATIC)
            .addJavadoc("The stored patterns, in the activation of this network.\n")
            .returns(RuntimeTypes.PATTERN_SET);
    PatternSet patterns = network.patterns();
    if (patterns.size() == 0) {
      return method
          .addStatement("return $T.empty(ACTIVATION, SIZE)", RuntimeTypes.PATTERN_SET)
          .build();
    }
    if (plan.representation().storage() == Storage.LITERAL) {
      method.addStatement("final $T rows = $L", ROW_LIST, literalRows(patterns));
    } else {
      readRows(method, patterns.size());
    }
    return method
        .addStatement(
            "return new $T(ACTIVATION, SIZE, rows, patternLabels())", RuntimeTypes.PATTERN_SET)
        .build();
  }

  private CodeBlock literalRows(PatternSet patterns) {
    List<CodeBlock> rows = new ArrayList<>();
    for (int[] row : patterns.rows()) {
      CodeBlock values = ArrayLiterals.initializer(ArrayLiterals.intElements(row), row.length);
      rows.add(CodeBlock.of("new int[] $L", values));
    }
    return CodeBlock.builder()
        .add("$T.of(\n", List.class)
        .add(CodeBlock.join(rows, ",\n"))
        .add(")")
        .build();
  }

  private void readRows(MethodSpec.Builder method, int count) {
    method
        .addStatement(
            "final int[] values =$W$T.readInts($T.class, $S, $L * SIZE)",
            RuntimeTypes.PARAMETER_RESOURCES,
            ResourceEmitter.self(plan),
            plan.resourceName(PATTERNS),
            count)
        .addStatement("final $T rows = new $T<>($L)", ROW_LIST, ArrayList.class, count)
        .beginControlFlow("for (int k = 0; k < $L; k++)", count)
        .addStatement("rows.add($T.copyOfRange(values, k * SIZE, (k + 1) * SIZE))", Arrays.class)
        .endControlFlow();
  }

  /** {@code private static List<String> patternLabels() { return List.of("p0", "p1"); }} */
  List<MethodSpec> patternLabels() {
    if (network.patterns().size() == 0) {
      return List.of();
    }
    return stringList(
        "patternLabels", "The labels of the stored patterns.", network.patterns().labels());
  }

  /**
   * A method returning a list of string literals; beyond {@value #STRINGS_PER_METHOD} strings the
   * literals are spread over helper methods ({@code neuronNames0}, ...), since one method holds at
   * most 64 KiB of bytecode.
   */
  private List<MethodSpec> stringList(String name, String javadoc, List<String> values) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(PRIVATE, STATIC)
            .returns(STRING_LIST)
            .addJavadoc("$L\n", javadoc);
    if (values.size() <= STRINGS_PER_METHOD) {
      return List.of(method.addStatement("return $L", literalList(values)).build());
    }
    List<MethodSpec> methods = new ArrayList<>();
    method.addStatement(
        "final $T values = new $T<>($L)", STRING_LIST, ArrayList.class, values.size());
    for (int start = 0, k = 0; start < values.size(); start += STRINGS_PER_METHOD, k++) {
      List<String> chunk =
          values.subList(start, Math.min(values.size(), start + STRINGS_PER_METHOD));
      method.addStatement("values.addAll($L$L())", name, k);
      methods.add(
          MethodSpec.methodBuilder(name + k)
              .addModifiers(PRIVATE, STATIC)
              .returns(STRING_LIST)
              .addStatement("return $L", literalList(chunk))
              .build());
    }
    methods.add(0, method.addStatement("return values").build());
    return methods;
  }

  private static CodeBlock literalList(List<String> values) {
    List<String> literals = new ArrayList<>();
    for (String value : values) {
      literals.add(CommentText.quote(value));
    }
    return ArrayLiterals.listOf(literals);
  }
}
