package org.hnet.generator;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hnet.runtime.HopfieldNetwork;

/** Compilers for tests: the one that sees the runtime's classes and nothing else. */
final class Compilers {

  /** A compiler whose class path is the runtime alone: where HopfieldNetwork was loaded from. */
  static final InMemoryCompiler RUNTIME_ONLY = InMemoryCompiler.withClassPath(List.of(runtime()));

  private Compilers() {}

  /** The folders with classes in the runtime's directory or jar, such as "org/hnet/runtime". */
  static Set<String> runtimePackages() throws IOException {
    Path runtime = runtime();
    if (Files.isDirectory(runtime)) {
      return packages(runtime);
    }
    try (FileSystem jar = FileSystems.newFileSystem(runtime)) {
      return packages(jar.getPath("/"));
    }
  }

  private static Set<String> packages(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> root.relativize(file.getParent()).toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The directory or jar that holds the runtime's classes. */
  static Path runtime() {
    try {
      return Path.of(
          HopfieldNetwork.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the runtime's classes", e);
    }
  }
}
