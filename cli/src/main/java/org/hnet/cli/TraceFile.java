package org.hnet.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The {@code --trace-file} file of {@code hnet sample}: one CSV line per recorded sweep and chain,
 * {@code network,chain,sweep,energy,magnetisation}, written to a temporary file beside the target
 * and then moved over it, so that a reader never sees half a file.
 */
final class TraceFile {
  private TraceFile() {}

  /**
   * Writes the traces of {@code reports}.
   *
   * @param burnIn the sweeps before the first recorded one
   * @param thinning the sweeps per recorded state
   * @throws CommandFailure with exit code 1 when the file cannot be written
   */
  static void write(Path file, List<SampleReport> reports, long burnIn, int thinning) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        writer.write("network,chain,sweep,energy,magnetisation\n");
        for (SampleReport report : reports) {
          lines(writer, report, burnIn, thinning);
        }
      }
      move(temporary, target);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw CommandFailure.failed("cannot write the trace " + file + ": " + e.getMessage());
    }
  }

  private static void lines(BufferedWriter writer, SampleReport report, long burnIn, int thinning)
      throws IOException {
    String name = report.network().name();
    List<ChainDraws> chains = report.chains();
    for (int c = 0; c < chains.size(); c++) {
      ChainDraws chain = chains.get(c);
      for (int k = 0; k < chain.length(); k++) {
        // the state recorded after sweep burnIn + (k + 1) thinning, counted from the end of any
        // annealing
        long sweep = burnIn + (k + 1L) * thinning;
        writer.write(
            name
                + ","
                + c
                + ","
                + sweep
                + ","
                + chain.energies()[k]
                + ","
                + chain.magnetisations()[k]
                + "\n");
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the temporary file stays behind; the failure reported is the write's
    }
  }
}
