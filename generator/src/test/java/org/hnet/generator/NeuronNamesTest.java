package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.model.Network;
import org.hnet.lang.model.NeuronGroup;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.PatternSet;
import org.junit.jupiter.api.Test;

/**
 * Large classes rebuild their neuron names from the groups when the groups make them, and list them
 * in chunks otherwise; either way info() gives back exactly the network's names.
 */
class NeuronNamesTest {

  @Test
  void namesOfMixedGroupsAreRebuilt() {
    // 1 + 5 + 64 = 70 neurons: more than 64, so the parameters go to resources
    List<NeuronGroup> groups =
        List.of(
            TestNetworks.single("bias", 0),
            TestNetworks.range("x", 1, 1, 5),
            TestNetworks.grid("pixel", 6, 8, 8));
    Network network = network("mixed", groups, null);

    assertThat(plan(network).namesFromGroups()).isTrue();
    assertThat(network.neuronNames()).startsWith("bias", "x[1]").endsWith("pixel[7, 7]");
    assertThat(names(network)).isEqualTo(network.neuronNames());
  }

  @Test
  void namesTheGroupsDoNotMakeAreListed() {
    List<String> names = new ArrayList<>();
    for (int u = 0; u < 70; u++) {
      names.add("neuron " + (70 - u));
    }
    Network network = network("renamed", List.of(TestNetworks.range("x", 0, 0, 70)), names);

    assertThat(plan(network).namesFromGroups()).isFalse();
    assertThat(names(network)).isEqualTo(names);
  }

  @Test
  void moreGroupsThanARebuildTakesAreListedInChunks() {
    // 1100 single neurons: more groups than NetworkPlan.MAX_GROUPS and more names than one
    // generated method lists
    List<NeuronGroup> groups = new ArrayList<>();
    for (int u = 0; u < 1100; u++) {
      groups.add(TestNetworks.single("n" + u, u));
    }
    Network network = network("many", groups, null);

    assertThat(plan(network).namesFromGroups()).isFalse();
    assertThat(names(network)).isEqualTo(network.neuronNames());
  }

  private static Network network(String name, List<NeuronGroup> groups, List<String> names) {
    int n = groups.stream().mapToInt(NeuronGroup::size).sum();
    ExactParameters parameters =
        new ExactParameters(n, Activation.BINARY, 1, new long[n * n], new long[n]);
    PatternSet none = PatternSet.empty(Activation.BINARY, n);
    return names == null
        ? TestNetworks.network(name, parameters, groups, 0, 0, none)
        : TestNetworks.network(name, parameters, groups, names, 0, 0, none);
  }

  private static NetworkPlan plan(Network network) {
    return JavaGenerator.plan(TestNetworks.model(network), options()).get(0);
  }

  private static List<String> names(Network network) {
    List<GeneratedFile> files = JavaGenerator.generate(TestNetworks.model(network), options());
    String className = plan(network).qualifiedClassName();
    return Compilers.RUNTIME_ONLY
        .compile(files)
        .newInstance(className, HopfieldNetwork.class)
        .info()
        .neuronNames();
  }

  private static GeneratorOptions options() {
    return GeneratorOptions.of("org.names", "names.hnet");
  }
}
