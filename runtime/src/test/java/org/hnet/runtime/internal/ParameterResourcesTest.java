package org.hnet.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParameterResourcesTest {

  private static byte[] ints(int... values) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParameterResources.writeInts(out, values);
    return out.toByteArray();
  }

  @Test
  void aResourceBesideItsClassIsRead() {
    // three-ints.bin was written by hand: 0x89 'H' 'N' 'P', version 1, 'I', 0, count 3, 1 -2 3
    int[] values = ParameterResources.readInts(ParameterResourcesTest.class, "three-ints.bin", 3);

    assertThat(values).containsExactly(1, -2, 3);
  }

  @Test
  void theWriterProducesTheDocumentedLayout() throws IOException {
    byte[] bytes = ints(1, -2, 3);

    assertThat(bytes)
        .containsExactly(
            0x89, 'H', 'N', 'P', 0, 1, 'I', 0, 0, 0, 0, 3, 0, 0, 0, 1, 0xff, 0xff, 0xff, 0xfe, 0, 0,
            0, 3);
  }

  @Test
  void everyElementTypeRoundTrips() throws IOException {
    long[] longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
    double[] doubles = {-0.0, 0.1, Double.MIN_VALUE, -1e300, Double.NaN};
    ByteArrayOutputStream longOut = new ByteArrayOutputStream();
    ByteArrayOutputStream doubleOut = new ByteArrayOutputStream();

    ParameterResources.writeLongs(longOut, longs);
    ParameterResources.writeDoubles(doubleOut, doubles);

    assertThat(ParameterResources.readLongs(in(longOut.toByteArray()), "longs", 5))
        .containsExactly(longs);
    double[] read = ParameterResources.readDoubles(in(doubleOut.toByteArray()), "doubles", 5);
    assertThat(Arrays.equals(read, doubles)).isTrue();
    assertThat(ParameterResources.readInts(in(ints()), "empty", 0)).isEmpty();
  }

  @Test
  void aCorruptHeaderIsAClearError() throws IOException {
    byte[] bytes = ints(1, 2);
    bytes[1] = 'X';

    assertThatThrownBy(() -> ParameterResources.readInts(in(bytes), "w.bin", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("w.bin")
        .hasMessageContaining("first bytes are 89584e50");
  }

  @Test
  void anotherFormatVersionIsRefused() throws IOException {
    byte[] bytes = ints(1, 2);
    bytes[5] = 2;

    assertThatThrownBy(() -> ParameterResources.readInts(in(bytes), "w.bin", 2))
        .hasMessageContaining("format version 2, expected 1");
  }

  @Test
  void theElementTypeAndCountMustMatch() throws IOException {
    byte[] bytes = ints(1, 2);

    assertThatThrownBy(() -> ParameterResources.readLongs(in(bytes), "w.bin", 2))
        .hasMessageContaining("element type 'I', expected 'J'");
    assertThatThrownBy(() -> ParameterResources.readInts(in(bytes), "w.bin", 3))
        .hasMessageContaining("2 elements, expected 3");
  }

  @Test
  void truncatedOrPaddedResourcesAreRefused() throws IOException {
    byte[] bytes = ints(1, 2);

    assertThatThrownBy(() -> ParameterResources.readInts(in(Arrays.copyOf(bytes, 19)), "w.bin", 2))
        .hasMessageContaining("has 19 bytes, expected 20");
    assertThatThrownBy(() -> ParameterResources.readInts(in(Arrays.copyOf(bytes, 21)), "w.bin", 2))
        .hasMessageContaining("has 21 bytes, expected 20");
    assertThatThrownBy(() -> ParameterResources.readInts(in(new byte[5]), "w.bin", 2))
        .hasMessageContaining("fewer than a header");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(
            () -> ParameterResources.readInts(ParameterResourcesTest.class, "absent.bin", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'absent.bin' of " + ParameterResourcesTest.class.getName());
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
