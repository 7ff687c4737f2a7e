package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.hnet.generator.Compilation;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.HnetCompiler;
import org.hnet.lang.LoaderOptions;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.Severity;
import org.hnet.lang.model.Model;

/**
 * Generates the classes of the models in a source directory, incrementally, with no knowledge of
 * Maven: the plugin's goals are thin adapters over it, and tests drive it directly.
 *
 * <p>A model is generated again when it is new, when its file or a pattern file it reads changed
 * (compared by SHA-256), when the configuration it was generated with changed, when one of its
 * outputs was deleted, or when the generator changed ({@link GeneratorFingerprint}); otherwise it
 * is left alone. The outputs of a model that is gone are deleted. What each model read and wrote is
 * kept in a {@link BuildState} file between builds.
 *
 * <p>Every stale model is compiled before anything is written: if one has an error, or two models
 * would write the same file, the service throws {@link GenerationFailure} and leaves the output
 * directories and the state as they were. Otherwise each file is replaced atomically.
 */
public final class GenerationService {
  private final BuildLog log;
  private final GeneratorFingerprint fingerprint;
  private final ModelExports exports;

  private GenerationService(BuildLog log, GeneratorFingerprint fingerprint, ModelExports exports) {
    this.log = log;
    this.fingerprint = fingerprint;
    this.exports = exports;
  }

  /** A service that reports to {@code log}, with this plugin's generator and exports. */
  public static GenerationService of(BuildLog log) {
    return new GenerationService(log, GeneratorFingerprint.current(), ModelExports.available());
  }

  /** A service with another generator fingerprint or other exports, for tests. */
  public static GenerationService of(
      BuildLog log, GeneratorFingerprint fingerprint, ModelExports exports) {
    return new GenerationService(log, fingerprint, exports);
  }

  /**
   * Brings the outputs of {@code request} up to date with its models.
   *
   * @throws GenerationFailure if a model has errors or the configuration is wrong; nothing was
   *     written
   * @throws IOException if a file cannot be read or written
   */
  public GenerationSummary generate(GenerationRequest request)
      throws GenerationFailure, IOException {
    List<ModelExport> selected = checkConfiguration(request);
    ModelScanner scanner = ModelScanner.of(request.includes(), request.excludes());
    List<ModelSource> models = scanner.scan(request.sourceDirectory());
    Optional<BuildState> previous = previousState(request);
    List<Target> targets = new StalenessCheck(request, previous, fingerprint, log).targets(models);
    reportUpToDate(targets, request);

    List<GeneratedModel> generated = compile(targets, request, selected);
    checkCollisions(targets, generated);
    List<ModelRecord> removed = removedModels(previous, models);
    write(request, targets, generated, removed);
    return summary(targets, generated, removed);
  }

