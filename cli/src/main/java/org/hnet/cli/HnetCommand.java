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
    footer = {"", HnetCommand.EXIT_CODES, "", HnetCommand.MEMORY})
final class HnetCommand implements Runnable {
  /** The help's paragraph on exit codes, shown by every command. */
  static final String EXIT_CODES =
      "Exit codes: 0 success; 1 the command failed (an output could not be written, or Java ran"
          + " out of memory or stack); 2 usage error or invalid model; 70 internal error (a bug in"
          + " hnet).";

  /** The help's paragraph on memory, shown by every command. */
  static final String MEMORY =
      "Memory: the hnet launcher passes the environment variables JAVA_OPTS and then"
          + " HNET_JAVA_OPTS to java, for example HNET_JAVA_OPTS=-Xmx8g to let Java use 8 GB. A"
          + " network of n neurons needs about 40 n^2 bytes while it is checked (10,000 neurons:"
          + " about 4 GB).";

  @Option(
      names = "--trace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  private boolean trace;

  @Spec private CommandSpec spec;

  private volatile String activity = "while running hnet";

  boolean trace() {
    return trace;
  }

  /** Notes what the command is doing now, for the message should Java run out of memory. */
  void doing(String what) {
    activity = "while " + what;
  }

  /** What the command was doing last: "while checking model.hnet". */
  String activity() {
    return activity;
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
