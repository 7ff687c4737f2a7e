package org.hnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hnet.generator.GeneratedFile;
import org.hnet.generator.GeneratedFiles;
import org.hnet.generator.export.ExportKind;
import org.hnet.generator.export.ExportOptions;
import org.hnet.generator.export.Exports;
import org.hnet.lang.model.Model;
import org.hnet.lang.model.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hnet export MODEL --json --lean -d DIR}: writes the model's JSON spec and its Lean 4 file,
 * both with exact numbers.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY},
    description = {
      "Export a model as a JSON spec (NAME.spec.json, docs/SPEC.md) and/or a Lean 4 file"
          + " (Name.lean) that instantiates the HopfieldNet formalization.",
      "The Lean file states what hnet computed as theorems: which stored patterns are stable,"
          + " the work phase from each start state, the updates to stabilize and exact energies;"
          + " for a network with a temperature also the Boltzmann vector, the random-scan matrix,"
          + " ln Z, the free energy and the stationarity checks of the formalization's executable"
          + " layer, with hnet's exact values beside them."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin private ModelOptions model;

  @Option(names = "--json", description = "Write the JSON spec.")
  private boolean json;

  @Option(names = "--lean", description = "Write the Lean 4 file.")
  private boolean lean;

  @Option(
      names = {"-d", "--directory"},
      required = true,
      paramLabel = "DIR",
      description = "The folder to write into (created if needed).")
  private Path directory;

  @Option(
      names = "--start",
      paramLabel = "NETWORK=STATE",
      description =
          "A start state whose run the Lean file states facts about, as + and - (on and off),"
              + " for example w1=+--+; may be repeated. Default: every neuron off.")
  private List<String> starts = new ArrayList<>();

  @Spec private CommandSpec spec;

  @ParentCommand private HnetCommand hnet;

  @Override
  public Integer call() {
    if (!json && !lean) {
      throw CommandFailure.invalid("say what to export: --json, --lean or both");
    }
    if (directory.toString().isEmpty()) {
      throw CommandFailure.invalid("-d: the directory is empty; write -d . for the current folder");
    }
    hnet.doing("checking " + model.label());
    Model checked = model.load(spec.commandLine().getErr());
    ExportOptions options = options(checked);
    EnumSet<ExportKind> kinds = EnumSet.noneOf(ExportKind.class);
    if (json) {
      kinds.add(ExportKind.JSON);
    }
    if (lean) {
      kinds.add(ExportKind.LEAN);
    }
    hnet.doing("exporting " + model.label());
    List<Path> written = write(Exports.export(checked, kinds, options));
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(out::println);
    return 0;
  }

  private ExportOptions options(Model checked) {
    ExportOptions options =
        new ExportOptions(
            model.label(), ExportOptions.baseName(model.model.getFileName().toString()), Map.of());
    Map<String, List<int[]>> byNetwork = new LinkedHashMap<>();
    for (String start : starts) {
      int equals = start.indexOf('=');
      if (equals < 0) {
        throw CommandFailure.invalid("--start: expected NETWORK=STATE, got '" + start + "'");
      }
      String name = start.substring(0, equals);
      Network network =
          checked
              .network(name)
              .orElseThrow(
                  () -> CommandFailure.invalid("--start: the model has no network '" + name + "'"));
      byNetwork
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(state(network, start.substring(equals + 1)));
    }
    for (Map.Entry<String, List<int[]>> entry : byNetwork.entrySet()) {
      options = options.withStarts(entry.getKey(), entry.getValue());
    }
    return options;
  }

  private static int[] state(Network network, String text) {
    String signs = text.replace(" ", "");
    if (signs.length() != network.size() || !signs.matches("[+-]*")) {
      throw CommandFailure.invalid(
          "--start: network "
              + network.name()
              + " needs "
              + network.size()
              + " signs + or -, got '"
              + text
              + "'");
    }
    int[] state = new int[signs.length()];
    for (int u = 0; u < state.length; u++) {
      state[u] = network.activation().of(signs.charAt(u) == '+');
    }
    return state;
  }

  private List<Path> write(List<GeneratedFile> files) {
    try {
      return GeneratedFiles.writeAtomically(files, directory);
    } catch (IOException e) {
      throw CommandFailure.failed("-d " + directory + ": " + FileProblems.describe(e, directory));
    }
  }
}
