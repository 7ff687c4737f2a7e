package org.hnet.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Progress of a long run, drawn as a bar on standard error only when a person is watching: when
 * standard input, standard output and standard error are all terminals. Redirected or piped output,
 * and every test, sees nothing. Safe to advance from several threads.
 */
abstract class Progress implements AutoCloseable {

  /** Adds {@code steps} steps done. */
  abstract void advance(long steps);

  @Override
  public abstract void close();

  /** A bar of {@code total} steps named {@code task}, or nothing when no terminal is watching. */
  static Progress of(String task, long total) {
    if (!interactive()) {
      return none();
    }
    return new Bar(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" sweeps", 1)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .clearDisplayOnFinish()
            .build());
  }

  /** Progress that shows nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      void advance(long steps) {}

      @Override
      public void close() {}
    };
  }

  /**
   * Whether a person is watching: {@link System#console()} (standard input and output are
   * terminals) and standard error is a terminal too, asked of the terminal library.
   */
  private static boolean interactive() {
    if (System.console() == null) {
      return false;
    }
    try {
      return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
    } catch (java.io.IOException | RuntimeException | LinkageError unknown) {
      return false;
    }
  }

  /** A bar of the progressbar library. */
  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(ProgressBar bar) {
      this.bar = bar;
    }

    @Override
    synchronized void advance(long steps) {
      bar.stepBy(steps);
    }

    @Override
    public synchronized void close() {
      bar.close();
    }
  }
}
