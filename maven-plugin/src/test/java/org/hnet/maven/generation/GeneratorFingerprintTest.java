package org.hnet.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.hnet.generator.JavaGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorFingerprintTest {
  private static final Map<String, String> CODE =
      Map.of(
          "org/hnet/generator/A.class", "class bytes",
          "org/hnet/generator/generator.properties", "version=1");

  @TempDir Path folder;

  @Test
  void theCurrentFingerprintHasTheGeneratorVersionAndReadsItsCode() {
    GeneratorFingerprint current = GeneratorFingerprint.current();

    assertThat(current.version()).isEqualTo(JavaGenerator.VERSION);
    assertThat(current.codeDigest()).hasSize(64).isNotEqualTo(GeneratorFingerprint.UNKNOWN);
  }

  @Test
  void aJarAndAClassFolderWithTheSameCodeHaveTheSameDigestWhateverTheirTimeStamps()
      throws Exception {
    Path jar = jar(folder.resolve("a.jar"), CODE, 0);
    Path later = jar(folder.resolve("b.jar"), CODE, 86_400_000);
    Path classes = classes(folder.resolve("classes"), CODE);

    String digest = GeneratorFingerprint.codeDigest(List.of(jar));

    assertThat(GeneratorFingerprint.codeDigest(List.of(later))).isEqualTo(digest);
    assertThat(GeneratorFingerprint.codeDigest(List.of(classes))).isEqualTo(digest);
  }

  @Test
  void changedCodeChangesTheDigestButTheManifestDoesNot() throws Exception {
    String digest = GeneratorFingerprint.codeDigest(List.of(classes(folder.resolve("a"), CODE)));
    Map<String, String> changed = Map.of("org/hnet/generator/A.class", "other bytes");
    Map<String, String> manifest =
        Map.of(
            "org/hnet/generator/A.class", "class bytes",
            "org/hnet/generator/generator.properties", "version=1",
            "META-INF/MANIFEST.MF", "Build-Time: now");

    assertThat(GeneratorFingerprint.codeDigest(List.of(classes(folder.resolve("b"), changed))))
        .isNotEqualTo(digest);
    assertThat(GeneratorFingerprint.codeDigest(List.of(classes(folder.resolve("c"), manifest))))
        .isEqualTo(digest);
  }

  private static Path jar(Path file, Map<String, String> entries, long time) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        JarEntry jarEntry = new JarEntry(entry.getKey());
        jarEntry.setLastModifiedTime(FileTime.fromMillis(time));
        jar.putNextEntry(jarEntry);
        jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return file;
  }

  private static Path classes(Path root, Map<String, String> entries) throws Exception {
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      Path file = root.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, entry.getValue());
    }
    return root;
  }
}