  private List<ModelExport> checkConfiguration(GenerationRequest request) throws GenerationFailure {
    String packageName = request.packageName().orElse("");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw GenerationFailure.ofConfiguration(
          "packageName: not a Java package name: '" + packageName + "'");
    }
    try {
      new LoaderOptions(request.maxNeurons());
      ModelScanner.of(request.includes(), request.excludes());
    } catch (IllegalArgumentException e) {
      throw GenerationFailure.ofConfiguration(e.getMessage());
    }
    List<ModelExport> selected = new ArrayList<>();
    for (String kind : request.exports().stream().distinct().toList()) {
      selected.add(exports.find(kind).orElseThrow(() -> unknownExport(kind)));
    }
    return selected;
  }

  private GenerationFailure unknownExport(String kind) {
    return GenerationFailure.ofConfiguration(
        "exports: unknown kind '"
            + kind
            + "'; the kinds are "
            + String.join(", ", exports.kinds()));
  }

  private Optional<BuildState> previousState(GenerationRequest request) throws IOException {
    Path file = request.stateFile();
    log.debug("incremental state: " + file);
    Optional<BuildState> state = BuildState.read(file);
    if (state.isEmpty() && Files.exists(file)) {
      log.info("the incremental state " + file + " is of another format: generating every model");
    }
    GeneratorFingerprint before = state.map(BuildState::generator).orElse(fingerprint);
    if (!before.equals(fingerprint)) {
      log.info(generatorChange(before) + ": generating every model");
    }
    return state;
  }

  private String generatorChange(GeneratorFingerprint before) {
    return before.version().equals(fingerprint.version())
        ? "the hnet generator " + fingerprint.version() + " was rebuilt"
        : "the hnet generator changed from " + before.version() + " to " + fingerprint.version();
  }

  private void reportUpToDate(List<Target> targets, GenerationRequest request) {
    long upToDate = targets.stream().filter(t -> !t.isStale()).count();
    if (targets.isEmpty()) {
      log.info("no .hnet models in " + request.sourceDirectory());
    } else if (upToDate > 0) {
      log.info(upToDate + (upToDate == 1 ? " model" : " models") + " up to date");
    }
  }

  private List<GeneratedModel> compile(
      List<Target> targets, GenerationRequest request, List<ModelExport> selected)
      throws GenerationFailure {
    HnetCompiler compiler = HnetCompiler.of(new LoaderOptions(request.maxNeurons()));
    List<GeneratedModel> generated = new ArrayList<>();
    List<Compilation> failed = new ArrayList<>();
    for (Target target : targets.stream().filter(Target::isStale).toList()) {
      log.info("generating " + target.model().relativePath() + reasonSuffix(target));
      Compilation compilation =
          compiler.compile(
              target.model().file(), target.packageName(), target.model().relativePath());
      if (compilation.succeeded()) {
        reportWarnings(compilation);
        generated.add(generatedModel(target, compilation, request, selected));
      } else {
        failed.add(compilation);
      }
    }
    if (!failed.isEmpty()) {
      throw modelErrors(failed);
    }
    return generated;
  }

  private static String reasonSuffix(Target target) {
    String reason = target.staleReason().orElse("");
    return reason.equals("new") ? "" : " (" + reason + ")";
  }

  private void reportWarnings(Compilation compilation) {
    if (!compilation.load().warnings().isEmpty()) {
      compilation.load().report().lines().forEach(log::warn);
    }
  }

  private GeneratedModel generatedModel(
      Target target, Compilation compilation, GenerationRequest request, List<ModelExport> selected)
      throws GenerationFailure {
    Map<Path, GeneratedFile> outputs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (GeneratedFile file : compilation.files()) {
      Path root = file.isJavaSource() ? request.sourceOutput() : request.resourceOutput();
      place(outputs, root.resolve(file.path()), file, problems);
    }
    Path packageFolder = request.exportOutput().resolve(target.packageName().replace('.', '/'));
    Model model = compilation.model().orElseThrow();
    for (ModelExport export : selected) {
      for (GeneratedFile file : export.files(model, target.model().relativePath())) {
        place(outputs, packageFolder.resolve(file.path()), file, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new GenerationFailure(
          target.model().relativePath() + " writes a file twice", problems, "");
    }
    return new GeneratedModel(target, inputs(compilation), outputs);
  }

  private static void place(
      Map<Path, GeneratedFile> outputs, Path path, GeneratedFile file, List<String> problems) {
    if (outputs.putIfAbsent(path.normalize(), file) != null) {
      problems.add(path + " is both a generated class file and an export, or two exports");
    }
  }

  private static Map<Path, String> inputs(Compilation compilation) {
    Map<Path, String> inputs = new LinkedHashMap<>();
    compilation
        .load()
        .sources()
        .forEach(
            (name, text) ->
                inputs.put(Path.of(name).toAbsolutePath().normalize(), Digests.ofSourceText(text)));
    return inputs;
  }

  private static GenerationFailure modelErrors(List<Compilation> failed) {
    List<Diagnostic> diagnostics =
        failed.stream().flatMap(c -> c.load().diagnostics().stream()).toList();
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    String summary = plural(errors, "error") + " in " + plural(failed.size(), ".hnet model");
    String report = failed.stream().map(c -> c.load().report()).collect(Collectors.joining("\n"));
    return new GenerationFailure(
        summary, diagnostics.stream().map(Diagnostic::headline).toList(), report);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static void checkCollisions(List<Target> targets, List<GeneratedModel> generated)
      throws GenerationFailure {
    Map<Path, String> owners = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Target target : targets.stream().filter(t -> !t.isStale()).toList()) {
      for (Path output : target.previous().get().outputs()) {
        claim(owners, output, target.model().relativePath(), problems);
      }
    }
    for (GeneratedModel model : generated) {
      for (Path output : model.outputs().keySet()) {
        claim(owners, output, model.target().model().relativePath(), problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new GenerationFailure("models generate the same file", problems, "");
    }
  }

  private static void claim(
      Map<Path, String> owners, Path output, String model, List<String> problems) {
    String owner = owners.putIfAbsent(output, model);
    if (owner != null && !owner.equals(model)) {
      problems.add(
          owner
              + " and "
              + model
              + " both generate "
              + output
              + "; rename a network or give the models different packages");
    }
  }

  private static List<ModelRecord> removedModels(
      Optional<BuildState> previous, List<ModelSource> models) {
    Set<String> present =
        models.stream().map(ModelSource::relativePath).collect(Collectors.toSet());
    return previous.map(s -> s.models().values()).stream()
        .flatMap(records -> records.stream())
        .filter(record -> !present.contains(record.model()))
        .toList();
  }

  private void write(
      GenerationRequest request,
      List<Target> targets,
      List<GeneratedModel> generated,
      List<ModelRecord> removed)
      throws IOException {
    OutputFiles files =
        new OutputFiles(
            List.of(request.sourceOutput(), request.resourceOutput(), request.exportOutput()), log);
    removed.forEach(r -> log.info("removing the outputs of " + r.model() + ", which is gone"));
    files.delete(obsoleteOutputs(targets, generated, removed));
    for (GeneratedModel model : generated) {
      files.write(model.outputs());
    }
    state(targets, generated).write(request.stateFile());
  }

  private static List<Path> obsoleteOutputs(
      List<Target> targets, List<GeneratedModel> generated, List<ModelRecord> removed) {
    Set<Path> kept = new HashSet<>();
    targets.stream()
        .filter(t -> !t.isStale())
        .forEach(t -> kept.addAll(t.previous().get().outputs()));
    generated.forEach(model -> kept.addAll(model.outputs().keySet()));
    List<Path> obsolete = new ArrayList<>();
    removed.forEach(record -> obsolete.addAll(record.outputs()));
    targets.stream()
        .filter(Target::isStale)
        .forEach(t -> t.previous().ifPresent(record -> obsolete.addAll(record.outputs())));
    return obsolete.stream().filter(path -> !kept.contains(path)).distinct().toList();
  }

  private BuildState state(List<Target> targets, List<GeneratedModel> generated) {
    Map<String, ModelRecord> records = new LinkedHashMap<>();
    targets.stream()
        .filter(t -> !t.isStale())
        .forEach(t -> records.put(t.model().relativePath(), t.previous().get()));
    generated.forEach(model -> records.put(model.target().model().relativePath(), model.record()));
    return new BuildState(fingerprint, records);
  }

  private static GenerationSummary summary(
      List<Target> targets, List<GeneratedModel> generated, List<ModelRecord> removed) {
    return new GenerationSummary(
        generated.stream().map(g -> g.target().model().relativePath()).toList(),
        targets.stream().filter(t -> !t.isStale()).map(t -> t.model().relativePath()).toList(),
        removed.stream().map(ModelRecord::model).toList());
  }
}
