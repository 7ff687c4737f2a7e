package org.hnet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the plugin's shape: Maven types stay in the goals, and the goals stay thin. */
class PluginStructureTest {
  private static final Path SOURCES = Path.of("src/main/java/org/hnet/maven");

  @Test
  void theGenerationServiceKnowsNothingOfMaven() throws IOException {
    for (Path file : javaFiles(SOURCES.resolve("generation"))) {
      assertThat(Files.readString(file))
          .as(file.toString())
          .doesNotContain("import org.apache.maven")
          .doesNotContain("import org.codehaus");
    }
  }

  @Test
  void theGoalsOnlyAdaptTheirConfigurationAndLog() throws IOException {
    for (Path file : javaFiles(SOURCES)) {
      if (file.getParent().equals(SOURCES)) {
        long lines = Files.readAllLines(file).size();
        assertThat(lines).as(file.toString()).isLessThan(160);
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("HnetCompiler");
      }
    }
  }

  @Test
  void theM2eMetadataCoversBothGoals() throws IOException {
    String metadata =
        Files.readString(Path.of("src/main/resources/META-INF/m2e/lifecycle-mapping-metadata.xml"));

    assertThat(metadata).contains("<goal>generate</goal>").contains("<goal>generate-test</goal>");
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
