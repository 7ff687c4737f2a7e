package org.hnet.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.LoadResult;
import org.hnet.lang.model.Model;

/**
 * What {@link HnetCompiler#compile} made of one model file.
 *
 * @param load the front end's result: the diagnostics, and the model when there is no error
 * @param plans one plan per network (class name, representation), empty on error
 * @param files the generated sources and resources, empty on error
 */
public record Compilation(LoadResult load, List<NetworkPlan> plans, List<GeneratedFile> files) {

  /** Copies the lists. */
  public Compilation {
    plans = List.copyOf(plans);
    files = List.copyOf(files);
  }

  /** Whether the model had no error, so that files were generated. */
  public boolean succeeded() {
    return load.model().isPresent();
  }

  /** The checked model, when there was no error. */
  public Optional<Model> model() {
    return load.model();
  }

  /** The generated Java sources. */
  public List<GeneratedFile> sources() {
    return files.stream().filter(GeneratedFile::isJavaSource).toList();
  }

  /** The generated resources, which belong beside the compiled classes. */
  public List<GeneratedFile> resources() {
    return files.stream().filter(f -> !f.isJavaSource()).toList();
  }

  /**
   * Writes every generated file under {@code outputDirectory} so that no half-written file is ever
   * left there.
   *
   * @return the paths written
   */
  public List<Path> writeTo(Path outputDirectory) throws IOException {
    return GeneratedFiles.writeAtomically(files, outputDirectory);
  }
}
