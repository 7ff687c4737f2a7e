package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

  @TempDir Path temp;

  @Test
  void filesAreWrittenBelowTheOutputDirectoryAndNothingElseRemains() throws IOException {
    Path out = temp.resolve("generated");
    List<GeneratedFile> files =
        List.of(
            GeneratedFile.source("org/example/A.java", "class A {}"),
            new GeneratedFile("org/example/A.weights.bin", new byte[] {1, 2, 3}));

    List<Path> written = GeneratedFiles.writeAtomically(files, out);

    assertThat(written)
        .containsExactly(
            out.resolve("org/example/A.java").toAbsolutePath(),
            out.resolve("org/example/A.weights.bin").toAbsolutePath());
    assertThat(out.resolve("org/example/A.java")).hasContent("class A {}");
    assertThat(out.resolve("org/example/A.weights.bin")).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(entries(temp)).containsExactly("generated");
  }

  @Test
  void existingFilesAreReplaced() throws IOException {
    Path out = temp.resolve("out");
    GeneratedFiles.writeAtomically(List.of(GeneratedFile.source("A.java", "old")), out);

    GeneratedFiles.writeAtomically(List.of(GeneratedFile.source("A.java", "new")), out);

    assertThat(out.resolve("A.java")).hasContent("new");
  }

  @Test
  void aFailureBeforeTheMovesLeavesTheOutputUntouched() throws IOException {
    Path out = temp.resolve("out");
    GeneratedFiles.writeAtomically(List.of(GeneratedFile.source("A.java", "old")), out);
    // "x" as a file and as a folder cannot both be written
    List<GeneratedFile> clashing =
        List.of(
            GeneratedFile.source("A.java", "new"),
            new GeneratedFile("x", new byte[0]),
            GeneratedFile.source("x/B.java", "class B {}"));

    assertThatThrownBy(() -> GeneratedFiles.writeAtomically(clashing, out))
        .isInstanceOf(IOException.class);

    assertThat(out.resolve("A.java")).hasContent("old");
    assertThat(entries(out)).containsExactly("A.java");
    assertThat(entries(temp)).containsExactly("out");
  }

  @Test
  void filesAreStagedInAHiddenFolderInsideTheOutputDirectory() throws IOException {
    Path out = temp.resolve("out");
    List<Path> staging = new ArrayList<>();

    GeneratedFiles.writeAtomically(
        List.of(GeneratedFile.source("A.java", "class A {}")), out, staging::add);

    assertThat(staging).hasSize(1);
    assertThat(staging.get(0).getParent()).isEqualTo(out.toAbsolutePath());
    assertThat(staging.get(0).getFileName().toString()).startsWith(".hnet-staging-");
    assertThat(staging.get(0)).doesNotExist();
    assertThat(entries(temp)).containsExactly("out");
  }

  @Test
  void anOutputWhoseParentCannotBeWrittenStillWorks() throws IOException {
    // the review's case: "-d /tmp" staged in "/", which a user cannot write into
    Path parent = Files.createDirectory(temp.resolve("parent"));
    Path out = Files.createDirectory(parent.resolve("out"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "the user may write into read-only folders (root)");

      GeneratedFiles.writeAtomically(List.of(GeneratedFile.source("A.java", "class A {}")), out);

      assertThat(entries(out)).containsExactly("A.java");
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anOutputThatIsAFileIsNamedInTheError() throws IOException {
    Path file = Files.writeString(temp.resolve("afile"), "not a folder");

    assertThatThrownBy(
            () -> GeneratedFiles.writeAtomically(List.of(GeneratedFile.source("A.java", "")), file))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessage(file.toString());
    assertThatThrownBy(
            () ->
                GeneratedFiles.writeAtomically(
                    List.of(GeneratedFile.source("A.java", "")), file.resolve("below")))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessage(file.toString());
    assertThat(file).hasContent("not a folder");
  }

  @Test
  void theStagingFolderIsRemovedAfterAFailure() throws IOException {
    Path out = temp.resolve("out");
    List<GeneratedFile> clashing =
        List.of(new GeneratedFile("x", new byte[0]), GeneratedFile.source("x/B.java", ""));

    assertThatThrownBy(() -> GeneratedFiles.writeAtomically(clashing, out))
        .isInstanceOf(IOException.class);

    assertThat(entries(out)).isEmpty();
  }

  @Test
  void pathsMustStayBelowTheOutputRoot() {
    for (String path : List.of("", "/abs/A.java", "../A.java", "a/../../A.java", "a//b", "a\\b")) {
      assertThatThrownBy(() -> new GeneratedFile(path, new byte[0]))
          .as(path)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + path + "'");
    }
  }

  private static List<String> entries(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
