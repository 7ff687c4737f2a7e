package org.hnet.maven.generation;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last generation of one model read and wrote, so that the next build can tell whether it
 * is up to date and which files to remove.
 *
 * @param model the model's path relative to the source directory
 * @param settings a digest of the configuration the model was generated with (package, limits,
 *     exports, output directories)
 * @param inputs the SHA-256 of every file the model read (itself and its pattern files), by
 *     absolute path
 * @param outputs every file generated for it, absolute
 */
public record ModelRecord(
    String model, String settings, Map<Path, String> inputs, List<Path> outputs) {

  /** Copies the collections, the inputs sorted by path. */
  public ModelRecord {
    inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
    outputs = List.copyOf(outputs);
  }
}
