package org.hnet.lang;

import java.util.Locale;

/**
 * How much more memory the front end may use, asked before it allocates anything whose size grows
 * with the model, so that a model too large for the Java heap is refused with a diagnostic (HN110)
 * instead of an {@link OutOfMemoryError}.
 */
@FunctionalInterface
public interface HeapBudget {

  /** The bytes that may still be allocated. */
  long availableBytes();

  /**
   * The Java heap: its maximum size less what is in use now. What is in use counts garbage not yet
   * collected, so the estimate errs on the side of refusing.
   */
  static HeapBudget ofRuntime() {
    return () -> {
      Runtime runtime = Runtime.getRuntime();
      return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    };
  }

  /** A fixed number of bytes, for tests and for callers that know their own limit. */
  static HeapBudget of(long bytes) {
    return () -> bytes;
  }

  /**
   * What a diagnostic suggests when the heap is too small for {@code neededBytes}: more memory for
   * Java, twice the need rounded up to whole gigabytes, since the rest of the program needs some
   * too, in the words of the command line and of Maven.
   */
  static String moreMemoryHint(long neededBytes) {
    long gigabytes = Math.max(1, (neededBytes / (1L << 29)) + 1);
    String option = "-Xmx" + gigabytes + "g";
    return "give Java more memory, for example "
        + option
        + " (HNET_JAVA_OPTS="
        + option
        + " for the hnet command, MAVEN_OPTS="
        + option
        + " for Maven)";
  }

  /**
   * A size in bytes for messages, with one decimal: "512 bytes", "3.6 GB" (powers of 1024).
   *
   * @param bytes a size, not negative
   */
  static String describe(long bytes) {
    String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
