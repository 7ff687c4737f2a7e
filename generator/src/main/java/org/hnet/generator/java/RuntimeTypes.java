package org.hnet.generator.java;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The runtime types generated code refers to, named in one place so that a test can check each one
 * against the runtime. The generator never loads these classes: it only writes their names.
 */
public final class RuntimeTypes {

  private static final String RUNTIME = "org.hnet.runtime";
  private static final String INTERNAL = "org.hnet.runtime.internal";

  /** The deterministic contract every generated class implements. */
  public static final ClassName HOPFIELD_NETWORK = ClassName.get(RUNTIME, "HopfieldNetwork");

  /** The stochastic contract every generated class implements (it extends HopfieldNetwork). */
  public static final ClassName STOCHASTIC_NETWORK = ClassName.get(RUNTIME, "StochasticNetwork");

  /** The floating-point expressions of Gibbs and Metropolis updates. */
  public static final ClassName STOCHASTIC_RULE = ClassName.get(RUNTIME, "StochasticRule");

  /** The values neurons take. */
  public static final ClassName ACTIVATION = ClassName.get(RUNTIME, "Activation");

  /** What {@code info()} returns. */
  public static final ClassName NETWORK_INFO = ClassName.get(RUNTIME, "NetworkInfo");

  /** The stored patterns in a network's info. */
  public static final ClassName PATTERN_SET = ClassName.get(RUNTIME, "PatternSet");

  /** The check, run when a generated class is loaded, that the runtime fits its generator. */
  public static final ClassName RUNTIME_VERSION = ClassName.get(INTERNAL, "RuntimeVersion");

  /** The reader of the binary resources that hold the parameters of large networks. */
  public static final ClassName PARAMETER_RESOURCES = ClassName.get(INTERNAL, "ParameterResources");

  /** The annotation on every generated class (source retention, from the JDK). */
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}

  /** Every runtime type above, for the test that checks them against the runtime. */
  public static List<ClassName> all() {
    return List.of(
        HOPFIELD_NETWORK,
        STOCHASTIC_NETWORK,
        STOCHASTIC_RULE,
        ACTIVATION,
        NETWORK_INFO,
        PATTERN_SET,
        RUNTIME_VERSION,
        PARAMETER_RESOURCES);
  }
}
