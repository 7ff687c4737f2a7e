package org.hnet.generator;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * What the Java generator needs besides the model.
 *
 * @param packageName the package of the generated classes, such as {@code org.example}; empty for
 *     the unnamed package
 * @param sourceLabel how the generated headers name the model file, such as {@code digits.hnet}
 */
public record GeneratorOptions(String packageName, String sourceLabel) {

  /** Checks that the package name is a Java package name. */
  public GeneratorOptions {
    Objects.requireNonNull(packageName, "packageName");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
    }
    if (sourceLabel == null) {
      throw new IllegalArgumentException("the source label must not be null; use \"\" for none");
    }
  }

  /** Options for the given package and source label. */
  public static GeneratorOptions of(String packageName, String sourceLabel) {
    return new GeneratorOptions(packageName, sourceLabel);
  }
}
