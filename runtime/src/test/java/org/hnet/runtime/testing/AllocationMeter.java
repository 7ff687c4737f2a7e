package org.hnet.runtime.testing;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes the current thread allocates while it runs an action, for tests that assert
 * that a method allocates nothing (such as the per-update methods of generated networks).
 *
 * <p>It reads the JVM's per-thread allocation counter ({@code
 * com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}), which counts every object the
 * thread allocates, including those in its allocation buffer. The action first runs {@link
 * #WARM_UP_RUNS} times so that class loading, lazy initialization and just-in-time compilation
 * happen before the measurement; then the counter is read before and after {@link #MEASURED_RUNS}
 * more runs, and the bytes that reading the counter itself costs are subtracted.
 *
 * <p>Other modules use it through the {@code hnet-runtime} test-jar.
 */
public final class AllocationMeter {

  /** How often an action runs before it is measured. */
  public static final int WARM_UP_RUNS = 20_000;

  /** How often an action runs while it is measured. */
  public static final int MEASURED_RUNS = 1_000;

  private static final com.sun.management.ThreadMXBean THREADS = threads();

  private AllocationMeter() {}

  /**
   * The bytes the current thread allocated in {@link #MEASURED_RUNS} runs of {@code action}, after
   * {@link #WARM_UP_RUNS} runs to warm it up: 0 for an action that allocates nothing.
   */
  public static long bytesAllocatedBy(Runnable action) {
    return bytesAllocatedBy(action, WARM_UP_RUNS, MEASURED_RUNS);
  }

  /**
   * The bytes allocated by {@code measuredRuns} runs of {@code action} after {@code warmUpRuns}.
   */
  public static long bytesAllocatedBy(Runnable action, int warmUpRuns, int measuredRuns) {
    for (int i = 0; i < warmUpRuns; i++) {
      action.run();
    }
    long overhead = counterOverhead();

    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < measuredRuns; i++) {
      action.run();
    }
    long after = THREADS.getCurrentThreadAllocatedBytes();
    return Math.max(0, after - before - overhead);
  }

  /** The fewest bytes seen between two consecutive readings of the counter. */
  private static long counterOverhead() {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 100; i++) {
      long first = THREADS.getCurrentThreadAllocatedBytes();
      long second = THREADS.getCurrentThreadAllocatedBytes();
      least = Math.min(least, second - first);
    }
    return least;
  }

  private static com.sun.management.ThreadMXBean threads() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
        || !bean.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM cannot measure per-thread allocation");
    }
    if (!bean.isThreadAllocatedMemoryEnabled()) {
      bean.setThreadAllocatedMemoryEnabled(true);
    }
    return bean;
  }
}
