package org.hnet.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hnet.lang.model.Network;
import org.hnet.runtime.Activation;
import org.hnet.runtime.ExactParameters;
import org.hnet.runtime.FloatingParameters;
import org.hnet.runtime.Lattice;
import org.hnet.runtime.PatternSet;
import org.hnet.runtime.SparseParameters;
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

  @Test
  void aSmallRangeOfLocalFieldsGetsALookupTable() {
    // w = 3 between two neurons, thresholds 1 and -2. Bipolar: net in [-3, 3], so d(0) in
    // [-4, 2] and d(1) in [-1, 5]: keys -4 to 5. Binary: net in [0, 3], d(0) in [-1, 2], d(1) in
    // [2, 5]: keys -1 to 5.
    long[] weights = {0, 3, 3, 0};
    long[] thresholds = {1, -2};
    ExactParameters bipolar = new ExactParameters(2, Activation.BIPOLAR, 1, weights, thresholds);
    ExactParameters binary = new ExactParameters(2, Activation.BINARY, 1, weights, thresholds);

    assertThat(RepresentationChooser.choose(Networks.of(bipolar)).lookup())
        .contains(new LookupTable(LookupTable.Key.LOCAL_FIELD, -4, 10));
    assertThat(RepresentationChooser.choose(Networks.of(binary)).lookup())
        .contains(new LookupTable(LookupTable.Key.LOCAL_FIELD, -1, 7));
  }

  @Test
  void aWideRangeOfLocalFieldsGetsNone() {
    // w = 512: bipolar net inputs in [-512, 512], 1025 values, one more than a table holds
    long[] weights = {0, 512, 512, 0};
    ExactParameters wide =
        new ExactParameters(2, Activation.BIPOLAR, 1, weights, new long[] {0, 0});
    ExactParameters narrow =
        new ExactParameters(2, Activation.BIPOLAR, 1, new long[] {0, 511, 511, 0}, new long[2]);

    Representation representation = RepresentationChooser.choose(Networks.of(wide));
    assertThat(representation.lookup()).isEmpty();
    assertThat(representation.samplingReason()).contains("more than 1024 values");
    assertThat(RepresentationChooser.choose(Networks.of(narrow)).lookup().get().size())
        .isEqualTo(1023);
  }

  @Test
  void floatingParametersHaveNoLookupTable() {
    FloatingParameters parameters =
        new FloatingParameters(2, Activation.BIPOLAR, new double[] {0, 1, 1, 0}, new double[2]);

    assertThat(RepresentationChooser.choose(Networks.of(parameters)).lookup()).isEmpty();
  }

  @Test
  void aLatticeWithOneThresholdIsKeyedByTheNeighbourSum() {
    Representation bipolar =
        RepresentationChooser.choose(lattice(4, 4, Activation.BIPOLAR, new long[16]));
    Representation binary =
        RepresentationChooser.choose(lattice(4, 4, Activation.BINARY, new long[16]));

    assertThat(bipolar.describe()).isEqualTo("lattice int");
    assertThat(bipolar.uniformThreshold()).isTrue();
    assertThat(bipolar.lookup()).contains(new LookupTable(LookupTable.Key.NEIGHBOUR_SUM, -4, 9));
    assertThat(binary.lookup()).contains(new LookupTable(LookupTable.Key.NEIGHBOUR_SUM, 0, 5));
    assertThat(bipolar.storageReason()).contains("index arithmetic", "4 x 4 torus");
  }

  @Test
  void aLatticeWithThresholdsPerSiteHasNoTable() {
    long[] thresholds = new long[16];
    thresholds[3] = 1;

    Representation representation =
        RepresentationChooser.choose(lattice(4, 4, Activation.BIPOLAR, thresholds));

    assertThat(representation.uniformThreshold()).isFalse();
    assertThat(representation.lookup()).isEmpty();
    assertThat(representation.samplingReason()).contains("thresholds differ");
  }

  @Test
  void latticeLiteralsUpTo1024Sites() {
    assertThat(
            RepresentationChooser.choose(lattice(32, 32, Activation.BIPOLAR, new long[1024]))
                .storage())
        .isEqualTo(Storage.LITERAL);
    assertThat(
            RepresentationChooser.choose(lattice(33, 32, Activation.BIPOLAR, new long[1056]))
                .storage())
        .isEqualTo(Storage.RESOURCE);
  }

  /** A periodic lattice with coupling 1 and the given thresholds. */
  private static Network lattice(int rows, int columns, Activation activation, long[] thresholds) {
    Lattice lattice = Lattice.of(rows, columns, Lattice.Boundary.PERIODIC);
    SparseParameters bonds = lattice.parameters(activation, 1, 0, 1);
    SparseParameters parameters =
        new SparseParameters(
            bonds.size(),
            activation,
            1,
            bonds.rowStarts(),
            bonds.senders(),
            bonds.weights(),
            thresholds);
    return Networks.onLattice(lattice, parameters);
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
