package org.hnet.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.PatternSet;
import org.junit.jupiter.api.Test;

class RepresentationChooserTest {

  @Test
  void intWhileTheMagnitudeBoundFitsIntThenLong() {
    // bound = (|t0| + |w01|) + (|t1| + |w10|) = (MAX - 2 + 1) + (0 + 1) = Integer.MAX_VALUE
    Network atLimit = pair(Integer.MAX_VALUE - 2);
    Network beyond = pair(Integer.MAX_VALUE - 1);

    assertThat(RepresentationChooser.choose(atLimit).numbers()).isEqualTo(NumberType.INT);
    assertThat(RepresentationChooser.choose(atLimit).numbersReason())
        .contains("at most 2147483647", "fits int");
    assertThat(RepresentationChooser.choose(beyond).numbers()).isEqualTo(NumberType.LONG);
    assertThat(RepresentationChooser.choose(beyond).numbersReason()).contains("exceeds int");
  }

  @Test
  void theDiagonalDoesNotCountTowardsTheBound() {
    long[] weights = {Long.MAX_VALUE / 2, 1, 1, 0};
    ExactParameters parameters =
        new ExactParameters(2, Activation.BINARY, 1, weights, new long[] {0, 0});

    assertThat(RepresentationChooser.choose(Networks.of(parameters)).numbers())
        .isEqualTo(NumberType.INT);
  }

  @Test
  void floatingParametersAreDoubles() {
    FloatingParameters parameters =
        new FloatingParameters(2, Activation.BIPOLAR, new double[] {0, 0.5, 0.5, 0}, new double[2]);

    Representation representation = RepresentationChooser.choose(Networks.of(parameters));

    assertThat(representation.numbers()).isEqualTo(NumberType.DOUBLE);
    assertThat(representation.describe()).isEqualTo("dense double");
    assertThat(representation.symmetric()).isTrue();
  }

  @Test
  void literalsUpTo64NeuronsAnd4096PatternValues() {
    assertThat(storage(64, 0)).isEqualTo(Storage.LITERAL);
    assertThat(storage(65, 0)).isEqualTo(Storage.RESOURCE);
    assertThat(storage(64, 64)).isEqualTo(Storage.LITERAL);
    assertThat(storage(64, 65)).isEqualTo(Storage.RESOURCE);
    assertThat(storage(8, 512)).isEqualTo(Storage.LITERAL);
    assertThat(storage(8, 513)).isEqualTo(Storage.RESOURCE);
  }

  private static Storage storage(int size, int patterns) {
    ExactParameters parameters =
        new ExactParameters(size, Activation.BIPOLAR, 1, new long[size * size], new long[size]);
    List<int[]> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < patterns; k++) {
      rows.add(new int[size]);
      java.util.Arrays.fill(rows.get(k), 1);
      labels.add("p" + k);
    }
    PatternSet set = new PatternSet(Activation.BIPOLAR, size, rows, labels);
    return RepresentationChooser.choose(Networks.of(parameters, set)).storage();
  }

  /** Two neurons joined by weight 1, thresholds {@code t0} and 0. */
  private static Network pair(long t0) {
    return Networks.of(
        new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 1, 1, 0}, new long[] {t0, 0}));
  }
}
