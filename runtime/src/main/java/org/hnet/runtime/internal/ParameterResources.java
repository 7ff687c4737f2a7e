package org.hnet.runtime.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The binary resources in which a generated class keeps large parameter arrays, beside its class
 * file. The generator writes them with the {@code write} methods and the generated class reads them
 * back once, when it is loaded, with the {@code read} methods; the format is known to this class
 * alone.
 *
 * <p>Format (big-endian): 4 magic bytes {@code 0x89 'H' 'N' 'P'}, the format version as an unsigned
 * 16-bit number (now {@value #FORMAT_VERSION}), the element type as one ASCII byte ({@code 'I'}
 * int, {@code 'J'} long, {@code 'D'} double), one zero byte, the element count as a 32-bit number,
 * then the elements. A reader checks every field and the total length, so that a resource from
 * another generator version, of another type or of another size is a clear error rather than wrong
 * numbers.
 */
public final class ParameterResources {

  /** The version of the format that this runtime reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private static final byte[] MAGIC = {(byte) 0x89, 'H', 'N', 'P'};
  private static final int HEADER_BYTES = 12;
  private static final byte INT = 'I';
  private static final byte LONG = 'J';
  private static final byte DOUBLE = 'D';

  private ParameterResources() {}

  /**
   * Reads the ints stored in the resource {@code resourceName} beside {@code owner} (resolved as
   * {@link Class#getResourceAsStream(String)} does).
   *
   * @throws IllegalStateException if the resource is missing or not a resource of exactly {@code
   *     expectedCount} ints
   */
  public static int[] readInts(Class<?> owner, String resourceName, int expectedCount) {
    return readInts(open(owner, resourceName), describe(owner, resourceName), expectedCount);
  }

  /** Reads {@code expectedCount} longs from the resource beside {@code owner}, like ints. */
  public static long[] readLongs(Class<?> owner, String resourceName, int expectedCount) {
    return readLongs(open(owner, resourceName), describe(owner, resourceName), expectedCount);
  }

  /** Reads {@code expectedCount} doubles from the resource beside {@code owner}, like ints. */
  public static double[] readDoubles(Class<?> owner, String resourceName, int expectedCount) {
    return readDoubles(open(owner, resourceName), describe(owner, resourceName), expectedCount);
  }

  /**
   * Reads {@code expectedCount} ints from {@code in} and closes it; {@code name} names the resource
   * in error messages.
   *
   * @throws IllegalStateException if the bytes are not a resource of exactly {@code expectedCount}
   *     ints
   */
  public static int[] readInts(InputStream in, String name, int expectedCount) {
    int[] values = new int[expectedCount];
    body(in, name, INT, expectedCount).asIntBuffer().get(values);
    return values;
  }

  /** Reads {@code expectedCount} longs from {@code in} and closes it, like ints. */
  public static long[] readLongs(InputStream in, String name, int expectedCount) {
    long[] values = new long[expectedCount];
    body(in, name, LONG, expectedCount).asLongBuffer().get(values);
    return values;
  }

  /** Reads {@code expectedCount} doubles from {@code in} and closes it, like ints. */
  public static double[] readDoubles(InputStream in, String name, int expectedCount) {
    double[] values = new double[expectedCount];
    body(in, name, DOUBLE, expectedCount).asDoubleBuffer().get(values);
    return values;
  }

  /** Writes {@code values} as an int resource to {@code out}, which stays open. */
  public static void writeInts(OutputStream out, int[] values) throws IOException {
    DataOutputStream data = header(out, INT, values.length);
    for (int value : values) {
      data.writeInt(value);
    }
    data.flush();
  }

  /** Writes {@code values} as a long resource to {@code out}, which stays open. */
  public static void writeLongs(OutputStream out, long[] values) throws IOException {
    DataOutputStream data = header(out, LONG, values.length);
    for (long value : values) {
      data.writeLong(value);
    }
    data.flush();
  }

  /** Writes {@code values} as a double resource to {@code out}, which stays open. */
  public static void writeDoubles(OutputStream out, double[] values) throws IOException {
    DataOutputStream data = header(out, DOUBLE, values.length);
    for (double value : values) {
      data.writeDouble(value);
    }
    data.flush();
  }

  private static DataOutputStream header(OutputStream out, byte type, int count)
      throws IOException {
    DataOutputStream data = new DataOutputStream(Objects.requireNonNull(out, "out"));
    data.write(MAGIC);
    data.writeShort(FORMAT_VERSION);
    data.writeByte(type);
    data.writeByte(0);
    data.writeInt(count);
    return data;
  }

  private static InputStream open(Class<?> owner, String resourceName) {
    InputStream in = owner.getResourceAsStream(resourceName);
    if (in == null) {
      throw new IllegalStateException(
          "parameter resource " + describe(owner, resourceName) + " not found");
    }
    return in;
  }

  private static String describe(Class<?> owner, String resourceName) {
    return "'" + resourceName + "' of " + owner.getName();
  }

  /** Reads all bytes, checks the header and length, and returns the elements. */
  private static ByteBuffer body(InputStream in, String name, byte type, int expectedCount) {
    if (expectedCount < 0) {
      throw new IllegalArgumentException("expectedCount must not be negative: " + expectedCount);
    }
    ByteBuffer bytes = ByteBuffer.wrap(readAll(in, name));
    checkHeader(bytes, name, type, expectedCount);
    long expectedBytes = HEADER_BYTES + (long) expectedCount * elementBytes(type);
    if (bytes.capacity() != expectedBytes) {
      throw new IllegalStateException(
          "parameter resource "
              + name
              + " has "
              + bytes.capacity()
              + " bytes, expected "
              + expectedBytes
              + " for "
              + expectedCount
              + " elements");
    }
    return bytes.position(HEADER_BYTES).slice();
  }

  private static void checkHeader(ByteBuffer bytes, String name, byte type, int expectedCount) {
    if (bytes.capacity() < HEADER_BYTES) {
      throw corrupt(name, "it has " + bytes.capacity() + " bytes, fewer than a header");
    }
    byte[] magic = new byte[MAGIC.length];
    bytes.get(0, magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw corrupt(name, "its first bytes are " + HexFormat.of().formatHex(magic));
    }
    int version = Short.toUnsignedInt(bytes.getShort(4));
    if (version != FORMAT_VERSION) {
      throw corrupt(name, "format version " + version + ", expected " + FORMAT_VERSION);
    }
    byte found = bytes.get(6);
    if (found != type) {
      throw corrupt(name, "element type '" + (char) found + "', expected '" + (char) type + "'");
    }
    int count = bytes.getInt(8);
    if (count != expectedCount) {
      throw corrupt(name, count + " elements, expected " + expectedCount);
    }
  }

  private static IllegalStateException corrupt(String name, String problem) {
    return new IllegalStateException(
        "parameter resource " + name + " does not fit the class reading it: " + problem);
  }

  private static int elementBytes(byte type) {
    return type == INT ? Integer.BYTES : Long.BYTES;
  }

  private static byte[] readAll(InputStream in, String name) {
    try (InputStream stream = in) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter resource " + name, e);
    }
  }
}
