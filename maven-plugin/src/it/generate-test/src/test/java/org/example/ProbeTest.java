package org.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProbeTest {

  @Test
  void theGeneratedTestClassSettlesAsTheFormalizationSays() {
    Probe probe = new Probe();

    // data/lean/hebbian.json, W1: from [1, -1, -1, 1] stable after 3 updates at [-1, -1, 1, 1]
    probe.setState(new int[] {1, -1, -1, 1});
    long updates = probe.relax(100);

    int[] state = new int[Probe.SIZE];
    probe.copyState(state);
    assertEquals(3, updates);
    assertArrayEquals(new int[] {-1, -1, 1, 1}, state);
  }
}
