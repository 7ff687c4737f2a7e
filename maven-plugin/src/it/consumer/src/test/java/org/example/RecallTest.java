package org.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.example.wide.Wide;
import org.junit.jupiter.api.Test;

class RecallTest {

  @Test
  void memoryRecallsAStoredPatternFromACopyWithOneNeuronFlipped() {
    Memory memory = new Memory();

    // q = [-1, 1, -1, 1] with neuron 0 flipped; net(0) = w(0, 3) s(3) = -2 < 0, so it turns off
    memory.setState(new int[] {1, 1, -1, 1});
    long updates = memory.relax(100);

    int[] state = new int[Memory.SIZE];
    memory.copyState(state);
    assertArrayEquals(new int[] {-1, 1, -1, 1}, state);
    assertEquals(1, updates);
    assertArrayEquals(state, memory.info().patterns().pattern(1));
  }

  @Test
  void wideRecallsAStoredPatternFromACopyWithTenNeuronsFlipped() {
    Wide wide = new Wide();
    int[] p = new int[Wide.SIZE];
    for (int u = 0; u < p.length; u++) {
      p[u] = u % 2 == 0 ? 1 : -1;
    }
    int[] start = p.clone();
    for (int u = 0; u < 10; u++) {
      start[u] = -start[u];
    }

    // a flipped neuron u has net input 82 p(u): (99 - 2 * 9) p(u) from p, and -s(u) from q,
    // since q agrees with p on half of the flipped neurons; the first sweep restores p
    wide.setState(start);
    wide.relax(10_000);

    int[] state = new int[Wide.SIZE];
    wide.copyState(state);
    assertArrayEquals(p, state);
  }
}
