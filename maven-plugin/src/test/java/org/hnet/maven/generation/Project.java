package org.hnet.maven.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A project folder for the generation tests: models in src/main/hnet, outputs in target. */
final class Project {
  /** A 4-neuron Hebbian network storing two inline patterns. */
  static final String MEMORY =
      """
      network memory {
        neurons s[4];
        activation bipolar;
        patterns { "++--"; "-+-+"; }
        weights hebbian;
        thresholds 0;
        dynamics asynchronous;
      }
      """;

  /** A 4-neuron Hebbian network storing the patterns of stored.txt. */
  static final String FILED =
      """
      network filed {
        neurons s[4];
        activation bipolar;
        patterns from "stored.txt";
        weights hebbian;
        thresholds 0;
        dynamics asynchronous;
      }
      """;

  /**
   * Two errors, positions counted by hand: the 'x' is the 17th character of line 4 (two spaces,
   * "patterns" in 3-10, a space, "{" at 12, a space, the quote at 14, "++" at 15-16), and the "["
   * of line 6 is the 14th ("thresholds" in 3-12, a space).
   */
  static final String BROKEN =
      """
      network bad {
        neurons s[4];
        activation bipolar;
        patterns { "++x-"; }
        weights hebbian;
        thresholds [0, 0];
        dynamics asynchronous;
      }
      """;

  final Path root;
  final Path sources;
  final Path out;
  final Path resources;
  final Path state;
  final List<String> info = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<String> debug = new ArrayList<>();

  Project(Path root) {
    this.root = root;
    this.sources = root.resolve("src/main/hnet");
    this.out = root.resolve("target/generated-sources/hnet");
    this.resources = root.resolve("target/generated-resources/hnet");
    this.state = root.resolve("target/hnet-state/generate-default.state");
  }

  GenerationRequest request() {
    return GenerationRequest.of(sources, out, resources, state);
  }

  BuildLog log() {
    return new BuildLog() {
      @Override
      public void info(String message) {
        info.add(message);
      }

      @Override
      public void warn(String message) {
        warnings.add(message);
      }

      @Override
      public void debug(String message) {
        debug.add(message);
      }
    };
  }

  /** Runs the service with the given fingerprint, after forgetting the messages of earlier runs. */
  GenerationSummary generate(GenerationRequest request, GeneratorFingerprint fingerprint)
      throws GenerationFailure, IOException {
    info.clear();
    warnings.clear();
    debug.clear();
    return GenerationService.of(log(), fingerprint, ModelExports.available()).generate(request);
  }

  GenerationSummary generate() throws GenerationFailure, IOException {
    return generate(request(), GeneratorFingerprint.current());
  }

  Path write(String relativePath, String text) {
    try {
      Path file = sources.resolve(relativePath);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below the output roots, relative to the target folder, sorted. */
  List<String> outputs() throws IOException {
    Path target = root.resolve("target");
    List<String> files = new ArrayList<>();
    for (Path folder : List.of(out, resources)) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> paths = Files.walk(folder)) {
          paths
              .filter(Files::isRegularFile)
              .forEach(p -> files.add(target.relativize(p).toString().replace('\\', '/')));
        }
      }
    }
    return files.stream().sorted().toList();
  }

  /** Sets the time stamp of every output far back, so that a rewrite shows. */
  void ageOutputs() throws IOException {
    for (String file : outputs()) {
      Files.setLastModifiedTime(root.resolve("target").resolve(file), FileTime.fromMillis(0));
    }
  }

  /** The outputs whose time stamp is no longer the one {@link #ageOutputs} set. */
  List<String> rewritten() throws IOException {
    List<String> rewritten = new ArrayList<>();
    for (String file : outputs()) {
      if (Files.getLastModifiedTime(root.resolve("target").resolve(file)).toMillis() != 0) {
        rewritten.add(file);
      }
    }
    return rewritten;
  }
}
