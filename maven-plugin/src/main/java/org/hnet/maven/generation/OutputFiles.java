package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.GeneratedFiles;

/**
 * Writes and deletes generated files inside the output roots: only files whose bytes change are
 * written (so that an unchanged class keeps its time stamp and is not compiled again), each one
 * atomically; folders emptied by a deletion are removed up to the root.
 */
final class OutputFiles {
  private final List<Path> roots;
  private final BuildLog log;

  OutputFiles(List<Path> roots, BuildLog log) {
    this.roots = List.copyOf(roots);
    this.log = log;
  }

  /** Writes the files whose content differs from what is on disk. */
  void write(Map<Path, GeneratedFile> outputs) throws IOException {
    for (Map.Entry<Path, GeneratedFile> output : outputs.entrySet()) {
      Path file = output.getKey();
      if (sameContent(file, output.getValue())) {
        log.debug("unchanged " + file);
        continue;
      }
      Path root = rootOf(file);
      String relative = root.relativize(file).toString().replace('\\', '/');
      GeneratedFile placed = new GeneratedFile(relative, output.getValue().content());
      GeneratedFiles.writeAtomically(List.of(placed), root);
      log.debug("wrote " + file);
    }
  }

  /** Deletes {@code files}, then every folder they leave empty below its output root. */
  void delete(List<Path> files) throws IOException {
    for (Path file : files) {
      if (Files.deleteIfExists(file)) {
        log.debug("deleted " + file);
      }
      pruneEmptyFolders(file.getParent());
    }
  }

  private boolean sameContent(Path file, GeneratedFile generated) throws IOException {
    return Files.isRegularFile(file)
        && Files.size(file) == generated.content().length
        && Arrays.equals(Files.readAllBytes(file), generated.content());
  }

  private Path rootOf(Path file) {
    return roots.stream()
        .filter(root -> file.startsWith(root) && !file.equals(root))
        .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
        .orElseThrow(() -> new IllegalArgumentException("not below an output root: " + file));
  }

  private void pruneEmptyFolders(Path folder) throws IOException {
    Path current = folder;
    while (current != null && isInsideARoot(current) && isEmptyFolder(current)) {
      Files.delete(current);
      current = current.getParent();
    }
  }

  private boolean isInsideARoot(Path folder) {
    return roots.stream().anyMatch(root -> folder.startsWith(root) && !folder.equals(root));
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
