package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.hnet.runtime.Activation;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated classes compile, without a single lint warning, against the runtime alone, and describe
 * themselves as their networks say.
 */
class GeneratedClassCompilationTest {

  private static CompiledClasses classes;

  @BeforeAll
  static void compileTheGoldenNetworks() {
    List<GeneratedFile> files =
        JavaGenerator.generate(
            TestNetworks.model(
                TestNetworks.rationalTie(),
                TestNetworks.leanTest(),
                TestNetworks.largeWeights(),
                TestNetworks.floatingGrid()),
            GeneratorOptions.of("org.example", "test.hnet"));
    classes = Compilers.RUNTIME_ONLY.compile(files);
  }

  @Test
  void generatedClassesNeedOnlyTheRuntimeAndRaiseNoWarnings() throws IOException {
    assertThat(Compilers.runtimePackages()).contains("org/hnet/runtime");
    assertThat(Compilers.runtimePackages()).noneMatch(p -> p.startsWith("org/hnet/lang"));
    assertThat(Compilers.runtimePackages()).noneMatch(p -> p.startsWith("org/hnet/generator"));
    assertThat(classes.classNames())
        .containsExactlyInAnyOrder(
            "org.example.RationalTie",
            "org.example.LeanTest",
            "org.example.LargeWeights",
            "org.example.FloatingGrid");
    assertThat(classes.warnings()).isEmpty();
  }

  @Test
  void infoNamesTheNetworkItsSourceAndRepresentation() {
    NetworkInfo info = network("RationalTie").info();

    assertThat(info.name()).isEqualTo("rational_tie");
    assertThat(info.source()).isEqualTo("test.hnet");
    assertThat(info.generatorVersion()).isEqualTo(JavaGenerator.VERSION);
    assertThat(info.representation()).isEqualTo("dense int");
    assertThat(info.neuronNames()).containsExactly("a", "b", "c", "d");
    assertThat(info.isGrid()).isFalse();
    assertThat(info.patterns().size()).isZero();
  }

  @Test
  void representationsFollowTheSizeOfTheNumbers() {
    assertThat(network("LeanTest").info().representation()).isEqualTo("dense int");
    assertThat(network("LargeWeights").info().representation()).isEqualTo("dense long");
    assertThat(network("FloatingGrid").info().representation()).isEqualTo("dense double");
  }

  @Test
  void infoHoldsTheGridAndTheStoredPatterns() {
    NetworkInfo info = network("FloatingGrid").info();

    assertThat(info.rows()).isEqualTo(1);
    assertThat(info.columns()).isEqualTo(3);
    assertThat(info.neuronNames()).containsExactly("cell[0, 0]", "cell[0, 1]", "cell[0, 2]");
    assertThat(info.patterns()).isEqualTo(TestNetworks.floatingGrid().patterns());
  }

  @Test
  void aNewNetworkHasEveryNeuronOff() {
    HopfieldNetwork binary = network("LeanTest");

    assertThat(Agreement.state(binary)).containsExactly(0, 0, 0);
    assertThat(binary.activation()).isEqualTo(Activation.BINARY);
    assertThat(Agreement.state(network("RationalTie"))).containsExactly(-1, -1, -1, -1);
  }

  @Test
  void badValuesAreRejectedBeforeAnythingChanges() {
    HopfieldNetwork network = network("RationalTie");

    assertThatThrownBy(() -> network.setState(new int[] {1, 1, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 0 of neuron 2 is not bipolar (expected -1 or 1)");
    assertThatThrownBy(() -> network.setState(new int[] {1, 1}))
        .hasMessage("expected 4 neuron values, got 2");
    assertThatThrownBy(() -> network.sweep(new int[] {0, 4}))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> network.relax(-1))
        .hasMessage("maxUpdates must not be negative, got -1");
    assertThat(Agreement.state(network)).containsExactly(-1, -1, -1, -1);
  }

  @Test
  void floatingNetworksHaveNoExactValues() {
    HopfieldNetwork network = network("FloatingGrid");

    assertThat(network.isExact()).isFalse();
    assertThat(network.scale()).isEqualTo(1);
    assertThatThrownBy(network::scaledEnergy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("network \"floating_grid\" has floating-point parameters, not exact ones");
  }

  private static HopfieldNetwork network(String simpleName) {
    return classes.newInstance("org.example." + simpleName, HopfieldNetwork.class);
  }
}
