package org.hnet.maven.generation;

import java.util.List;

/**
 * What a generation did, by model path relative to the source directory.
 *
 * @param generated the models generated in this run
 * @param upToDate the models left alone because nothing they depend on changed
 * @param removed the models gone since the last run, whose outputs were deleted
 */
public record GenerationSummary(
    List<String> generated, List<String> upToDate, List<String> removed) {

  /** Copies the lists. */
  public GenerationSummary {
    generated = List.copyOf(generated);
    upToDate = List.copyOf(upToDate);
    removed = List.copyOf(removed);
  }
}
