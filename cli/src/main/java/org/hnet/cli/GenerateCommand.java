package org.hnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import org.hnet.generator.Compilation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hnet generate MODEL -d DIR}: writes the Java sources of a model's networks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY},
    description = {
      "Generate one Java class per network of a model file.",
      "Parameters too large for a class file go to binary resources beside the classes (files"
          + " not ending in .java): put them on the class path too."
    })
final class GenerateCommand implements Callable<Integer> {

  @Mixin private ModelOptions model;

  @Option(
      names = {"-d", "--directory"},
      required = true,
      paramLabel = "DIR",
      description =
          "The source root to write into; it and the package folders are created. Files are"
              + " staged in a hidden folder inside it and moved into place when all are written.")
  private Path directory;

  @Option(
      names = {"-p", "--package"},
      paramLabel = "PACKAGE",
      description = "The package of the generated classes (default: the unnamed package).")
  private String packageName = "";

  @Spec private CommandSpec spec;

  @ParentCommand private HnetCommand hnet;

  @Override
  public Integer call() {
    validateOptions();
    hnet.doing("checking " + model.label());
    Compilation compilation = model.compile(packageName, spec.commandLine().getErr());
    hnet.doing("writing the generated files into " + directory);
    List<Path> written = write(compilation);
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(out::println);
    return 0;
  }

  private void validateOptions() {
    if (directory.toString().isEmpty()) {
      throw CommandFailure.invalid("-d: the directory is empty; write -d . for the current folder");
    }
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw CommandFailure.invalid("--package: not a Java package name: '" + packageName + "'");
    }
    String root = packageName.split("\\.", -1)[0];
    if (root.equals("java") || root.equals("javax")) {
      throw CommandFailure.invalid(
          "--package: "
              + packageName
              + " belongs to the Java platform (java.* and javax.*): its classes could not be"
              + " compiled or loaded; choose a package of your own");
    }
  }

  private List<Path> write(Compilation compilation) {
    try {
      return compilation.writeTo(directory);
    } catch (IOException e) {
      throw CommandFailure.failed("-d " + directory + ": " + FileProblems.describe(e, directory));
    }
  }
}
