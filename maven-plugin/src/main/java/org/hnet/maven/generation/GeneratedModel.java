package org.hnet.maven.generation;

import java.nio.file.Path;
import java.util.Map;
import org.hnet.generator.GeneratedFile;

/**
 * A model generated in this build, with every output at its absolute path.
 *
 * @param target the model
 * @param inputs the SHA-256 of the model file and of each pattern file it read, by path
 * @param outputs the files to write, by absolute path, in generation order
 */
record GeneratedModel(Target target, Map<Path, String> inputs, Map<Path, GeneratedFile> outputs) {

  /** The record the next build compares against. */
  ModelRecord record() {
    return new ModelRecord(
        target.model().relativePath(),
        target.settings(),
        inputs,
        outputs.keySet().stream().toList());
  }
}
