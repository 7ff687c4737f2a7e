package org.hnet.maven.generation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.hnet.generator.JavaGenerator;
import org.hnet.lang.ModelLoader;

/**
 * What generated code depends on besides the models: the generator's version and a digest of the
 * code of the generator and the front end.
 *
 * <p>The version alone would miss a rebuilt snapshot, whose version stays the same while its code
 * changes; the digest covers the class files and resources of both jars (or class folders, inside a
 * reactor build), not their time stamps, so rebuilding unchanged code keeps it.
 *
 * @param version {@link JavaGenerator#VERSION}
 * @param codeDigest a SHA-256 over the generator's and the front end's code, or {@value #UNKNOWN}
 *     when the code cannot be read (then the version alone decides)
 */
public record GeneratorFingerprint(String version, String codeDigest) {

  /** The fingerprint of the generator this plugin runs, computed once. */
  public static GeneratorFingerprint current() {
    return Current.FINGERPRINT;
  }

  /** What a digest reads when the code cannot be read. */
  static final String UNKNOWN = "unknown";

  private static final class Current {
    static final GeneratorFingerprint FINGERPRINT =
        new GeneratorFingerprint(
            JavaGenerator.VERSION, digestOfCode(JavaGenerator.class, ModelLoader.class));
  }

  private static String digestOfCode(Class<?>... types) {
    try {
      List<Path> locations = new ArrayList<>();
      for (Class<?> type : types) {
        locations.add(location(type));
      }
      return codeDigest(locations);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException("no code source for " + type.getName());
    }
    return Path.of(source.getLocation().toURI());
  }

  /**
   * A SHA-256 over the entries of jars and class folders, in order, each entry by its name and
   * content, leaving out {@code META-INF} (which holds build time stamps).
   */
  static String codeDigest(List<Path> locations) throws IOException {
    MessageDigest digest = Digests.sha256();
    for (Path location : locations) {
      addCode(digest, location);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void addCode(MessageDigest digest, Path location) throws IOException {
    if (Files.isDirectory(location)) {
      addFolder(digest, location);
    } else {
      addJar(digest, location);
    }
  }

  private static void addJar(MessageDigest digest, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries =
          file.stream()
              .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
              .sorted(Comparator.comparing(JarEntry::getName))
              .toList();
      for (JarEntry entry : entries) {
        try (InputStream in = file.getInputStream(entry)) {
          addEntry(digest, entry.getName(), in.readAllBytes());
        }
      }
    }
  }

  private static void addFolder(MessageDigest digest, Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      List<Path> files =
          paths
              .filter(Files::isRegularFile)
              .filter(p -> !folder.relativize(p).startsWith("META-INF"))
              .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
              .toList();
      for (Path file : files) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        addEntry(digest, name, Files.readAllBytes(file));
      }
    }
  }

  private static void addEntry(MessageDigest digest, String name, byte[] content) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
  }
}
