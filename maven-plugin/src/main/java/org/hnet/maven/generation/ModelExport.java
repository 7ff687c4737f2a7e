package org.hnet.maven.generation;

import java.util.List;
import org.hnet.generator.GeneratedFile;
import org.hnet.lang.model.Model;

/**
 * A kind of file written for each model beside its classes, such as its JSON spec, selected by name
 * in the plugin's {@code exports} parameter.
 */
public interface ModelExport {

  /** The name that selects this export, such as {@code json}. */
  String kind();

  /**
   * The files of this export for a checked model.
   *
   * @param model the model
   * @param sourceLabel how the files name the model file: its path relative to the source directory
   * @return files with paths relative to the folder of the model's package
   */
  List<GeneratedFile> files(Model model, String sourceLabel);
}
