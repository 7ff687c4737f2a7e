package org.hnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top of the {@code hnet} command: its subcommands and global options. */
@Command(
    name = "hnet",
    mixinStandardHelpOptions = true,
    versionProvider = HnetCommand.Version.class,
    description = "Hopfield networks and Boltzmann machines from .hnet model files.",
    subcommands = {
      CheckCommand.class,
      GenerateCommand.class,
      RunCommand.class,
      SampleCommand.class,
      ExactCommand.class,
      ExportCommand.class,
      ImportCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 failure, 2 usage error or invalid model, 70 internal error."
    })
final class HnetCommand implements Runnable {

  @Option(
      names = "--trace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  private boolean trace;

  @Spec private CommandSpec spec;

  boolean trace() {
    return trace;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is required: check, generate, run, sample, exact, export or import");
  }

  /** The version of hnet, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hnet " + version()};
    }

    static String version() {
      try (InputStream in = HnetCommand.class.getResourceAsStream("version.properties")) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version");
      } catch (IOException | NullPointerException e) {
        return "unknown";
      }
    }
  }
}
