package org.hnet.runtime.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.api.Test;

/** Annealing schedules and an annealed run. */
class AnnealingTest {

  @Test
  void linearAndGeometricSchedulesRunBetweenTheirEnds() {
    // linear 4 -> 1 over 4 steps: 4, 3, 2, 1; geometric 8 -> 1 over 4 steps: 8, 4, 2, 1
    Annealing linear = Annealing.linear(4, 1, 4);
    Annealing geometric = Annealing.geometric(8, 1, 4);

    assertThat(linear.temperature(1)).isCloseTo(3, within(1e-15));
    assertThat(linear.temperature(3)).isEqualTo(1);
    assertThat(geometric.temperature(1)).isCloseTo(4, within(1e-14));
    assertThat(geometric.temperature(2)).isCloseTo(2, within(1e-14));
    assertThat(Annealing.linear(1, 0, 2).beta(1)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void badSchedulesAreRefused() {
    assertThatThrownBy(() -> Annealing.geometric(1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> Annealing.linear(-1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
  }

  @Test
  void annealingAFerromagnetToZeroTemperatureEndsInAStableState() {
    // an open 6 x 6 ferromagnet (60 bonds, ground-state energy -60) cooled from T = 5 to 0.05
    // from a random start (energy near 0): it must end far down, at -40 or below (domain walls
    // may survive the quench, each costing 2 per broken bond)
    Lattice lattice = Lattice.of(6, 6, Lattice.Boundary.OPEN);
    ReferenceNetwork network = ReferenceNetwork.of(lattice.parameters(Activation.BIPOLAR, 1, 0, 1));
    SplittableRandom random = new SplittableRandom(12);
    network.gibbsSweep(0, random);

    Sampler.anneal(
        network, UpdateMethod.GIBBS_SYSTEMATIC, Annealing.geometric(5, 0.05, 400), random);

    assertThat(network.energy()).isLessThanOrEqualTo(-40);
  }
}
