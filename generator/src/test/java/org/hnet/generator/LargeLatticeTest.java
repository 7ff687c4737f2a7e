package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.generator.plan.Storage;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.StochasticNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 256 x 256 Ising torus (65536 spins, far beyond the limit of dense networks), read from a model
 * file, is generated without any array of weights, compiles, and samples exactly like the
 * reference.
 */
class LargeLatticeTest {

  private static final GeneratorOptions OPTIONS = GeneratorOptions.of("org.example", "big.hnet");
  private static final String MODEL =
      """
      network big_torus {
        neurons spin[256, 256];
        connections lattice periodic;
        coupling 1;
        field 1/4;
        temperature 2.5;
        dynamics metropolis;
        clamp spin[0, 0] = 1;
      }
      """;

  private static Model model;
  private static List<GeneratedFile> files;
  private static StochasticNetwork generated;

  @BeforeAll
  static void loadGenerateAndCompile() {
    LoadResult result = ModelLoader.of().parse("big.hnet", MODEL, Path.of("."));
    assertThat(result.diagnostics()).as(result.report()).isEmpty();
    model = result.model().orElseThrow();
    files = JavaGenerator.generate(model, OPTIONS);
    generated =
        Compilers.RUNTIME_ONLY
            .compile(files)
            .newInstance("org.example.BigTorus", StochasticNetwork.class);
  }

  @Test
  void noWeightIsStoredAndTheNamesAreRebuilt() {
    NetworkPlan plan = JavaGenerator.plan(model, OPTIONS).get(0);

    assertThat(plan.representation().storage()).isEqualTo(Storage.RESOURCE);
    assertThat(plan.namesFromGroups()).isTrue();
    // one threshold for all: the only resource holds the declared clamp
    assertThat(files)
        .extracting(GeneratedFile::path)
        .containsExactly("org/example/BigTorus.java", "org/example/BigTorus.clamps.bin");
    assertThat(files.get(0).content().length).isLessThan(40_000);
    assertThat(generated.info().neuronNames().get(65535)).isEqualTo("spin[255, 255]");
  }

  @Test
  void sweepsMatchTheReference() {
    ReferenceNetwork reference = Trajectories.reference(model.networks().get(0));
    SplittableRandom a = new SplittableRandom(65_536);
    SplittableRandom b = new SplittableRandom(65_536);

    for (int sweep = 0; sweep < 4; sweep++) {
      double beta = 0.4 + 0.1 * sweep;
      assertThat(generated.metropolisRandomScan(65_536, beta, a))
          .isEqualTo(reference.metropolisRandomScan(65_536, beta, b));
      assertThat(generated.gibbsSweep(beta, a)).isEqualTo(reference.gibbsSweep(beta, b));
    }

    assertThat(Agreement.state(generated)).containsExactly(Agreement.state(reference));
    assertThat(generated.scaledEnergy()).isEqualTo(reference.scaledEnergy());
    assertThat(generated.state(0)).isEqualTo(1);
  }
}
