package org.hnet.generator.java;

import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;

/** Small builders the member emitters share. */
final class Members {

  private Members() {}

  /** A public method that overrides one of HopfieldNetwork. */
  static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(returns);
  }
}
