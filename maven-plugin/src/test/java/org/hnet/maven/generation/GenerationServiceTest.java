package org.hnet.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationServiceTest {
  private static final String MEMORY_CLASS = "generated-sources/hnet/Memory.java";
  private static final String FILED_CLASS = "generated-sources/hnet/org/example/Filed.java";

  @TempDir Path folder;
  private Project project;

  @BeforeEach
  void twoModels() {
    project = new Project(folder);
    project.write("memory.hnet", Project.MEMORY);
    project.write("org/example/filed.hnet", Project.FILED);
    project.write("org/example/stored.txt", "++--\n");
  }

  @Test
  void generatesEachModelIntoThePackageNamedByItsFolder() throws Exception {
    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).containsExactly("memory.hnet", "org/example/filed.hnet");
    assertThat(project.outputs()).containsExactly(MEMORY_CLASS, FILED_CLASS);
    assertThat(Files.readString(project.out.resolve("org/example/Filed.java")))
        .contains("package org.example;")
        .contains("\"org/example/filed.hnet\"");
    assertThat(Files.readString(project.out.resolve("Memory.java"))).doesNotContain("package ");
    assertThat(project.info)
        .containsExactly("generating memory.hnet", "generating org/example/filed.hnet");
  }

  @Test
  void aSecondRunWithNothingChangedWritesNothing() throws Exception {
    project.generate();
    project.ageOutputs();

    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).isEmpty();
    assertThat(summary.upToDate()).containsExactly("memory.hnet", "org/example/filed.hnet");
    assertThat(project.info).containsExactly("2 models up to date");
    assertThat(project.rewritten()).isEmpty();
  }

  @Test
  void aChangedModelIsGeneratedAgainAloneAndARenamedNetworkLeavesNoOldClass() throws Exception {
    project.generate();
    project.ageOutputs();

    project.write("memory.hnet", Project.MEMORY.replace("network memory", "network recall"));
    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).containsExactly("memory.hnet");
    assertThat(project.info)
        .containsExactly("1 model up to date", "generating memory.hnet (memory.hnet changed)");
    assertThat(project.outputs())
        .containsExactly("generated-sources/hnet/Recall.java", FILED_CLASS);
    assertThat(project.rewritten()).containsExactly("generated-sources/hnet/Recall.java");
  }

  @Test
  void aChangedPatternFileRegeneratesTheModelThatReadsIt() throws Exception {
    project.generate();
    String before = Files.readString(project.out.resolve("org/example/Filed.java"));

    project.write("org/example/stored.txt", "+-+-\n");
    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).containsExactly("org/example/filed.hnet");
    assertThat(project.info)
        .contains("generating org/example/filed.hnet (org/example/stored.txt changed)");
    assertThat(Files.readString(project.out.resolve("org/example/Filed.java")))
        .isNotEqualTo(before);
  }

  @Test
  void touchingAModelWithoutChangingItRegeneratesNothing() throws Exception {
    project.generate();

    Files.setLastModifiedTime(project.sources.resolve("memory.hnet"), FileTime.fromMillis(0));
    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).isEmpty();
  }

  @Test
  void theOutputsOfADeletedModelAreRemovedWithTheirEmptyFolders() throws Exception {
    project.generate();

    Files.delete(project.sources.resolve("org/example/filed.hnet"));
    GenerationSummary summary = project.generate();

    assertThat(summary.removed()).containsExactly("org/example/filed.hnet");
    assertThat(project.info)
        .containsExactly(
            "1 model up to date", "removing the outputs of org/example/filed.hnet, which is gone");
    assertThat(project.outputs()).containsExactly(MEMORY_CLASS);
    assertThat(project.out.resolve("org")).doesNotExist();
  }

  @Test
  void aMissingSourceDirectoryRemovesWhatItsModelsGenerated() throws Exception {
    project.generate();

    deleteTree(project.sources);
    project.generate();

    assertThat(project.outputs()).isEmpty();
    assertThat(project.info).contains("no .hnet models in " + project.sources);
  }

  @Test
  void aDeletedOutputIsGeneratedAgain() throws Exception {
    project.generate();

    Files.delete(project.out.resolve("Memory.java"));
    project.generate();

    assertThat(project.info).contains("generating memory.hnet (an output is missing)");
    assertThat(project.outputs()).contains(MEMORY_CLASS);
  }

  @Test
  void anotherGeneratorVersionRegeneratesEveryModel() throws Exception {
    project.generate(project.request(), new GeneratorFingerprint("1.0", "abc"));

    project.generate(project.request(), new GeneratorFingerprint("1.1", "abc"));

    assertThat(project.info)
        .containsExactly(
            "the hnet generator changed from 1.0 to 1.1: generating every model",
            "generating memory.hnet (the generator changed)",
            "generating org/example/filed.hnet (the generator changed)");
  }

  @Test
  void aRebuiltSnapshotOfTheGeneratorRegeneratesEveryModel() throws Exception {
    project.generate(project.request(), new GeneratorFingerprint("1.0-SNAPSHOT", "abc"));

    GenerationSummary summary =
        project.generate(project.request(), new GeneratorFingerprint("1.0-SNAPSHOT", "abd"));

    assertThat(summary.generated()).hasSize(2);
    assertThat(project.info.get(0))
        .isEqualTo("the hnet generator 1.0-SNAPSHOT was rebuilt: generating every model");
  }

  @Test
  void aStateFileOfAnotherFormatVersionIsNotTrusted() throws Exception {
    project.generate();

    Files.writeString(project.state, "hnet-generation-state\t99\n");
    GenerationSummary summary = project.generate();

    assertThat(summary.generated()).hasSize(2);
    assertThat(project.info.get(0))
        .isEqualTo(
            "the incremental state "
                + project.state
                + " is of another format: generating every model");
    assertThat(Files.readAllLines(project.state).get(0)).isEqualTo("hnet-generation-state\t1");
  }

  @Test
  void aConfiguredPackageOverridesTheFoldersAndChangingItMovesTheClasses() throws Exception {
    project.generate();

    GenerationSummary summary =
        project.generate(project.request().withPackage("com.acme"), GeneratorFingerprint.current());

    assertThat(summary.generated()).hasSize(2);
    assertThat(project.outputs())
        .containsExactly(
            "generated-sources/hnet/com/acme/Filed.java",
            "generated-sources/hnet/com/acme/Memory.java");
    assertThat(project.info).contains("generating memory.hnet (the configuration changed)");
  }

  @Test
  void errorsInModelsFailWithEveryDiagnosticAndWriteNothing() throws Exception {
    project.generate();
    project.ageOutputs();
    String state = Files.readString(project.state);
    Path broken = project.write("broken.hnet", Project.BROKEN);
    Path other = project.write("more/broken.hnet", Project.BROKEN);
    project.write("memory.hnet", Project.MEMORY.replace("network memory", "network recall"));

    assertThatThrownBy(project::generate)
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            failure -> {
              assertThat(failure.problems())
                  .containsExactly(
                      broken + ":4:17: error: character 'x' in a pattern: expected + or - [HN074]",
                      broken
                          + ":6:14: error: threshold vector has 2 values, but network 'bad'"
                          + " has 4 neurons [HN060]",
                      other + ":4:17: error: character 'x' in a pattern: expected + or - [HN074]",
                      other
                          + ":6:14: error: threshold vector has 2 values, but network 'bad'"
                          + " has 4 neurons [HN060]");
              assertThat(failure.getMessage())
                  .startsWith("4 errors in 2 .hnet models:")
                  .contains(broken + ":4:17: error:");
              assertThat(failure.report()).contains("    patterns { \"++x-\"; }");
            });
    assertThat(project.outputs()).containsExactly(MEMORY_CLASS, FILED_CLASS);
    assertThat(project.rewritten()).isEmpty();
    assertThat(Files.readString(project.state)).isEqualTo(state);
  }

  @Test
  void aFolderThatIsNoPackageNameFailsWithAHint() throws Exception {
    Path model = project.write("lean-hebbian/lean.hnet", Project.MEMORY);

    assertThatThrownBy(project::generate)
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            failure ->
                assertThat(failure.problems())
                    .containsExactly(
                        model
                            + ": its folder 'lean-hebbian' is not a Java package name, so it names"
                            + " no package for the classes; move the model or configure"
                            + " <packageName>"));
    assertThat(project.outputs()).isEmpty();
  }

  @Test
  void twoModelsThatGenerateTheSameClassFail() throws Exception {
    project.write("copy.hnet", Project.MEMORY);

    assertThatThrownBy(project::generate)
        .isInstanceOfSatisfying(
            GenerationFailure.class,
            failure ->
                assertThat(failure.problems())
                    .containsExactly(
                        "copy.hnet and memory.hnet both generate "
                            + project.out.resolve("Memory.java")
                            + "; rename a network or give the models different packages"));
    assertThat(project.outputs()).isEmpty();
  }

  @Test
  void excludedModelsAreLeftOut() throws Exception {
    GenerationSummary summary =
        project.generate(
            project.request().withPatterns(List.of("**/*.hnet"), List.of("org/**")),
            GeneratorFingerprint.current());

    assertThat(summary.generated()).containsExactly("memory.hnet");
  }

  @Test
  void largeNetworksKeepTheirParametersInTheResourceRoot() throws Exception {
    // 100 neurons: 10,000 weights, more than the 4096 a class holds as array literals
    String pattern = "+-".repeat(50);
    project.write(
        "big/wide.hnet",
        Project.MEMORY
            .replace("s[4]", "s[100]")
            .replace("{ \"++--\"; \"-+-+\"; }", "{ \"" + pattern + "\"; }"));

    project.generate();

    assertThat(project.outputs())
        .contains(
            "generated-sources/hnet/big/Memory.java",
            "generated-resources/hnet/big/Memory.weights.bin");
    assertThat(project.outputs())
        .filteredOn(file -> file.startsWith("generated-sources/"))
        .allMatch(file -> file.endsWith(".java"));
  }

  @Test
  void exportsGoBesideTheClassesAndLeaveWithTheirModel() throws Exception {
    GenerationRequest request =
        project.request().withExports(List.of("json", "lean"), project.resources);

    project.generate(request, GeneratorFingerprint.current());
    Files.delete(project.sources.resolve("org/example/filed.hnet"));
    project.generate(request, GeneratorFingerprint.current());

    assertThat(project.outputs())
        .containsExactly(
            "generated-resources/hnet/Memory.lean",
            "generated-resources/hnet/memory.spec.json",
            MEMORY_CLASS);
    assertThat(Files.readString(project.resources.resolve("memory.spec.json")))
        .contains("\"memory.hnet\"")
        .doesNotContain(folder.toString());
  }

  @Test
  void exportsFollowThePackageOfTheirModel() throws Exception {
    GenerationRequest request = project.request().withExports(List.of("json"), project.resources);

    project.generate(request, GeneratorFingerprint.current());

    assertThat(project.outputs()).contains("generated-resources/hnet/org/example/filed.spec.json");
  }

  @Test
  void anUnknownExportFailsAndSaysWhichKindsExist() {
    GenerationRequest request = project.request().withExports(List.of("pdf"), project.resources);

    assertThatThrownBy(() -> project.generate(request, GeneratorFingerprint.current()))
        .isInstanceOf(GenerationFailure.class)
        .hasMessageContaining("exports: unknown kind 'pdf'; the kinds are json, lean");
  }

  @Test
  void anInvalidPackageOrLimitFailsBeforeAnythingIsRead() {
    assertThatThrownBy(
            () ->
                project.generate(
                    project.request().withPackage("1bad"), GeneratorFingerprint.current()))
        .hasMessageContaining("packageName: not a Java package name: '1bad'");
    assertThatThrownBy(
            () ->
                project.generate(
                    project.request().withMaxNeurons(0), GeneratorFingerprint.current()))
        .hasMessageContaining("maxNeurons must be between 1 and 46340, got 0");
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
