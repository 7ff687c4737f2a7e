package org.hnet.cli;

import java.util.List;
import org.hnet.generator.CompilationException;
import org.hnet.generator.CompiledClasses;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.InMemoryCompiler;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.Network;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkInfo;
import org.hnet.runtime.ReferenceNetwork;

/** Makes runnable networks: generated and compiled in memory, or the reference implementation. */
final class Instances {
  private final CompiledClasses classes;

  private Instances(CompiledClasses classes) {
    this.classes = classes;
  }

  /** Compiles every generated file once; {@code interpret} skips compilation altogether. */
  static Instances of(List<GeneratedFile> files, boolean interpret) {
    if (interpret) {
      return new Instances(null);
    }
    try {
      return new Instances(InMemoryCompiler.withCurrentClassPath().compile(files));
    } catch (CompilationException e) {
      throw new IllegalStateException(
          "the generated code does not compile:\n" + String.join("\n", e.errors()), e);
    }
  }

  /** A fresh instance of the network of {@code plan}. */
  HopfieldNetwork create(NetworkPlan plan, String sourceLabel) {
    if (classes == null) {
      return ReferenceNetwork.of(
          plan.network().parameters(), referenceInfo(plan.network(), sourceLabel));
    }
    return classes.newInstance(plan.qualifiedClassName(), HopfieldNetwork.class);
  }

  /** Whether networks are interpreted by the reference implementation. */
  boolean interpreted() {
    return classes == null;
  }

  private static NetworkInfo referenceInfo(Network network, String sourceLabel) {
    return new NetworkInfo(
        network.name(),
        sourceLabel,
        "reference",
        "reference implementation",
        network.neuronNames(),
        network.rows(),
        network.columns(),
        network.patterns());
  }
}
