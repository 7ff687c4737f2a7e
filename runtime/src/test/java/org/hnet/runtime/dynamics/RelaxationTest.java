package org.hnet.runtime.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.HopfieldNetwork;
import org.hnet.runtime.LeanVectors;
import org.hnet.runtime.ReferenceNetwork;
import org.hnet.runtime.testing.AllocationMeter;
import org.junit.jupiter.api.Test;

/** Relaxation runs on hand-computed cases and on the formalization's vectors. */
class RelaxationTest {

  private static final Relaxation INDEX_ORDER = Relaxation.of(new Schedule.IndexOrder());
  private static final Relaxation SYNCHRONOUS = Relaxation.of(new Schedule.Synchronous());

  /** A bipolar network with integer weights (row = receiver) and thresholds. */
  private static ReferenceNetwork network(long[] weights, long[] thresholds, int... start) {
    int n = thresholds.length;
    ReferenceNetwork network =
        ReferenceNetwork.of(new ExactParameters(n, Activation.BIPOLAR, 1, weights, thresholds));
    network.setState(start);
    return network;
  }

  /** Two neurons that inhibit each other, w = -1, thresholds 0, from (-1, -1). */
  private static ReferenceNetwork inhibitingPair() {
    return network(new long[] {0, -1, -1, 0}, new long[2], -1, -1);
  }

  private static int[] state(HopfieldNetwork network) {
    int[] state = new int[network.size()];
    network.copyState(state);
    return state;
  }

  @Test
  void anInhibitingPairCyclesSynchronously() {
    // step 1: both nets are +1 -> (1, 1); step 2: both nets are -1 -> (-1, -1), the start again
    RunResult result = SYNCHRONOUS.run(inhibitingPair());

    assertThat(result.outcome()).isEqualTo(Outcome.CYCLE);
    assertThat(result.period()).isEqualTo(2);
    assertThat(result.converged()).isFalse();
    assertThat(result.stable()).isFalse();
    assertThat(result.sweeps()).isEqualTo(2);
    assertThat(result.updates()).isEqualTo(4);
    assertThat(result.flips()).isEqualTo(4);
    // E(-1, -1) = -1/2 (w01 + w10) = 1 and E(1, 1) = 1 as well
    assertThat(result.energyTrace()).containsExactly(1, 1, 1);
  }

  @Test
  void anInhibitingPairSettlesAsynchronouslyWithEnergyMinusOne() {
    // update 0: net +1 -> (1, -1); update 1: net -1 -> unchanged; stable after 1 update
    ReferenceNetwork network = inhibitingPair();
    RunResult result = INDEX_ORDER.run(network);

    assertThat(result.outcome()).isEqualTo(Outcome.FIXED_POINT);
    assertThat(result.stable()).isTrue();
    assertThat(result.updates()).isEqualTo(1);
    assertThat(result.flips()).isEqualTo(1);
    assertThat(result.sweeps()).isEqualTo(2);
    assertThat(state(network)).containsExactly(1, -1);
    // E(1, -1) = -1/2 (-1 * 1 * -1 * 2) = -1
    assertThat(result.energyBefore()).isEqualTo(1);
    assertThat(result.energyAfter()).isEqualTo(-1);
    assertThat(result.scaledEnergyBefore()).hasValue(1);
    assertThat(result.scaledEnergyAfter()).hasValue(-1);
    assertThat(result.energyTrace()).containsExactly(1, -1, -1);
  }

  @Test
  void theLeanNetworksStabilizeAfterTheListedNumberOfUpdates() {
    assertThat(runFromLeanStart("W1", LeanVectors.extu()).updates()).isEqualTo(3);
    assertThat(runFromLeanStart("Hebbian_ps", LeanVectors.extu()).updates()).isEqualTo(2);
    int[] initial = LeanVectors.ints(LeanVectors.network("extra_rational_hopfield").get("initial"));
    RunResult extra = runFromLeanStart("extra_rational_hopfield", initial);
    assertThat(extra.updates()).isEqualTo(2);
    // energies 1 at the start and -2 at the end, scale 6
    assertThat(extra.scaledEnergyBefore()).hasValue(6);
    assertThat(extra.scaledEnergyAfter()).hasValue(-12);
  }

