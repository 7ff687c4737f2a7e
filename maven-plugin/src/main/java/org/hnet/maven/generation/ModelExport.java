package org.hnet.maven.generation;

import java.util.List;
import org.hnet.generator.Compilation;
import org.hnet.generator.GeneratedFile;

/**
 * A kind of file written beside the generated classes for each model, such as a JSON description of
 * its networks, selected by name in the plugin's {@code exports} parameter.
 */
public interface ModelExport {

  /** The name that selects this export, such as {@code json}. */
  String kind();

  /**
   * The files of this export for a model that compiled without error.
   *
   * @param compilation the model's compilation
   * @param packageName the package of its generated classes, which the files' paths follow
   * @return files with paths relative to the export directory
   */
  List<GeneratedFile> files(Compilation compilation, String packageName);
}
