package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.internal.RuntimeVersion;
import org.junit.jupiter.api.Test;

class JavaGeneratorTest {

  @Test
  void theVersionComesFromTheBuildLikeTheRuntimes() {
    assertThat(JavaGenerator.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(JavaGenerator.VERSION).isEqualTo(RuntimeVersion.current());
  }

  @Test
  void everyNetworkOfAModelBecomesOneClassInFileOrder() {
    List<GeneratedFile> files =
        JavaGenerator.generate(
            TestNetworks.model(TestNetworks.rationalTie(), TestNetworks.leanTest()),
            GeneratorOptions.of("org.example", "test.hnet"));

    assertThat(files)
        .extracting(GeneratedFile::path)
        .containsExactly("org/example/RationalTie.java", "org/example/LeanTest.java");
  }

  @Test
  void planRecordsNamesAndRepresentationsBeforeAnyCode() {
    List<NetworkPlan> plans =
        JavaGenerator.plan(
            TestNetworks.model(TestNetworks.rationalTie(), TestNetworks.largeWeights()),
            GeneratorOptions.of("org.example", "test.hnet"));

    assertThat(plans)
        .extracting(NetworkPlan::qualifiedClassName)
        .containsExactly("org.example.RationalTie", "org.example.LargeWeights");
    assertThat(plans)
        .extracting(plan -> plan.representation().describe())
        .containsExactly("dense int", "dense long");
  }

  @Test
  void theUnnamedPackageIsAllowed() {
    List<GeneratedFile> files =
        JavaGenerator.generate(
            TestNetworks.model(TestNetworks.rationalTie()), GeneratorOptions.of("", "test.hnet"));

    assertThat(files).extracting(GeneratedFile::path).containsExactly("RationalTie.java");
    HopfieldNetwork network =
        Compilers.RUNTIME_ONLY.compile(files).newInstance("RationalTie", HopfieldNetwork.class);
    assertThat(network.size()).isEqualTo(4);
  }

  @Test
  void packageNamesMustBeJavaPackageNames() {
    for (String name : List.of("1x", "org.class", "org..x", "org-x")) {
      assertThatThrownBy(() -> GeneratorOptions.of(name, "test.hnet"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a Java package name: '" + name + "'");
    }
  }
}
