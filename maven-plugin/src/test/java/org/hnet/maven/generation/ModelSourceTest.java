package org.hnet.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelSourceTest {

  @Test
  void theFolderBelowTheSourceDirectoryNamesThePackage() {
    assertThat(model("org/example/digits.hnet").folderPackage()).contains("org.example");
    assertThat(model("digits.hnet").folderPackage()).contains("");
  }

  @Test
  void aFolderThatIsNoIdentifierOrIsAKeywordNamesNoPackage() {
    assertThat(model("lean-hebbian/lean.hnet").folderPackage()).isEmpty();
    assertThat(model("org/class/x.hnet").folderPackage()).isEmpty();
    assertThat(model("1st/x.hnet").folderPackage()).isEmpty();
  }

  private static ModelSource model(String relativePath) {
    return new ModelSource(Path.of("/src").resolve(relativePath), relativePath);
  }
}
