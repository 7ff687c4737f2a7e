package org.hnet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hnet.generator.Compilation;
import org.hnet.generator.plan.NetworkPlan;
import org.hnet.lang.diag.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hnet check MODEL}: validates a model and prints what it declares. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY},
    description = "Check a model file and summarize its networks.")
final class CheckCommand implements Callable<Integer> {

  @Mixin private ModelOptions model;

  @Spec private CommandSpec spec;

  @ParentCommand private HnetCommand hnet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    hnet.doing("checking " + model.label());
    Compilation compilation = model.compile("", spec.commandLine().getErr());
    int networks = compilation.plans().size();
    out.println(
        model.label()
            + ": "
            + Descriptions.plural(networks, "network")
            + ", "
            + DiagnosticPrinter.summary(compilation.load().diagnostics()));
    for (NetworkPlan plan : compilation.plans()) {
      out.println();
      out.println("network " + plan.network().name());
      Descriptions.describe(plan).forEach(line -> out.println("  " + line));
    }
    return 0;
  }
}
