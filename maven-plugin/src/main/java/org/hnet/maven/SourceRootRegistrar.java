package org.hnet.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Adds generated directories to a project: the Java output as a compile (or test-compile) source
 * root, the resource output as a resource (or test resource) root, so that the binary parameter
 * files end up beside the compiled classes. No build-helper plugin is needed.
 */
enum SourceRootRegistrar {
  /** The main sources and resources. */
  MAIN {
    @Override
    void addSourceRoot(MavenProject project, Path directory) {
      project.addCompileSourceRoot(directory.toString());
    }

    @Override
    List<Resource> resources(MavenProject project) {
      return project.getResources();
    }

    @Override
    void addResource(MavenProject project, Resource resource) {
      project.addResource(resource);
    }
  },

  /** The test sources and resources. */
  TEST {
    @Override
    void addSourceRoot(MavenProject project, Path directory) {
      project.addTestCompileSourceRoot(directory.toString());
    }

    @Override
    List<Resource> resources(MavenProject project) {
      return project.getTestResources();
    }

    @Override
    void addResource(MavenProject project, Resource resource) {
      project.addTestResource(resource);
    }
  };

  /**
   * Registers the directories that exist (a build that never generated anything adds no empty
   * roots), each at most once however many executions share it.
   */
  void register(MavenProject project, Path sourceOutput, Path resourceOutput) {
    if (Files.isDirectory(sourceOutput)) {
      addSourceRoot(project, sourceOutput);
    }
    if (Files.isDirectory(resourceOutput) && !hasResource(project, resourceOutput)) {
      Resource resource = new Resource();
      resource.setDirectory(resourceOutput.toString());
      addResource(project, resource);
    }
  }

  private boolean hasResource(MavenProject project, Path directory) {
    return resources(project).stream()
        .anyMatch(r -> r.getDirectory() != null && Path.of(r.getDirectory()).equals(directory));
  }

  abstract void addSourceRoot(MavenProject project, Path directory);

  abstract List<Resource> resources(MavenProject project);

  abstract void addResource(MavenProject project, Resource resource);
}
