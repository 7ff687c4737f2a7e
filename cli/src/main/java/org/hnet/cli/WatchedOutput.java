package org.hnet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * An output stream that remembers why a write failed. A {@link java.io.PrintWriter} only records
 * that one did; this keeps the reason ("No space left on device") for the message to the user.
 */
final class WatchedOutput extends OutputStream {
  private final OutputStream target;
  private volatile String failure;

  private WatchedOutput(OutputStream target) {
    this.target = target;
  }

  /** Watches writes to {@code target}. */
  static WatchedOutput of(OutputStream target) {
    return new WatchedOutput(Objects.requireNonNull(target, "target"));
  }

  /** Why the first failed write or flush failed, if one did. */
  Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      target.write(b);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      target.write(bytes, offset, length);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      target.flush();
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void close() throws IOException {
    target.close();
  }

  private IOException remembered(IOException e) {
    if (failure == null) {
      failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return e;
  }
}
