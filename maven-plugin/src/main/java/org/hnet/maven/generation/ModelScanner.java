package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the model files below a source directory that the includes select and no exclude drops. */
public final class ModelScanner {
  private final List<PathPattern> includes;
  private final List<PathPattern> excludes;

  private ModelScanner(List<PathPattern> includes, List<PathPattern> excludes) {
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /** A scanner with these patterns; see {@link PathPattern} for the syntax. */
  public static ModelScanner of(List<String> includes, List<String> excludes) {
    return new ModelScanner(
        includes.stream().map(PathPattern::of).toList(),
        excludes.stream().map(PathPattern::of).toList());
  }

  /**
   * The selected regular files below {@code sourceDirectory}, sorted by relative path.
   *
   * @return an empty list if the directory does not exist
   */
  public List<ModelSource> scan(Path sourceDirectory) throws IOException {
    Path root = sourceDirectory.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> new ModelSource(file, relative(root, file)))
          .filter(model -> selects(model.relativePath()))
          .sorted(Comparator.comparing(ModelSource::relativePath))
          .toList();
    }
  }

  /** Whether some include and no exclude matches {@code relativePath}. */
  public boolean selects(String relativePath) {
    return includes.stream().anyMatch(p -> p.matches(relativePath))
        && excludes.stream().noneMatch(p -> p.matches(relativePath));
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
