package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.hnet.runtime.HopfieldNetwork;

/** Checks that a generated network and the reference report the same about their states. */
final class Agreement {

  private Agreement() {}

  /** Same state, stability, net inputs, thresholds and energies, exact ones included. */
  static void check(HopfieldNetwork generated, HopfieldNetwork reference, String context) {
    int n = reference.size();
    assertThat(state(generated)).as("state, %s", context).containsExactly(state(reference));
    assertThat(generated.isStable()).as("isStable, %s", context).isEqualTo(reference.isStable());
    for (int u = 0; u < n; u++) {
      assertThat(generated.netInput(u))
          .as("netInput(%d), %s", u, context)
          .isEqualTo(reference.netInput(u));
      assertThat(generated.threshold(u))
          .as("threshold(%d), %s", u, context)
          .isEqualTo(reference.threshold(u));
    }
    assertThat(generated.energy()).as("energy, %s", context).isEqualTo(reference.energy());
    if (reference.isExact()) {
      checkExact(generated, reference, context);
    }
  }

  private static void checkExact(
      HopfieldNetwork generated, HopfieldNetwork reference, String context) {
    for (int u = 0; u < reference.size(); u++) {
      assertThat(generated.scaledNetInput(u))
          .as("scaledNetInput(%d), %s", u, context)
          .isEqualTo(reference.scaledNetInput(u));
      assertThat(generated.scaledThreshold(u))
          .as("scaledThreshold(%d), %s", u, context)
          .isEqualTo(reference.scaledThreshold(u));
    }
    Throwable expected = catchThrowable(reference::scaledEnergy);
    if (expected == null) {
      assertThat(generated.scaledEnergy())
          .as("scaledEnergy, %s", context)
          .isEqualTo(reference.scaledEnergy());
    } else {
      assertThat(catchThrowable(generated::scaledEnergy))
          .as("scaledEnergy, %s", context)
          .isInstanceOf(expected.getClass());
    }
  }

  /** A copy of the network's state. */
  static int[] state(HopfieldNetwork network) {
    int[] state = new int[network.size()];
    network.copyState(state);
    return state;
  }
}
