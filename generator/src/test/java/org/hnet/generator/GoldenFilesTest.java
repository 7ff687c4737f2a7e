package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
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
  void latticeMatchesItsGoldenFile() throws IOException {
    String model =
        """
        network ising_torus {
          neurons spin[3, 4];
          connections lattice periodic;
          coupling 1;
          field 1/2;
          temperature 2;
          dynamics gibbs;
        }
        """;

    Golden.check("IsingTorus.java.golden", source(loaded(model)));
  }

  @Test
  void openLatticeWithThresholdsPerSiteMatchesItsGoldenFile() throws IOException {
    String model =
        """
        network open_strip {
          neurons cell[2, 3];
          activation binary;
          connections lattice open;
          coupling -1;
          thresholds [0, 1, 0, -1, 0, 1/2];
          beta 1/2;
          dynamics metropolis sweep;
        }
        """;

    Golden.check("OpenStrip.java.golden", source(loaded(model)));
  }

  @Test
  void boltzmannMachineMatchesItsGoldenFile() throws IOException {
    String model =
        """
        network clamped_pair {
          neurons unit[2];
          activation binary;
          weights [[0, 2], [2, 0]];
          thresholds [0.5, 0];
          temperature 1;
          dynamics gibbs;
          clamp unit[1] = 1;
        }
        """;

    Golden.check("ClampedPair.java.golden", source(loaded(model)));
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

  /** The only network of a model text, loaded by the front end. */
  static Network loaded(String text) {
    LoadResult result = ModelLoader.of().parse(TestNetworks.FILE, text, Path.of("."));
    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    return result.model().orElseThrow().networks().get(0);
  }

  private static String source(Network network) {
    List<GeneratedFile> files = JavaGenerator.generate(TestNetworks.model(network), OPTIONS);
    assertThat(files).hasSize(1);
    return files.get(0).text();
  }
}
