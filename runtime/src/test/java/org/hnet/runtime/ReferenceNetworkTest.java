package org.hnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference network on hand-computed cases. */
class ReferenceNetworkTest {

  /** Two bipolar neurons that inhibit each other: w(0, 1) = w(1, 0) = -1, thresholds 0. */
  private static final ExactParameters PAIR =
      new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, -1, -1, 0}, new long[2]);

  private static ReferenceNetwork inhibitingPair() {
    return ReferenceNetwork.of(PAIR);
  }

  @Test
  void aNewNetworkStartsWithEveryNeuronOff() {
    ReferenceNetwork network = inhibitingPair();

    assertThat(ReferenceNetworkLeanTest.state(network)).containsExactly(-1, -1);
  }

  @Test
  void updateSendsATieToTheHighValue() {
    // binary neurons, w = 1/2 both ways, thresholds 1/2 (scale 2): net(0) = 1/2 * s(1) = 1/2
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(
                2, Activation.BINARY, 2, new long[] {0, 1, 1, 0}, new long[] {1, 1}));
    network.setState(new int[] {0, 1});

    assertThat(network.scaledNetInput(0)).isEqualTo(network.scaledThreshold(0)).isEqualTo(1);
    assertThat(network.update(0)).isTrue();
    assertThat(network.state(0)).isEqualTo(1);
  }

  @Test
  void theDiagonalNeverCounts() {
    // a self-weight of 5 on neuron 0 must not enter its net input: net(0) = 2 * s(1) = -2
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {5, 2, 2, 0}, new long[2]));
    network.setState(new int[] {1, -1});

    assertThat(network.scaledNetInput(0)).isEqualTo(-2);
    assertThat(network.netInput(0)).isEqualTo(-2.0);
  }

  @Test
  void theEnergyAddsTheThresholdTerm() {
    // E = -1/2 (w01 s0 s1 + w10 s1 s0) + t0 s0 + t1 s1 with w = -1, t = (1/3, -2/3), s = (1, -1):
    // -1/2 (1 + 1) + 1/3 + 2/3 = 0; times scale 3 is 0. With s = (1, 1): 1 + 1/3 - 2/3 = 2/3.
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(
                2, Activation.BIPOLAR, 3, new long[] {0, -3, -3, 0}, new long[] {1, -2}));
    network.setState(new int[] {1, -1});
    assertThat(network.scaledEnergy()).isZero();

    network.setState(new int[] {1, 1});
    assertThat(network.scaledEnergy()).isEqualTo(2);
    assertThat(network.energy()).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void scaledEnergyRefusesHalfIntegersFromAsymmetricWeights() {
    // w(0, 1) = 1, w(1, 0) = 0, s = (1, 1): E = -1/2 (1 + 0) = -1/2, not an integer
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 1, 0, 0}, new long[2]));
    network.setState(new int[] {1, 1});

    assertThat(network.energy()).isEqualTo(-0.5);
    assertThatThrownBy(network::scaledEnergy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pair sum 1 is odd");
  }

  @Test
  void aSynchronousStepUsesThePreviousStateForEveryNeuron() {
    // from (-1, -1) both net inputs are +1, so both neurons turn on together
    ReferenceNetwork network = inhibitingPair();

    assertThat(network.synchronousStep()).isEqualTo(2);
    assertThat(ReferenceNetworkLeanTest.state(network)).containsExactly(1, 1);
  }

  @Test
  void aSweepUpdatesInIndexOrder() {
    // update 0: net = 1 -> +1; update 1: net = -1 -> stays -1
    ReferenceNetwork network = inhibitingPair();

    assertThat(network.sweep()).isEqualTo(1);
    assertThat(ReferenceNetworkLeanTest.state(network)).containsExactly(1, -1);
  }

  @Test
  void relaxCountsZeroFromAStableStateAndMinusOneAtTheBound() {
    ReferenceNetwork network = inhibitingPair();
    network.setState(new int[] {1, -1});
    assertThat(network.relax(10)).isZero();

    network.setState(new int[] {-1, -1});
    assertThat(network.relax(0)).isEqualTo(-1);
    assertThat(network.relax(1)).isEqualTo(1);
    assertThatThrownBy(() -> network.relax(-5)).hasMessageContaining("-5");
  }

  @Test
  void floatingParametersDecideTiesInDoubles() {
    // w = 0.25 both ways, thresholds 0.25: net(0) = 0.25 * s(1) = 0.25, a tie
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new FloatingParameters(
                2, Activation.BIPOLAR, new double[] {0, 0.25, 0.25, 0}, new double[] {0.25, 0.25}));
    network.setState(new int[] {-1, 1});

    assertThat(network.isExact()).isFalse();
    assertThat(network.scale()).isEqualTo(1);
    assertThat(network.update(0)).isTrue();
    // E(1, 1) = -1/2 (0.25 + 0.25) + 0.25 + 0.25 = 0.25
    assertThat(network.energy()).isEqualTo(0.25);
    assertThatThrownBy(network::scaledEnergy).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void setStateQuotesTheBadValue() {
    ReferenceNetwork network = inhibitingPair();

    assertThatThrownBy(() -> network.setState(new int[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value 0 of neuron 1 is not bipolar");
    assertThatThrownBy(() -> network.setState(new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1");
    assertThatThrownBy(() -> network.setNeuron(0, 7)).hasMessageContaining("value 7");
    assertThatThrownBy(() -> network.setNeuron(2, 1)).hasMessageContaining("2");
  }

  @Test
  void infoMustDescribeTheSameNeurons() {
    ExactParameters parameters =
        inhibitingPair().parameters() instanceof ExactParameters e ? e : null;
    NetworkInfo threeNames =
        new NetworkInfo(
            "pair",
            "",
            "reference",
            "dense",
            List.of("a", "b", "c"),
            0,
            0,
            PatternSet.empty(Activation.BIPOLAR, 3));
    NetworkInfo twoNames =
        new NetworkInfo(
            "pair",
            "pair.hnet",
            "reference",
            "dense",
            List.of("a", "b"),
            1,
            2,
            PatternSet.empty(Activation.BIPOLAR, 2));

    assertThatThrownBy(() -> ReferenceNetwork.of(PAIR, threeNames))
        .hasMessageContaining("names 3 neurons");
    assertThat(ReferenceNetwork.of(PAIR, twoNames).info()).isSameAs(twoNames);
  }
}
