package org.hnet.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hnet.generator.java.NetworkClassEmitter;
import org.hnet.generator.plan.ClassNaming;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;

/**
 * Turns a checked model into Java: one {@code final} class per network, implementing {@code
 * org.hnet.runtime.HopfieldNetwork} and needing nothing but the runtime, plus a binary resource
 * beside each class whose parameters are too many for array literals.
 *
 * <p>Generation happens in two phases: {@link #plan} decides each class's name and representation
 * (recorded in its header), then one emitter per kind of member writes the code. The generator
 * writes no files; {@link GeneratedFiles#writeAtomically} does. Generating the same model twice
 * gives the same bytes.
 */
public final class JavaGenerator {

  /** The version of this generator, written into every generated class. */
  public static final String VERSION = loadVersion();

  private JavaGenerator() {}

  /** The files for every network of {@code model}: per network its source, then its resources. */
  public static List<GeneratedFile> generate(Model model, GeneratorOptions options) {
    List<GeneratedFile> files = new ArrayList<>();
    for (NetworkPlan plan : plan(model, options)) {
      files.addAll(NetworkClassEmitter.of(plan).files());
    }
    return files;
  }

  /** What {@link #generate} will produce for each network, in file order, without writing code. */
  public static List<NetworkPlan> plan(Model model, GeneratorOptions options) {
    List<Network> networks = model.networks();
    List<String> classNames = ClassNaming.classNames(networks.stream().map(Network::name).toList());
    List<NetworkPlan> plans = new ArrayList<>();
    for (int k = 0; k < networks.size(); k++) {
      plans.add(
          NetworkPlan.of(
              networks.get(k),
              options.packageName(),
              classNames.get(k),
              options.sourceLabel(),
              VERSION));
    }
    return plans;
  }

  private static String loadVersion() {
    try (InputStream in = JavaGenerator.class.getResourceAsStream("generator.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "hnet-generator is incomplete: generator.properties is missing");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read hnet-generator's generator.properties", e);
    }
  }
}
