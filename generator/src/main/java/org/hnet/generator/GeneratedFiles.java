package org.hnet.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes generated files so that no half-written file is ever seen: everything is first written to
 * a hidden staging folder inside the output directory (so on the same file system, and needing no
 * permission outside it), and only when every file is complete is each one moved into place,
 * atomically where the file system allows. The staging folder is removed afterwards, whether the
 * writing succeeded or not.
 *
 * <p>Limitations: each file is replaced atomically, the set of files is not. If a move fails after
 * others succeeded (a full disk cannot cause this, since all bytes are written before the first
 * move), the output holds some new and some old files, each of them whole. The output directory
 * itself is created before anything is written, and stays when writing fails. If the process is
 * killed while writing, the hidden staging folder stays behind and can be deleted.
 */
public final class GeneratedFiles {
  /** The start of the staging folder's name; a random suffix follows. */
  public static final String STAGING_PREFIX = ".hnet-staging-";

  private GeneratedFiles() {}

  /**
   * Writes {@code files} below {@code outputDir}, creating directories as needed and replacing
   * files that exist.
   *
   * @return the paths written, in the order of {@code files}
   * @throws NotDirectoryException if {@code outputDir}, or a folder on the way to it, exists but is
   *     not a directory
   * @throws IOException if a file cannot be written; the output directory then holds no new file
   *     unless the failure happened while moving files into place
   */
  public static List<Path> writeAtomically(List<GeneratedFile> files, Path outputDir)
      throws IOException {
    return writeAtomically(files, outputDir, staging -> {});
  }

  /** {@link #writeAtomically(List, Path)}, telling {@code onStaging} where it stages. */
  static List<Path> writeAtomically(
      List<GeneratedFile> files, Path outputDir, Consumer<Path> onStaging) throws IOException {
    Path target = outputDir.toAbsolutePath().normalize();
    createDirectory(target);
    Path staging = Files.createTempDirectory(target, STAGING_PREFIX);
    onStaging.accept(staging);
    List<Path> written;
    try {
      stage(files, staging);
      written = moveIntoPlace(files, staging, target);
    } catch (IOException | RuntimeException e) {
      deleteAfterFailure(staging, e);
      throw e;
    }
    deleteTree(staging);
    return written;
  }

  /**
   * Creates {@code directory} and its parents.
   *
   * @throws NotDirectoryException naming the first existing folder on the way that is not one
   */
  private static void createDirectory(Path directory) throws IOException {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new NotDirectoryException(existing.toString());
    }
    Files.createDirectories(directory);
  }

  private static void stage(List<GeneratedFile> files, Path staging) throws IOException {
    for (GeneratedFile file : files) {
      Path staged = staging.resolve(file.path());
      Files.createDirectories(staged.getParent());
      Files.write(staged, file.content());
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

  /** Removes the staging folder after {@code failure}, keeping any new problem beside it. */
  private static void deleteAfterFailure(Path staging, Exception failure) {
    try {
      deleteTree(staging);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
