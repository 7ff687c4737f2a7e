package org.hnet.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated files so that no half-written file is ever seen: everything is first written to
 * a temporary directory beside the output directory (so on the same file system), and only when
 * every file is complete is each one moved into place, atomically where the file system allows.
 *
 * <p>Limitations: each file is replaced atomically, the set of files is not. If a move fails after
 * others succeeded (a full disk cannot cause this, since all bytes are written before the first
 * move), the output holds some new and some old files, each of them whole.
 */
public final class GeneratedFiles {

  private GeneratedFiles() {}

  /**
   * Writes {@code files} below {@code outputDir}, creating directories as needed and replacing
   * files that exist.
   *
   * @return the paths written, in the order of {@code files}
   * @throws IOException if a file cannot be written; the output directory is then untouched unless
   *     the failure happened while moving files into place
   */
  public static List<Path> writeAtomically(List<GeneratedFile> files, Path outputDir)
      throws IOException {
    Path target = outputDir.toAbsolutePath().normalize();
    Path parent = target.getParent() == null ? target : target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".hnet-generated-");
    try {
      for (GeneratedFile file : files) {
        Path staged = staging.resolve(file.path());
        Files.createDirectories(staged.getParent());
        Files.write(staged, file.content());
      }
      return moveIntoPlace(files, staging, target);
    } finally {
      deleteTree(staging);
    }
  }

  private static List<Path> moveIntoPlace(List<GeneratedFile> files, Path staging, Path target)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (GeneratedFile file : files) {
      Path destination = target.resolve(file.path());
      Files.createDirectories(destination.getParent());
      move(staging.resolve(file.path()), destination);
      written.add(destination);
    }
    return written;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
