package org.hnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hnet.generator.Compilation;
import org.hnet.generator.HnetCompiler;
import org.hnet.lang.LoadResult;
import org.hnet.lang.LoaderOptions;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The model file and front-end options every command that reads a model shares. */
final class ModelOptions {

  @Parameters(index = "0", paramLabel = "MODEL", description = "The .hnet model file.")
  Path model;

  @Option(
      names = "--max-neurons",
      paramLabel = "N",
      description =
          "Refuse networks with more than N neurons (default: ${DEFAULT-VALUE}, at most "
              + LoaderOptions.MAX_SUPPORTED
              + "). A network of n neurons needs about 40 n^2 bytes while it is checked: give"
              + " Java that much (see Memory below).")
  int maxNeurons = LoaderOptions.DEFAULT_MAX_NEURONS;

  /**
   * Loads, checks and generates the model into {@code packageName}, printing every diagnostic to
   * {@code err}.
   *
   * @throws CommandFailure with exit code 2 when the model has errors or the limit is invalid
   */
  Compilation compile(String packageName, PrintWriter err) {
    Compilation compilation = HnetCompiler.of(loaderOptions()).compile(model, packageName, label());
    report(compilation.load(), err);
    return compilation;
  }

  /**
   * Loads and checks the model without generating code, printing every diagnostic to {@code err}.
   *
   * @throws CommandFailure with exit code 2 when the model has errors or the limit is invalid
   */
  Model load(PrintWriter err) {
    LoadResult load = ModelLoader.of(loaderOptions()).load(model);
    report(load, err);
    return load.model().orElseThrow();
  }

  /** How messages and generated headers name the model file: as the user wrote it. */
  String label() {
    return model.toString();
  }

  private LoaderOptions loaderOptions() {
    try {
      return LoaderOptions.defaults().withMaxNeurons(maxNeurons);
    } catch (IllegalArgumentException bad) {
      throw CommandFailure.invalid("--max-neurons: " + bad.getMessage());
    }
  }

  private static void report(LoadResult load, PrintWriter err) {
    if (!load.diagnostics().isEmpty()) {
      err.print(load.report());
      err.flush();
    }
    if (load.hasErrors()) {
      throw CommandFailure.invalid("the model has errors; nothing was done");
    }
  }
}
