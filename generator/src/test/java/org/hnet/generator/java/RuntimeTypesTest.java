package org.hnet.generator.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.hnet.generator.plan.ClassNaming;
import org.junit.jupiter.api.Test;

class RuntimeTypesTest {

  @Test
  void everyNamedRuntimeTypeExistsInTheRuntime() throws ClassNotFoundException {
    for (ClassName type : RuntimeTypes.all()) {
      Class<?> loaded = Class.forName(type.reflectionName());

      assertThat(loaded.getName()).isEqualTo(type.reflectionName());
      assertThat(loaded.getProtectionDomain().getCodeSource().getLocation())
          .isEqualTo(
              org.hnet.runtime.HopfieldNetwork.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation());
    }
  }

  @Test
  void theGeneratedAnnotationComesFromTheJdk() throws ClassNotFoundException {
    assertThat(Class.forName(RuntimeTypes.GENERATED.reflectionName())).isAnnotation();
  }

  @Test
  void noNetworkCanBeNamedLikeATypeGeneratedCodeUses() {
    List<String> used =
        List.of(
            "ArrayList",
            "Arrays",
            "Double",
            "IllegalArgumentException",
            "IllegalStateException",
            "List",
            "Objects",
            "Override",
            "SplittableRandom",
            "String",
            "System");

    assertThat(ClassNaming.RESERVED)
        .containsAll(RuntimeTypes.all().stream().map(ClassName::simpleName).toList())
        .contains(RuntimeTypes.GENERATED.simpleName())
        .containsAll(used);
  }
}
