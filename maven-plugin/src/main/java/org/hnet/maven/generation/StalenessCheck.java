package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for each model, the package of its classes and whether it must be generated again: when
 * it is new, when the generator or the configuration changed since its last generation, when its
 * file or a pattern file it read has another SHA-256, or when one of its outputs is missing.
 */
final class StalenessCheck {
  private final GenerationRequest request;
  private final Optional<BuildState> previous;
  private final GeneratorFingerprint fingerprint;
  private final BuildLog log;

  StalenessCheck(
      GenerationRequest request,
      Optional<BuildState> previous,
      GeneratorFingerprint fingerprint,
      BuildLog log) {
    this.request = request;
    this.previous = previous;
    this.fingerprint = fingerprint;
    this.log = log;
  }

  /**
   * Each model with its package and, when it must be generated again, why.
   *
   * @throws GenerationFailure if the folder of a model names no package and none is configured
   */
  List<Target> targets(List<ModelSource> models) throws GenerationFailure, IOException {
    List<Target> targets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ModelSource model : models) {
      Optional<String> packageName = request.packageName().or(model::folderPackage);
      if (packageName.isEmpty()) {
        problems.add(model.file() + ": " + unnamedFolder(model));
        continue;
      }
      String settings = settings(packageName.get());
      Optional<ModelRecord> record = previous.map(s -> s.models().get(model.relativePath()));
      Optional<String> reason = staleReason(record, settings);
      targets.add(new Target(model, packageName.get(), settings, record, reason));
    }
    if (!problems.isEmpty()) {
      throw new GenerationFailure("models in folders that name no package", problems, "");
    }
    return targets;
  }

  private static String unnamedFolder(ModelSource model) {
    return "its folder '"
        + model.folder()
        + "' is not a Java package name, so it names no package for the classes;"
        + " move the model or configure <packageName>";
  }

  private String settings(String packageName) {
    return Digests.ofText(
        String.join(
            "\n",
            "package " + packageName,
            "maxNeurons " + request.maxNeurons(),
            "exports " + request.exports(),
            "sourceOutput " + request.sourceOutput(),
            "resourceOutput " + request.resourceOutput(),
            "exportOutput " + request.exportOutput()));
  }

  private Optional<String> staleReason(Optional<ModelRecord> record, String settings)
      throws IOException {
    if (record.isEmpty()) {
      return Optional.of("new");
    }
    if (!previous.get().generator().equals(fingerprint)) {
      return Optional.of("the generator changed");
    }
    if (!record.get().settings().equals(settings)) {
      return Optional.of("the configuration changed");
    }
    Optional<String> input = changedInput(record.get());
    if (input.isPresent()) {
      return input;
    }
    return record.get().outputs().stream().allMatch(Files::isRegularFile)
        ? Optional.empty()
        : Optional.of("an output is missing");
  }

  private Optional<String> changedInput(ModelRecord record) throws IOException {
    for (Map.Entry<Path, String> input : record.inputs().entrySet()) {
      Path file = input.getKey();
      String name = display(file);
      if (!Files.isRegularFile(file)) {
        return Optional.of(name + " is gone");
      }
      if (!Digests.ofSourceFile(file).equals(input.getValue())) {
        log.debug(name + " no longer has SHA-256 " + input.getValue());
        return Optional.of(name + " changed");
      }
    }
    return Optional.empty();
  }

  private String display(Path file) {
    Path root = request.sourceDirectory();
    return file.startsWith(root)
        ? root.relativize(file).toString().replace('\\', '/')
        : file.toString();
  }
}
