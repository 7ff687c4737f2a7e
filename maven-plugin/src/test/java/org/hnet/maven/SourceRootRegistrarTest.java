package org.hnet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootRegistrarTest {

  @TempDir Path folder;

  @Test
  void mainRootsAreAddedOnceHoweverManyExecutionsShareThem() throws Exception {
    MavenProject project = new MavenProject();
    Path sources = Files.createDirectories(folder.resolve("generated-sources/hnet"));
    Path resources = Files.createDirectories(folder.resolve("generated-resources/hnet"));

    SourceRootRegistrar.MAIN.register(project, sources, resources);
    SourceRootRegistrar.MAIN.register(project, sources, resources);

    assertThat(project.getCompileSourceRoots()).containsExactly(sources.toString());
    assertThat(project.getResources())
        .extracting(Resource::getDirectory)
        .containsExactly(resources.toString());
    assertThat(project.getTestCompileSourceRoots()).isEmpty();
    assertThat(project.getTestResources()).isEmpty();
  }

  @Test
  void testRootsGoToTheTestSourcesAndResources() throws Exception {
    MavenProject project = new MavenProject();
    Path sources = Files.createDirectories(folder.resolve("generated-test-sources/hnet"));
    Path resources = Files.createDirectories(folder.resolve("generated-test-resources/hnet"));

    SourceRootRegistrar.TEST.register(project, sources, resources);

    assertThat(project.getTestCompileSourceRoots()).containsExactly(sources.toString());
    assertThat(project.getTestResources())
        .extracting(Resource::getDirectory)
        .containsExactly(resources.toString());
    assertThat(project.getCompileSourceRoots()).isEmpty();
  }

  @Test
  void directoriesThatWereNeverWrittenAreNotAdded() {
    MavenProject project = new MavenProject();

    SourceRootRegistrar.MAIN.register(
        project, folder.resolve("absent-sources"), folder.resolve("absent-resources"));

    assertThat(project.getCompileSourceRoots()).isEmpty();
    assertThat(project.getResources()).isEmpty();
  }
}
