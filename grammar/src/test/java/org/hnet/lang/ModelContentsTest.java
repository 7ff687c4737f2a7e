package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.model.LearningRuleKind;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.WeightSource;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.dynamics.Schedule;
import org.junit.jupiter.api.Test;

/** What the valid models mean: names, indices, roles, weights, thresholds and patterns. */
class ModelContentsTest {
  private static final Path VALID = Path.of("src/test/resources/valid");

  @Test
  void neuronsAreNumberedInDeclarationOrder() {
    Network forms = network("neuron_forms.hnet", "forms");

    assertThat(forms.neuronNames())
        .containsExactly(
            "a",
            "b",
            "x[0]",
            "x[1]",
            "x[2]",
            "y[1]",
            "y[2]",
            "y[3]",
            "y[4]",
            "pixel[0, 0]",
            "pixel[0, 1]",
            "pixel[0, 2]",
            "pixel[1, 0]",
            "pixel[1, 1]",
            "pixel[1, 2]");
    assertThat(forms.isGrid()).isFalse();
  }

  @Test
  void referencesResolveToIndicesInOrder() {
    Network forms = network("neuron_forms.hnet", "forms");

    // input a, x, y[1..2], pixel[0, 0], pixel[0, 1]; output b, y[3], y[4], pixel
    assertThat(forms.roles().input()).containsExactly(0, 2, 3, 4, 5, 6, 9, 10);
    assertThat(forms.roles().output()).containsExactly(1, 7, 8, 9, 10, 11, 12, 13, 14);
    // order [b, a, x[0..2], y, pixel[1, 2], pixel]: pixel[1, 2] is 9 + 1 * 3 + 2 = 14
    assertThat(forms.schedule())
        .isEqualTo(
            new Schedule.GivenOrder(
                new int[] {1, 0, 2, 3, 4, 5, 6, 7, 8, 14, 9, 10, 11, 12, 13, 14}));
  }

  @Test
  void rolesWithoutStatementsMakeEveryNeuronVisible() {
    assertThat(network("learning_rules.hnet", "storkey").roles().isAllVisible()).isTrue();
  }

  @Test
  void hiddenNeuronsAreNeitherInputNorOutput() {
    Network roles = network("roles_hidden.hnet", "roles");

    assertThat(roles.roles().input()).containsExactly(0, 1);
    assertThat(roles.roles().output()).containsExactly(1, 2);
    assertThat(roles.roles().hidden()).containsExactly(3, 4);
  }

  @Test
  void binaryPatternsAreLearnedInTheirBipolarForm() {
    Network binary = network("binary_activation.hnet", "binary");

    // [1, 0, 0, 1] and "-++-" = [0, 1, 1, 0] are p and -p in bipolar form, p = [1, -1, -1, 1]:
    // W = 2 p p^T off the diagonal
    assertThat(binary.activation()).isEqualTo(Activation.BINARY);
    assertThat(binary.patterns().rows())
        .containsExactly(new int[] {1, 0, 0, 1}, new int[] {0, 1, 1, 0});
    assertThat(weights(binary))
        .isEqualTo(
            matrix(
                new long[][] {{0, -2, -2, 2}, {-2, 0, 2, -2}, {-2, 2, 0, -2}, {2, -2, -2, 0}}, 1));
    assertThat(binary.threshold(2)).isEqualTo(new BigFraction(1, 2));
  }

  @Test
  void edgeWeightsGoIntoTheReceiver() {
    Network ring = network("connections_edges.hnet", "ring");

    // a <-> b : 1/2; b <-> c : -1; c -> d : 2; d -> c : 2; d -> a
    assertThat(ring.weight(1, 0)).isEqualTo(new BigFraction(1, 2));
    assertThat(ring.weight(2, 1)).isEqualTo(new BigFraction(-1));
    assertThat(ring.weight(3, 2)).isEqualTo(new BigFraction(2));
    assertThat(ring.weight(0, 3)).isEqualTo(BigFraction.ZERO);
    assertThat(ring.connectivity().connects(3, 0)).isTrue();
    assertThat(ring.connectivity().connects(0, 3)).isFalse();
    assertThat(ring.connectivity().connections()).hasSize(7);
    assertThat(ring.weightSource()).isEqualTo(new WeightSource.Edges());
    // thresholds a: 1/4, c: -0.5, so the common denominator is 4
    assertThat(((ExactParameters) ring.parameters()).scale()).isEqualTo(4);
    assertThat(ring.threshold(2)).isEqualTo(new BigFraction(-1, 2));
  }

  @Test
  void aGroupReferenceConnectsEveryNeuronOfTheGroup() {
    Network star = network("group_edges.hnet", "star");

    assertThat(IntStream.range(1, 4).mapToObj(u -> star.weight(0, u)))
        .containsOnly(BigFraction.ONE);
    assertThat(star.weight(1, 2)).isEqualTo(BigFraction.ZERO);
    assertThat(star.threshold(3)).isEqualTo(new BigFraction(1, 3));
    assertThat(star.schedule()).isEqualTo(new Schedule.Synchronous());
  }

