package org.hnet.generator.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hnet.lang.model.Model;

/**
 * What an export needs besides the model.
 *
 * @param sourceLabel how the exports name the model file, for example its path as given
 * @param baseName the name the exported files are made from: {@code digits} gives {@code
 *     digits.spec.json} and {@code Digits.lean}
 * @param starts by network name, the start states of the runs the Lean export states facts about,
 *     each one value per neuron in the network's activation; a network without an entry gets one
 *     run from the state with every neuron off
 */
public record ExportOptions(String sourceLabel, String baseName, Map<String, List<int[]>> starts) {

  /** Checks the names and copies the start states. */
  public ExportOptions {
    Objects.requireNonNull(sourceLabel, "sourceLabel");
    if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
      throw new IllegalArgumentException("not a file base name: '" + baseName + "'");
    }
    Map<String, List<int[]>> copy = new HashMap<>();
    starts.forEach((name, states) -> copy.put(name, states.stream().map(int[]::clone).toList()));
    starts = Map.copyOf(copy);
  }

  /** Options for {@code model}: its file as the source, its file name less {@code .hnet}. */
  public static ExportOptions of(Model model) {
    return new ExportOptions(model.file(), baseName(model.file()), Map.of());
  }

  /** These options with the start states of the runs of network {@code network}. */
  public ExportOptions withStarts(String network, List<int[]> states) {
    Map<String, List<int[]>> more = new HashMap<>(starts);
    more.put(network, states);
    return new ExportOptions(sourceLabel, baseName, more);
  }

  /** The base name of a model file: its last path element without {@code .hnet}. */
  public static String baseName(String file) {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.endsWith(".hnet")) {
      name = name.substring(0, name.length() - ".hnet".length());
    }
    return name.isBlank() ? "model" : name;
  }
}
