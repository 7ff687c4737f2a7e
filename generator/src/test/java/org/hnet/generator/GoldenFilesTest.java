package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.hnet.lang.model.Network;
import org.junit.jupiter.api.Test;

/** The generated Java of a few small networks, compared with golden files. */
class GoldenFilesTest {

  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.example", "test.hnet");

  @Test
  void rationalTieMatchesItsGoldenFile() throws IOException {
    Golden.check("RationalTie.java.golden", source(TestNetworks.rationalTie()));
  }

  @Test
  void asymmetricBinaryNetworkMatchesItsGoldenFile() throws IOException {
    Golden.check("LeanTest.java.golden", source(TestNetworks.leanTest()));
  }

  @Test
  void longRepresentationMatchesItsGoldenFile() throws IOException {
    Golden.check("LargeWeights.java.golden", source(TestNetworks.largeWeights()));
  }

  @Test
  void floatingRepresentationMatchesItsGoldenFile() throws IOException {
    Golden.check("FloatingGrid.java.golden", source(TestNetworks.floatingGrid()));
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    List<GeneratedFile> first = JavaGenerator.generate(TestNetworks.model(all()), OPTIONS);
    List<GeneratedFile> second = JavaGenerator.generate(TestNetworks.model(all()), OPTIONS);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void goldenDiffMarksChangedLines() {
    String diff = Golden.diff(new String[] {"a", "b", "c"}, new String[] {"a", "x", "c"});

    assertThat(diff).isEqualTo("+   2: x\n-   2: b");
  }

  private static Network[] all() {
    return new Network[] {
      TestNetworks.rationalTie(),
      TestNetworks.leanTest(),
      TestNetworks.largeWeights(),
      TestNetworks.floatingGrid()
    };
  }

  private static String source(Network network) {
    List<GeneratedFile> files = JavaGenerator.generate(TestNetworks.model(network), OPTIONS);
    assertThat(files).hasSize(1);
    return files.get(0).text();
  }
}