  private static RunResult runFromLeanStart(String name, int[] start) {
    JsonNode vectors = LeanVectors.network(name);
    ReferenceNetwork network = ReferenceNetwork.of(LeanVectors.parameters(vectors));
    network.setState(start);
    RunResult result = INDEX_ORDER.run(network);
    assertThat(result.outcome()).as(name).isEqualTo(Outcome.FIXED_POINT);
    assertThat(result.convergenceBound()).as(name).isEqualTo(64);
    assertThat(result.withinConvergenceBound()).as(name).isTrue();
    return result;
  }

  @Test
  void aStableStartNeedsZeroUpdates() {
    // a stored pattern of Hebbian_ps is stable: one quiet sweep proves it
    ReferenceNetwork network =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("Hebbian_ps")));
    network.setState(new int[] {1, 1, -1, -1});

    RunResult asynchronous = INDEX_ORDER.run(network);
    RunResult synchronous = SYNCHRONOUS.run(network);

    assertThat(asynchronous.updates()).isZero();
    assertThat(asynchronous.sweeps()).isEqualTo(1);
    assertThat(synchronous.outcome()).isEqualTo(Outcome.FIXED_POINT);
    assertThat(synchronous.updates()).isZero();
    assertThat(synchronous.sweeps()).isEqualTo(1);
  }

  @Test
  void reachingTheLimitAtTheFixedPointStillCountsAsAFixedPoint() {
    // W1 from extu is first stable after update 3
    ReferenceNetwork network =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("W1")));
    network.setState(LeanVectors.extu());
    RunResult two = INDEX_ORDER.withMaxUpdates(2).run(network);

    assertThat(two.outcome()).isEqualTo(Outcome.LIMIT);
    assertThat(two.stable()).isFalse();
    assertThat(two.updates()).isEqualTo(2);

    network.setState(LeanVectors.extu());
    RunResult three = INDEX_ORDER.withMaxUpdates(3).run(network);

    assertThat(three.outcome()).isEqualTo(Outcome.FIXED_POINT);
    assertThat(three.updates()).isEqualTo(3);
    assertThat(three.sweeps()).isEqualTo(1);
  }

  @Test
  void maxSweepsStopsTheRun() {
    // the inhibiting pair needs a second, quiet sweep to prove its fixed point
    RunResult result = INDEX_ORDER.withMaxSweeps(1).run(inhibitingPair());

    assertThat(result.sweeps()).isEqualTo(1);
    assertThat(result.outcome()).isEqualTo(Outcome.FIXED_POINT);
    assertThat(result.updates()).isEqualTo(1);
  }

  @Test
  void aGivenOrderThatOmitsANeuronStallsUnstable() {
    // zero weights and thresholds: every net input ties, so every neuron wants to be on;
    // the order [1] never updates neuron 0, which stays off
    ReferenceNetwork network = network(new long[4], new long[2], -1, -1);

    RunResult result = Relaxation.of(new Schedule.GivenOrder(new int[] {1})).run(network);

    assertThat(result.outcome()).isEqualTo(Outcome.LIMIT);
    assertThat(result.stable()).isFalse();
    assertThat(result.sweeps()).isEqualTo(2);
    assertThat(result.updates()).isEqualTo(2);
    assertThat(state(network)).containsExactly(-1, 1);
  }

  @Test
  void asymmetricWeightsCycleAsynchronously() {
    // w(0, 1) = 1, w(1, 0) = -1: neuron 0 copies neuron 1, neuron 1 copies its negation.
    // after sweep 1: (1, -1); sweep 2: (-1, 1); sweep 3: (1, -1) again, a cycle of 2 sweeps
    ReferenceNetwork network = network(new long[] {0, 1, -1, 0}, new long[2], 1, 1);

    RunResult result = INDEX_ORDER.run(network);

    assertThat(result.outcome()).isEqualTo(Outcome.CYCLE);
    assertThat(result.period()).isEqualTo(2);
    assertThat(result.sweeps()).isEqualTo(3);
    assertThat(result.updates()).isEqualTo(6);
    assertThat(result.flips()).isEqualTo(5);
  }

  @Test
  void aRingCyclesSynchronouslyWithPeriodThree() {
    // s0 := s2, s1 := s0, s2 := s1 rotates the state: (1,-1,-1) -> (-1,1,-1) -> (-1,-1,1) -> ...
    long[] w = {0, 0, 1, 1, 0, 0, 0, 1, 0};
    RunResult result = SYNCHRONOUS.run(network(w, new long[3], 1, -1, -1));

    assertThat(result.outcome()).isEqualTo(Outcome.CYCLE);
    assertThat(result.period()).isEqualTo(3);
  }

  @Test
  void randomOrderReachesAStoredPattern() {
    // Hebbian_ps from extu: every fixed point is a stored pattern or its negation
    ReferenceNetwork network =
        ReferenceNetwork.of(LeanVectors.parameters(LeanVectors.network("Hebbian_ps")));
    network.setState(LeanVectors.extu());

    RunResult result =
        Relaxation.of(new Schedule.RandomOrder()).run(network, new SplittableRandom(7));

    assertThat(result.outcome()).isEqualTo(Outcome.FIXED_POINT);
    assertThat(network.isStable()).isTrue();
    assertThat(result.scaledEnergyAfter()).hasValue(-4);
  }

  @Test
  void floatingNetworksHaveNoScaledEnergies() {
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new FloatingParameters(
                2, Activation.BIPOLAR, new double[] {0, -0.5, -0.5, 0}, new double[2]));

    RunResult result = INDEX_ORDER.run(network);

    assertThat(result.scaledEnergyBefore()).isEmpty();
    assertThat(result.energyAfter()).isEqualTo(-0.5);
  }

  @Test
  void theTraceCanBeSwitchedOff() {
    RunResult result = INDEX_ORDER.withoutEnergyTrace().run(inhibitingPair());

    assertThat(result.energyTrace()).isEmpty();
    assertThat(result.energyAfter()).isEqualTo(-1);
  }

  @Test
  void theLoopAllocatesNothing() {
    // neuron 0 copies neuron 1 and neuron 1 copies the negation of neuron 0: no fixed point, and
    // a random order finds no cycle, so each run lasts exactly maxSweeps sweeps. The 1000 extra
    // sweeps of a 1010-sweep run over a 10-sweep run allocate nothing: any allocation would cost
    // at least 16 bytes per sweep, 1.6 MB over 100 runs. The per-run setup may differ by a few
    // bytes between the two (escape analysis removes it in some compilations and not in others).
    ReferenceNetwork network = network(new long[] {0, 1, -1, 0}, new long[2], 1, 1);
    Relaxation random =
        Relaxation.of(new Schedule.RandomOrder()).withoutEnergyTrace().withMaxUpdates(1 << 20);
    Relaxation shortRun = random.withMaxSweeps(10);
    Relaxation longRun = random.withMaxSweeps(1010);
    SplittableRandom seeds = new SplittableRandom(11);

    long shortBytes =
        AllocationMeter.bytesAllocatedBy(() -> shortRun.run(network, seeds), 2_000, 100);
    long longBytes =
        AllocationMeter.bytesAllocatedBy(() -> longRun.run(network, seeds), 2_000, 100);

    assertThat(longRun.run(network, seeds).sweeps()).isEqualTo(1010);
    assertThat(longBytes - shortBytes).isLessThan(100L * 1000);
  }

  @Test
  void theConvergenceBoundIsNTimesTwoToTheNSaturating() {
    assertThat(Relaxation.convergenceBound(0)).isZero();
    assertThat(Relaxation.convergenceBound(1)).isEqualTo(2);
    assertThat(Relaxation.convergenceBound(4)).isEqualTo(64);
    assertThat(Relaxation.convergenceBound(10)).isEqualTo(10_240);
    // 57 * 2^57 = 8214565720323784704 < 2^63 - 1; 58 * 2^58 is larger
    assertThat(Relaxation.convergenceBound(57)).isEqualTo(8_214_565_720_323_784_704L);
    assertThat(Relaxation.convergenceBound(58)).isEqualTo(Long.MAX_VALUE);
    assertThat(Relaxation.convergenceBound(1000)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Relaxation.convergenceBound(-3)).hasMessageContaining("-3");
  }

  @Test
  void badArgumentsAreQuoted() {
    Relaxation given = Relaxation.of(new Schedule.GivenOrder(new int[] {0, 7}));
    Relaxation random = Relaxation.of(new Schedule.RandomOrder());

    assertThatThrownBy(() -> given.run(inhibitingPair())).hasMessageContaining("neuron 7");
    assertThatThrownBy(() -> random.run(inhibitingPair())).hasMessageContaining("SplittableRandom");
    assertThatThrownBy(() -> INDEX_ORDER.withMaxUpdates(-2)).hasMessageContaining("-2");
    assertThatThrownBy(() -> INDEX_ORDER.withMaxSweeps(-4)).hasMessageContaining("-4");
  }
}