  @Test
  void learnedWeightsAreKeptOnlyOnDeclaredConnections() {
    Network diluted = network("learned_on_connections.hnet", "diluted");

    // p p^T for p = [1, 1, -1, -1], kept on the chain 0 - 1 - 2 - 3 only
    assertThat(weights(diluted))
        .isEqualTo(
            matrix(new long[][] {{0, 1, 0, 0}, {1, 0, -1, 0}, {0, -1, 0, 1}, {0, 0, 1, 0}}, 1));
  }

  @Test
  void theHebbianScaleMultipliesEveryWeight() {
    Network scaled = network("learning_rules.hnet", "hebbian_scaled");

    // Hebbian_ps / 4
    assertThat(weights(scaled))
        .isEqualTo(
            matrix(new long[][] {{0, 0, 0, -1}, {0, 0, -1, 0}, {0, -1, 0, 0}, {-1, 0, 0, 0}}, 2));
    assertThat(scaled.weightSource())
        .isEqualTo(new WeightSource.Learned(LearningRuleKind.HEBBIAN, new BigFraction(1, 4)));
  }

  @Test
  void storkeyWeightsMatchAnIndependentComputation() {
    Network storkey = network("learning_rules.hnet", "storkey");

    // computed with Python's fractions module from the rule's definition
    assertThat(weights(storkey))
        .isEqualTo(
            matrix(new long[][] {{0, 0, 0, -3}, {0, 0, -3, 0}, {0, -3, 0, 0}, {-3, 0, 0, 0}}, 4));
    assertThat(storkey.schedule()).isEqualTo(new Schedule.RandomOrder());
  }

  @Test
  void projectionWeightsMatchAHandComputation() {
    Network projection = network("learning_rules.hnet", "projection");

    // the patterns span the complement of q = [1, 0, 0, 1], so W = I - q q^T / 2 off the diagonal
    assertThat(weights(projection))
        .isEqualTo(
            matrix(new long[][] {{0, 0, 0, -1}, {0, 0, 0, 0}, {0, 0, 0, 0}, {-1, 0, 0, 0}}, 2));
  }

  @Test
  void labelsMayBeNamesNumbersStringsOrPositions() {
    Network labelled = network("pattern_labels.hnet", "labelled");

    assertThat(labelled.patterns().labels()).containsExactly("zero", "1", "two words", "3");
    assertThat(labelled.patterns().pattern(2)).containsExactly(1, 1, -1, -1);
  }

  @Test
  void patternFilesAreConvertedToTheNetworksCoding() {
    Model model = model("pattern_files.hnet");

    assertThat(model.network("signs").get().patterns().labels()).containsExactly("0", "1", "2");
    assertThat(model.network("binary_csv").get().patterns().rows())
        .containsExactly(new int[] {1, -1, -1, 1}, new int[] {-1, 1, 1, -1});
    assertThat(model.network("binary_csv").get().patterns().labels()).containsExactly("A", "B");
    assertThat(model.network("bipolar_csv").get().patterns().rows())
        .containsExactly(new int[] {0, 1, 1, 0}, new int[] {1, 0, 0, 1});
  }

  @Test
  void numbersAreExactRationals() {
    Network numbers = network("numbers.hnet", "numbers");

    assertThat(numbers.weight(1, 2)).isEqualTo(new BigFraction(5, 6));
    assertThat(numbers.weight(0, 3)).isEqualTo(new BigFraction(1, 1000));
    assertThat(numbers.weight(4, 1)).isEqualTo(new BigFraction(-100));
    assertThat(numbers.weight(2, 4)).isEqualTo(new BigFraction(5, 4));
    assertThat(IntStream.range(0, 5).mapToObj(numbers::threshold))
        .containsExactly(
            new BigFraction(1, 7),
            new BigFraction(-2, 7),
            BigFraction.ZERO,
            new BigFraction(100),
            new BigFraction(-3));
    // lcm of 4, 1000, 3, 6, 2 and 7
    assertThat(((ExactParameters) numbers.parameters()).scale()).isEqualTo(21_000);
  }

  @Test
  void aFileHoldsSeveralNetworksInOrder() {
    Model model = model("several_networks.hnet");

    assertThat(model.networks())
        .extracting(Network::name)
        .containsExactly("first", "second", "third");
    assertThat(model.network("first").get().schedule()).isEqualTo(new Schedule.Synchronous());
    assertThat(model.network("third").get().size()).isEqualTo(1);
    assertThat(model.network("second").get().weightSource()).isEqualTo(new WeightSource.Matrix());
  }

  private static Model model(String file) {
    LoadResult result = ModelLoader.of().load(VALID.resolve(file));
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }

  private static Network network(String file, String name) {
    return model(file).network(name).orElseThrow();
  }

  private static List<List<BigFraction>> weights(Network network) {
    return IntStream.range(0, network.size())
        .mapToObj(
            u -> IntStream.range(0, network.size()).mapToObj(v -> network.weight(u, v)).toList())
        .toList();
  }

  private static List<List<BigFraction>> matrix(long[][] numerators, long denominator) {
    return Arrays.stream(numerators)
        .map(row -> Arrays.stream(row).mapToObj(x -> new BigFraction(x, denominator)).toList())
        .toList();
  }
}
