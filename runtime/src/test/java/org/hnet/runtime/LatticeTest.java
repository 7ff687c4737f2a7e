package org.hnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Lattice couplings and sparse parameters on hand-checked cases. */
class LatticeTest {

  @Test
  void aThreeByThreeTorusJoinsEachSiteToFourNeighboursWithWrapAround() {
    // site 0 = (0, 0): right (0, 1) = 1, left wraps to (0, 2) = 2, down (1, 0) = 3, up wraps to
    // (2, 0) = 6
    SparseParameters p =
        Lattice.of(3, 3, Lattice.Boundary.PERIODIC).parameters(Activation.BIPOLAR, 1, 0, 1);

    assertThat(p.senders()).startsWith(1, 2, 3, 6);
    assertThat(p.degree(0)).isEqualTo(4);
    assertThat(p.scaledWeight(0, 2)).isEqualTo(1);
    assertThat(p.scaledWeight(0, 4)).isZero();
    assertThat(p.isSymmetric()).isTrue();
    assertThat(Lattice.of(3, 3, Lattice.Boundary.PERIODIC).bondCount()).isEqualTo(18);
  }

  @Test
  void onATorusWithTwoRowsAPairJoinedTwiceGetsTwiceTheCoupling() {
    // 2 x 3 torus: (0, c) and (1, c) are joined going down and going up: weight 2J
    SparseParameters p =
        Lattice.of(2, 3, Lattice.Boundary.PERIODIC).parameters(Activation.BIPOLAR, 3, 0, 1);

    assertThat(p.scaledWeight(0, 3)).isEqualTo(6);
    assertThat(p.scaledWeight(0, 1)).isEqualTo(3);
    assertThat(p.degree(0)).isEqualTo(3);
  }

  @Test
  void theIsingEnergyCountsEveryBondOnceAndTheFieldEntersAsMinusTheThreshold() {
    // all spins up on an L x L torus (L >= 3): E = -J * 2N - h * N; with J = 1/2, h = 1/4, N = 16:
    // E = -16 - 4 = -20
    Lattice torus = Lattice.of(4, 4, Lattice.Boundary.PERIODIC);
    ReferenceNetwork network = ReferenceNetwork.of(torus.parameters(Activation.BIPOLAR, 2, 1, 4));
    int[] up = new int[16];
    java.util.Arrays.fill(up, 1);
    network.setState(up);

    assertThat(network.energy()).isEqualTo(-20.0);
    assertThat(network.threshold(0)).isEqualTo(-0.25);
  }

  @Test
  void anOpenChainHasNoWrapAroundBonds() {
    Lattice chain = Lattice.of(1, 4, Lattice.Boundary.OPEN);
    SparseParameters p = chain.parameters(Activation.BINARY, 1, 0, 1);

    assertThat(p.degree(0)).isEqualTo(1);
    assertThat(p.degree(1)).isEqualTo(2);
    assertThat(p.scaledWeight(0, 3)).isZero();
    assertThat(chain.bondCount()).isEqualTo(3);
  }

  @Test
  void aSparseNetworkComputesTheSameNetInputsAsItsDenseTwin() {
    Lattice torus = Lattice.of(3, 4, Lattice.Boundary.PERIODIC);
    SparseParameters sparse = torus.parameters(Activation.BIPOLAR, 3, -2, 5);
    long[] dense = new long[144];
    for (int u = 0; u < 12; u++) {
      for (int v = 0; v < 12; v++) {
        dense[u * 12 + v] = sparse.scaledWeight(u, v);
      }
    }
    ReferenceNetwork a = ReferenceNetwork.of(sparse);
    ReferenceNetwork b =
        ReferenceNetwork.of(
            new ExactParameters(12, Activation.BIPOLAR, 5, dense, sparse.thresholds()));
    java.util.SplittableRandom random = new java.util.SplittableRandom(8);
    for (int k = 0; k < 50; k++) {
      int[] state = new int[12];
      for (int u = 0; u < 12; u++) {
        state[u] = random.nextBoolean() ? 1 : -1;
      }
      a.setState(state);
      b.setState(state);
      for (int u = 0; u < 12; u++) {
        assertThat(a.scaledNetInput(u)).isEqualTo(b.scaledNetInput(u));
      }
      assertThat(a.scaledEnergy()).isEqualTo(b.scaledEnergy());
    }
  }

  @Test
  void aLargeTorusFitsInSparseParameters() {
    SparseParameters p =
        Lattice.of(256, 256, Lattice.Boundary.PERIODIC).parameters(Activation.BIPOLAR, 1, 0, 1);
    ReferenceNetwork network = ReferenceNetwork.of(p);

    assertThat(p.size()).isEqualTo(65536);
    assertThat(p.senders()).hasSize(4 * 65536);
    assertThat(network.energy()).isEqualTo(-2.0 * 65536);
  }

  @Test
  void badSparseRowsAreRefused() {
    assertThatThrownBy(
            () ->
                new SparseParameters(
                    2,
                    Activation.BINARY,
                    1,
                    new int[] {0, 1, 2},
                    new int[] {0, 0},
                    new long[2],
                    new long[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0 lists sender 0");
    assertThatThrownBy(() -> Lattice.of(0, 3, Lattice.Boundary.OPEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 x 3");
  }
}
