package org.hnet.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Java classes of the {@code .hnet} models in {@code src/test/hnet} and adds them to
 * the test sources, incrementally: a model whose file, pattern files, configuration and generator
 * are unchanged since the last build is not generated again, and the classes of a deleted model are
 * deleted. Errors in a model fail the build with every diagnostic as {@code file:line:col}.
 */
@Mojo(
    name = "generate-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {

  /** The directory searched for models. */
  @Parameter(defaultValue = "${project.basedir}/src/test/hnet", required = true)
  private File sourceDirectory;

  /** Where the Java classes are generated; added as a test-compile source root. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-test-sources/hnet",
      required = true)
  private File outputDirectory;

  /**
   * Where the binary parameter files of large networks are generated (they must sit beside the
   * classes); added as a test resource root.
   */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-test-resources/hnet",
      required = true)
  private File resourceOutputDirectory;

  /** Where exports are written; by default beside the classes, in the test resource root. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-test-resources/hnet",
      required = true)
  private File exportDirectory;

  @Override
  File sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  File resourceOutputDirectory() {
    return resourceOutputDirectory;
  }

  @Override
  File exportDirectory() {
    return exportDirectory;
  }

  @Override
  SourceRootRegistrar registrar() {
    return SourceRootRegistrar.TEST;
  }
}
