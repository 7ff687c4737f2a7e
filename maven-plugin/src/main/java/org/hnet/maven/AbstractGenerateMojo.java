package org.hnet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.hnet.maven.generation.GenerationFailure;
import org.hnet.maven.generation.GenerationRequest;
import org.hnet.maven.generation.GenerationService;

/**
 * What the {@code generate} and {@code generate-test} goals share: the parameters that have the
 * same default in both, and the step from the configuration to the generation service and back.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

  /**
   * The package of every generated class. By default a model's classes go into the package named by
   * its folder below the source directory, as the ANTLR plugin does: {@code
   * src/main/hnet/org/example/memory.hnet} gives {@code org.example}, and a model directly in the
   * source directory gives the unnamed package. Setting this puts every model of the execution into
   * one package.
   */
  @Parameter private String packageName;

  /**
   * Which files below the source directory are models, as Maven include patterns. Default: {@code
   * **}{@code /*.hnet}.
   */
  @Parameter private List<String> includes = List.of(GenerationRequest.DEFAULT_INCLUDE);

  /** Files below the source directory to leave out although included. Default: none. */
  @Parameter private List<String> excludes = List.of();

  /**
   * Files to write for each model besides its classes, by kind: {@code json}, its JSON spec ({@code
   * digits.spec.json}), and {@code lean}, a Lean 4 file that instantiates the formalization ({@code
   * Digits.lean}). They go into the export directory, in the folder of the model's package.
   * Default: none.
   */
  @Parameter private List<String> exports = List.of();

  /** Skips the goal: nothing is generated, and no source root is added. */
  @Parameter(property = "hnet.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The most neurons a network may declare; a larger network is an error (HN109) before its dense
   * weights, 8 n^2 bytes, take the build's memory. At most 46340.
   */
  @Parameter(property = "hnet.maxNeurons", defaultValue = "10000")
  private int maxNeurons;

  /** The project whose source roots receive the generated directories. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** This goal execution, whose id names its incremental state file. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  /** The directory searched for models. */
  abstract File sourceDirectory();

  /** The source root that receives the generated classes. */
  abstract File outputDirectory();

  /** The resource root that receives the binary files beside the classes. */
  abstract File resourceOutputDirectory();

  /** The directory that receives the exports. */
  abstract File exportDirectory();

  /** Where the generated roots go: main or test. */
  abstract SourceRootRegistrar registrar();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("hnet.skip is set: no classes generated");
      return;
    }
    GenerationRequest request = request();
    try {
      GenerationService.of(new MavenBuildLog(getLog())).generate(request);
    } catch (GenerationFailure failure) {
      failure.report().lines().forEach(getLog()::error);
      throw new MojoFailureException(failure.getMessage(), failure);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("hnet could not generate the models: " + e, e);
    }
    registrar().register(project, request.sourceOutput(), request.resourceOutput());
  }

  private GenerationRequest request() {
    return new GenerationRequest(
        sourceDirectory().toPath(),
        nonNull(includes, List.of(GenerationRequest.DEFAULT_INCLUDE)),
        nonNull(excludes, List.of()),
        Optional.ofNullable(packageName),
        outputDirectory().toPath(),
        resourceOutputDirectory().toPath(),
        nonNull(exports, List.of()),
        exportDirectory().toPath(),
        maxNeurons,
        stateFile());
  }

  private Path stateFile() {
    String goal = mojoExecution.getGoal();
    String id = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(project.getBuild().getDirectory(), "hnet-state", goal + "-" + id + ".state");
  }

  private static List<String> nonNull(List<String> values, List<String> otherwise) {
    return values == null || values.isEmpty() ? otherwise : values;
  }
}
