package org.hnet.maven.generation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * A model file found in the source directory.
 *
 * @param file the file, absolute and normalized
 * @param relativePath its path relative to the source directory, with {@code /} separators, for
 *     example {@code org/example/digits.hnet}; it names the model in logs and generated headers
 */
public record ModelSource(Path file, String relativePath) {

  /** The folder of the model relative to the source directory, empty at the top. */
  public String folder() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  /**
   * The package named by the folder, as the ANTLR plugin derives it: {@code org/example} gives
   * {@code org.example}, the top folder the unnamed package ({@code ""}).
   *
   * @return the package, or empty when a folder name is not a Java identifier (or is a keyword)
   */
  public Optional<String> folderPackage() {
    if (folder().isEmpty()) {
      return Optional.of("");
    }
    String packageName = Arrays.stream(folder().split("/")).collect(Collectors.joining("."));
    return SourceVersion.isName(packageName) ? Optional.of(packageName) : Optional.empty();
  }
}
