package org.hnet.maven.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exports this plugin can write, by kind: {@code json} and {@code lean}. */
public final class ModelExports {
  private final Map<String, ModelExport> byKind;

  private ModelExports(Map<String, ModelExport> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  /** The exports of this version of the plugin. */
  public static ModelExports available() {
    return of(List.of(StandardExport.values()));
  }

  /** A registry of the given exports. */
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
