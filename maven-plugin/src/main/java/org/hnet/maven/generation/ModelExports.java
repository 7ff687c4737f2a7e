package org.hnet.maven.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports this plugin can write, by kind.
 *
 * <p>Limitations: this version knows no export yet. The kinds {@code json} (a description of each
 * network) and {@code lean} (a Lean 4 file) come with hnet's exporters; until then a configured
 * export fails the build with a message that says so, rather than being ignored.
 */
public final class ModelExports {
  private final Map<String, ModelExport> byKind;

  private ModelExports(Map<String, ModelExport> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  /** The exports of this version of the plugin. */
  public static ModelExports available() {
    return of(List.of());
  }

  /** A registry of the given exports, for tests and for wiring new kinds. */
  public static ModelExports of(List<ModelExport> exports) {
    Map<String, ModelExport> byKind = new LinkedHashMap<>();
    exports.forEach(export -> byKind.put(export.kind(), export));
    return new ModelExports(byKind);
  }

  /** The export named {@code kind}, if this version has it. */
  public Optional<ModelExport> find(String kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /** The kinds this version has, sorted, for messages. */
  public List<String> kinds() {
    return byKind.keySet().stream().sorted().toList();
  }
}
