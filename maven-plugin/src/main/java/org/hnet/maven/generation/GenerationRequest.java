package org.hnet.maven.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hnet.lang.LoaderOptions;

/**
 * What to generate and where: one goal execution of the plugin, or one test.
 *
 * @param sourceDirectory the directory searched for models
 * @param includes patterns of the models to generate, relative to the source directory
 * @param excludes patterns of files to leave out although included
 * @param packageName the package of every generated class; empty to derive it from each model's
 *     folder below the source directory
 * @param sourceOutput the source root that receives the generated Java files
 * @param resourceOutput the resource root that receives the binary parameter files beside the
 *     classes
 * @param exports the kinds of export to write for each model, such as {@code json}
 * @param exportOutput the directory that receives the exports
 * @param maxNeurons the most neurons a network may declare
 * @param stateFile the file that keeps the incremental state between builds
 */
public record GenerationRequest(
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    Optional<String> packageName,
    Path sourceOutput,
    Path resourceOutput,
    List<String> exports,
    Path exportOutput,
    int maxNeurons,
    Path stateFile) {

  /** The default include: every {@code .hnet} file at any depth. */
  public static final String DEFAULT_INCLUDE = "**/*.hnet";

  /** Copies the lists and makes every path absolute. */
  public GenerationRequest {
    sourceDirectory = absolute(sourceDirectory, "sourceDirectory");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(packageName, "packageName");
    sourceOutput = absolute(sourceOutput, "sourceOutput");
    resourceOutput = absolute(resourceOutput, "resourceOutput");
    exports = List.copyOf(exports);
    exportOutput = absolute(exportOutput, "exportOutput");
    stateFile = absolute(stateFile, "stateFile");
  }

  /**
   * A request with the defaults: every {@code .hnet} file, packages from folders, no export
   * (written into the resource root if enabled), the default neuron limit.
   */
  public static GenerationRequest of(
      Path sourceDirectory, Path sourceOutput, Path resourceOutput, Path stateFile) {
    return new GenerationRequest(
        sourceDirectory,
        List.of(DEFAULT_INCLUDE),
        List.of(),
        Optional.empty(),
        sourceOutput,
        resourceOutput,
        List.of(),
        resourceOutput,
        LoaderOptions.DEFAULT_MAX_NEURONS,
        stateFile);
  }

  /** This request with other include and exclude patterns. */
  public GenerationRequest withPatterns(List<String> includes, List<String> excludes) {
    return new GenerationRequest(
        sourceDirectory,
        includes,
        excludes,
        packageName,
        sourceOutput,
        resourceOutput,
        exports,
        exportOutput,
        maxNeurons,
        stateFile);
  }

  /** This request with one package for every model. */
  public GenerationRequest withPackage(String name) {
    return new GenerationRequest(
        sourceDirectory,
        includes,
        excludes,
        Optional.of(name),
        sourceOutput,
        resourceOutput,
        exports,
        exportOutput,
        maxNeurons,
        stateFile);
  }

  /** This request with exports of the given kinds, written into {@code directory}. */
  public GenerationRequest withExports(List<String> kinds, Path directory) {
    return new GenerationRequest(
        sourceDirectory,
        includes,
        excludes,
        packageName,
        sourceOutput,
        resourceOutput,
        kinds,
        directory,
        maxNeurons,
        stateFile);
  }

  /** This request with another limit on the neurons of a network. */
  public GenerationRequest withMaxNeurons(int limit) {
    return new GenerationRequest(
        sourceDirectory,
        includes,
        excludes,
        packageName,
        sourceOutput,
        resourceOutput,
        exports,
        exportOutput,
        limit,
        stateFile);
  }

  private static Path absolute(Path path, String name) {
    return Objects.requireNonNull(path, name).toAbsolutePath().normalize();
  }
}
