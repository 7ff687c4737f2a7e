package org.hnet.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.ReferenceNetwork;
import org.junit.jupiter.api.Test;

class AllocationMeterTest {

  /** Where allocated arrays escape to, so that the compiler cannot remove the allocation. */
  private static volatile Object sink;

  private static final int[] NUMBERS = {3, 1, 4, 1, 5, 9, 2, 6};

  private static volatile int total;

  @Test
  void anArrayPerRunIsCounted() {
    // new long[16] is at least 16 * 8 = 128 bytes of elements, so 1000 runs allocate >= 128000
    long bytes = AllocationMeter.bytesAllocatedBy(() -> sink = new long[16]);

    assertThat(bytes).isGreaterThanOrEqualTo(128L * AllocationMeter.MEASURED_RUNS);
  }

  @Test
  void arithmeticOnPrimitivesAllocatesNothing() {
    long bytes =
        AllocationMeter.bytesAllocatedBy(
            () -> {
              int sum = 0;
              for (int x : NUMBERS) {
                sum += x;
              }
              total = sum;
            });

    assertThat(bytes).isZero();
  }

  @Test
  void referenceUpdatesAllocateNothing() {
    ReferenceNetwork network =
        ReferenceNetwork.of(
            new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, -1, -1, 0}, new long[2]));

    long bytes = AllocationMeter.bytesAllocatedBy(() -> network.update(0));

    assertThat(bytes).isZero();
  }
}
