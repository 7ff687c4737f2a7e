package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.NetworkInfo;
import org.hnet.runtime.PatternSet;
import org.junit.jupiter.api.Test;

/**
 * Strings from a model reach generated code only as string literals: names and labels that try to
 * close a comment, start a line or smuggle in a Unicode escape come back unchanged from info() and
 * add no code.
 */
class InjectionTest {

  private static final String NAME = "x */ class Evil {} /* \\u000a";
  private static final String SOURCE = "evil.hnet\n}\rclass Evil {} // \\u000a \"q\" */ @x <b>";
  private static final List<String> NEURONS =
      List.of("a\"); System.exit(1); (\"", "b\\u0022", "c\n*/", "d\\");
  private static final List<String> LABELS = List.of("*/ }", "\\u000d\r\n");

  @Test
  void modelStringsStayData() {
    Network network = hostile();

    List<GeneratedFile> files =
        JavaGenerator.generate(TestNetworks.model(network), GeneratorOptions.of("org.x", SOURCE));
    CompiledClasses classes = Compilers.RUNTIME_ONLY.compile(files);

    assertThat(classes.classNames()).containsExactly("org.x.XClassEvilU000a");
    assertThat(classes.warnings()).isEmpty();
    NetworkInfo info = classes.newInstance("org.x.XClassEvilU000a", HopfieldNetwork.class).info();
    assertThat(info.name()).isEqualTo(NAME);
    assertThat(info.source()).isEqualTo(SOURCE);
    assertThat(info.neuronNames()).isEqualTo(NEURONS);
    assertThat(info.patterns().labels()).isEqualTo(LABELS);
  }

  private static Network hostile() {
    int[][] w = {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}};
    long[][] weights = new long[4][4];
    for (int u = 0; u < 4; u++) {
      for (int v = 0; v < 4; v++) {
        weights[u][v] = w[u][v];
      }
    }
    PatternSet patterns =
        new PatternSet(
            Activation.BIPOLAR,
            4,
            List.of(new int[] {1, 1, -1, -1}, new int[] {-1, -1, 1, 1}),
            LABELS);
    return TestNetworks.network(
        NAME,
        TestNetworks.exact(Activation.BIPOLAR, 1, weights, new long[4]),
        List.of(TestNetworks.range("x", 0, 0, 4)),
        NEURONS,
        0,
        0,
        patterns);
  }
}
