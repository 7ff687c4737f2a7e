package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.api.Test;

/** The example model files, read by the front end, generated, compiled and run. */
class ExampleModelsTest {

  @Test
  void leanHebbianExampleReplaysTheFormalizationsVectors() {
    Model model = load(Path.of("..", "examples", "lean-hebbian", "lean_hebbian.hnet"));
    CompiledClasses classes = compile(model, "lean_hebbian.hnet");
    JsonNode vector = LeanTraces.VECTORS.get("extra_rational_hopfield");
    HopfieldNetwork tie = classes.newInstance("org.example.RationalTie", HopfieldNetwork.class);
    tie.setState(LeanTraces.ints(vector.get("initial")));

    LeanTraces.replay(tie, vector.get("workPhase_trace"));

    assertThat(tie.info().source()).isEqualTo("lean_hebbian.hnet");
    assertThat(tie.scale()).isEqualTo(6);
    tie.setState(LeanTraces.ints(vector.get("initial")));
    assertThat(tie.relax(64)).isEqualTo(2);
    assertThat(Agreement.state(tie)).containsExactly(1, 1, 1, 1);
    HopfieldNetwork w1 = classes.newInstance("org.example.W1", HopfieldNetwork.class);
    LeanTraces.checkEnergyTable(w1, LeanTraces.VECTORS.get("W1"));
  }

  @Test
  void digitsExampleRunsLikeTheReference() {
    Model model = load(Path.of("..", "examples", "digits", "digits.hnet"));
    CompiledClasses classes = compile(model, "digits.hnet");
    Random random = new Random(8);

    for (Network network : model.networks()) {
      String name =
          JavaGenerator.plan(model, options("digits.hnet")).stream()
              .filter(plan -> plan.network() == network)
              .findFirst()
              .orElseThrow()
              .qualifiedClassName();
      HopfieldNetwork generated = classes.newInstance(name, HopfieldNetwork.class);
      ReferenceNetwork reference = ReferenceNetwork.of(network.parameters());
      assertThat(generated.info().neuronNames()).isEqualTo(network.neuronNames());
      assertThat(generated.info().patterns()).isEqualTo(network.patterns());
      for (int k = 0; k < network.patterns().size(); k++) {
        int[] start = noisy(network.patterns().pattern(k), random);
        generated.setState(start);
        reference.setState(start);
        assertThat(generated.relax(1_000_000)).isEqualTo(reference.relax(1_000_000));
        Agreement.check(generated, reference, network.name() + " from noisy pattern " + k);
      }
    }
  }

  private static Model load(Path file) {
    LoadResult result = ModelLoader.of().load(file);
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().orElseThrow();
  }

  private static CompiledClasses compile(Model model, String source) {
    List<GeneratedFile> files = JavaGenerator.generate(model, options(source));
    CompiledClasses classes = Compilers.RUNTIME_ONLY.compile(files);
    assertThat(classes.warnings()).isEmpty();
    return classes;
  }

  private static GeneratorOptions options(String source) {
    return GeneratorOptions.of("org.example", source);
  }

  /** The pattern with each neuron flipped with probability 1/8. */
  private static int[] noisy(int[] pattern, Random random) {
    int[] state = pattern.clone();
    for (int u = 0; u < state.length; u++) {
      if (random.nextInt(8) == 0) {
        state[u] = -state[u];
      }
    }
    return state;
  }
}
