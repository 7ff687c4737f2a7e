package org.hnet.generator;

import java.nio.file.Path;
import java.util.List;
import org.hnet.lang.LoadResult;
import org.hnet.lang.LoaderOptions;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;

/**
 * The one path from a model file to generated files, shared by the command line, the Maven plugin
 * and the tests: load and check the file, then, when it has no error, plan and generate its
 * classes. It knows nothing of Maven or of a terminal, and it writes nothing until asked.
 */
public final class HnetCompiler {
  private final ModelLoader loader;

  private HnetCompiler(ModelLoader loader) {
    this.loader = loader;
  }

  /** A compiler with the default limits. */
  public static HnetCompiler of() {
    return new HnetCompiler(ModelLoader.of());
  }

  /** A compiler whose front end uses {@code options} (for example a raised neuron limit). */
  public static HnetCompiler of(LoaderOptions options) {
    return new HnetCompiler(ModelLoader.of(options));
  }

  /**
   * Loads, checks and generates one model file.
   *
   * @param modelFile the {@code .hnet} file
   * @param packageName the package of the generated classes; empty for the unnamed package
   * @param sourceLabel how generated headers name the file, e.g. its path relative to a source root
   * @return the diagnostics and, when there is no error, the plans and files
   */
  public Compilation compile(Path modelFile, String packageName, String sourceLabel) {
    GeneratorOptions options = GeneratorOptions.of(packageName, sourceLabel);
    LoadResult load = loader.load(modelFile);
    if (load.model().isEmpty()) {
      return new Compilation(load, List.of(), List.of());
    }
    Model model = load.model().get();
    return new Compilation(
        load, JavaGenerator.plan(model, options), JavaGenerator.generate(model, options));
  }
}
