package org.hnet.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Java classes of the {@code .hnet} models in {@code src/main/hnet} and adds them to
 * the compile sources, incrementally: a model whose file, pattern files, configuration and
 * generator are unchanged since the last build is not generated again, and the classes of a deleted
 * model are deleted. Errors in a model fail the build with every diagnostic as {@code
 * file:line:col}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {

  /** The directory searched for models. */
  @Parameter(defaultValue = "${project.basedir}/src/main/hnet", required = true)
  private File sourceDirectory;

  /** Where the Java classes are generated; added as a compile source root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/hnet", required = true)
  private File outputDirectory;

  /**
   * Where the binary parameter files of large networks are generated (they must sit beside the
   * classes); added as a resource root.
   */
  @Parameter(defaultValue = "${project.build.directory}/generated-resources/hnet", required = true)
  private File resourceOutputDirectory;

  /** Where exports are written; by default beside the classes, in the resource root. */
  @Parameter(defaultValue = "${project.build.directory}/generated-resources/hnet", required = true)
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
    return SourceRootRegistrar.MAIN;
  }
}
