package org.hnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hnet.generator.export.json.SpecException;
import org.hnet.generator.export.json.SpecFormat;
import org.hnet.generator.export.json.SpecReader;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.print.ModelEquivalence;
import org.hnet.lang.print.ModelPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hnet import SPEC.json}: prints the {@code .hnet} text of a JSON spec, after checking that
 * the text loads into the very model the spec describes.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY},
    description = {
      "Print the .hnet model of a JSON spec (as written by hnet export --json).",
      "The text is loaded again before it is printed: a spec whose model the language cannot"
          + " express exactly (for example learned weights that differ from what the rule learns)"
          + " is refused."
    })
final class ImportCommand implements Callable<Integer> {

  private static final long MAX_BYTES = 256L << 20;

  @Parameters(index = "0", paramLabel = "SPEC", description = "The JSON spec file.")
  private Path file;

  @Spec private CommandSpec spec;

  @ParentCommand private HnetCommand hnet;

  @Override
  public Integer call() {
    hnet.doing("importing " + file);
    Model model = read();
    String text =
        ModelPrinter.print(
            model,
            List.of(
                "Imported by hnet from "
                    + file
                    + " ("
                    + SpecFormat.NAME
                    + " "
                    + SpecFormat.VERSION
                    + "); the model was "
                    + model.file()
                    + "."));
    check(model, text);
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return 0;
  }

  private Model read() {
    try {
      return SpecReader.of(file.toString()).read(text());
    } catch (SpecException bad) {
      throw CommandFailure.invalid(
          file + ":" + bad.line() + ":" + bad.column() + ": error: " + where(bad) + bad.problem());
    }
  }

  private static String where(SpecException bad) {
    return bad.pointer().isEmpty() ? "" : "at " + bad.pointer() + ": ";
  }

  private String text() {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw CommandFailure.invalid(file + " is larger than " + MAX_BYTES + " bytes");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException notText) {
      throw CommandFailure.invalid(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw CommandFailure.invalid(file + " cannot be read: " + FileProblems.reason(e));
    } catch (SecurityException e) {
      throw CommandFailure.invalid(file + " cannot be read: " + e.getMessage());
    }
  }

  /** Loads the printed text again; it must give the spec's model. */
  private void check(Model model, String text) {
    Path base = file.toAbsolutePath().getParent();
    LoadResult again = ModelLoader.of().parse("imported.hnet", text, base == null ? file : base);
    if (again.hasErrors()) {
      PrintWriter err = spec.commandLine().getErr();
      err.print(again.report());
      throw CommandFailure.invalid(file + " describes a model the language refuses (above)");
    }
    List<String> differences = ModelEquivalence.differences(model, again.model().get());
    if (!differences.isEmpty()) {
      throw CommandFailure.invalid(
          file
              + " cannot be written as .hnet text that means the same: "
              + String.join("; ", differences));
    }
  }
}
