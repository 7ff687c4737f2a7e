package org.hnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code hnet} launcher script itself, as a user does. Maven runs this test after
 * packaging (the {@code launcher-test} execution in cli/pom.xml), when the jar exists.
 *
 * <p>The script runs in a copy of the project's top folder that holds only what it looks at: the
 * script, the jar, and source folders older than the jar. A stand-in {@code mvn} first on the path
 * records how it is called and fails, so that no test ever starts a nested Maven build.
 */
class LauncherTest {
  private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");
  private static final Instant BUILT = Instant.parse("2011-01-01T00:00:00Z");

  @TempDir Path temp;

  private Path root;
  private Path mavenCalls;

  @BeforeEach
  void copyTheLauncherBesideTheJar() throws IOException {
    Path jar = Path.of(System.getProperty("hnet.jar", "target/hnet-cli.jar"));
    assertThat(jar)
        .as("the launcher test runs after packaging: mvn verify, not mvn test")
        .isRegularFile();
    root = Files.createDirectory(temp.resolve("project"));
    Files.copy(CommandRunner.ROOT.resolve("hnet"), root.resolve("hnet"));
    executable(root.resolve("hnet"));
    for (String module : List.of("runtime", "analysis", "grammar", "generator", "cli/src")) {
      oldFile(root.resolve(module).resolve("Source.java"));
    }
    oldFile(root.resolve("pom.xml"));
    Files.createDirectories(root.resolve("cli/target"));
    Files.copy(jar, root.resolve("cli/target/hnet-cli.jar"));
    Files.setLastModifiedTime(root.resolve("cli/target/hnet-cli.jar"), FileTime.from(BUILT));
    mavenCalls = temp.resolve("maven-calls.txt");
    Path fakeMaven = Files.createDirectory(temp.resolve("bin")).resolve("mvn");
    Files.writeString(
        fakeMaven,
        "#!/usr/bin/env bash\necho \"$PWD|$MAVEN_OPTS|$*\" >> '" + mavenCalls + "'\nexit 1\n");
    executable(fakeMaven);
  }

  @Test
  void theLauncherRunsTheJar() throws IOException, InterruptedException {
    Run run = launch(root.resolve("hnet"), Map.of(), null, "--version");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("hnet " + HnetCommand.Version.version() + "\n");
    assertThat(run.err()).isEmpty();
    assertThat(mavenCalls).doesNotExist();
  }

  @Test
  void aLinkToTheLauncherFindsTheProject() throws IOException, InterruptedException {
    Path link = Files.createDirectory(temp.resolve("elsewhere")).resolve("hnet");
    Files.createSymbolicLink(link, Path.of("../project/hnet"));

    Run run = launch(link, Map.of(), null, "--version");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("hnet ");
    assertThat(mavenCalls).doesNotExist();
  }

  @Test
  void aSourceNewerThanTheJarRebuildsItQuietlyWithoutColours()
      throws IOException, InterruptedException {
    Files.writeString(root.resolve("grammar/Source.java"), "changed");

    Run run = launch(root.resolve("hnet"), Map.of("MAVEN_OPTS", "-Dmine"), null, "--version");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("hnet: the build failed");
    assertThat(Files.readString(mavenCalls))
        .isEqualTo(
            root.toRealPath()
                + "|-Dmine -Djansi.noreset=true|-B -q -Dstyle.color=never -DskipTests -pl cli -am"
                + " package\n");
  }

  @Test
  void javaOptionsFromTheEnvironmentReachJava() throws IOException, InterruptedException {
    Map<String, String> environment =
        Map.of("JAVA_OPTS", "-Xmx512m", "HNET_JAVA_OPTS", "-Xmx48m -XshowSettings:vm");

    Run run = launch(root.resolve("hnet"), environment, null, "--version");

    // HNET_JAVA_OPTS comes last, so its heap size wins
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("Max. Heap Size: 48.00M");
  }

  @Test
  void aModelTooLargeForTheHeapIsRefusedWithTheWayOut() throws IOException, InterruptedException {
    Path model = Files.writeString(temp.resolve("big.hnet"), "network big { neurons s[2000]; }\n");

    Run run =
        launch(
            root.resolve("hnet"),
            Map.of("HNET_JAVA_OPTS", "-Xmx32m"),
            null,
            "check",
            model.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("[HN110]")
        .contains("HNET_JAVA_OPTS")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void anOutputThatCannotBeWrittenFailsTheCommand() throws IOException, InterruptedException {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "this system has no /dev/full");

    Run run =
        launch(
            root.resolve("hnet"),
            Map.of(),
            full,
            "run",
            CommandRunner.project("examples/lean-hebbian/lean_hebbian.hnet"),
            "--json");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("hnet: the output could not be written completely: No space left on device\n");
  }

  /** What the launcher printed and returned. */
  private record Run(int code, String out, String err) {}

  private Run launch(Path script, Map<String, String> environment, File output, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("HNET_JAVA_OPTS");
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().putAll(environment);
    builder
        .environment()
        .put("PATH", temp.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    Path out = temp.resolve("out.txt");
    builder.redirectOutput(output == null ? out.toFile() : output);
    builder.redirectError(temp.resolve("err.txt").toFile());
    int code = builder.start().waitFor();
    return new Run(
        code,
        output == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
        Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static void oldFile(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "unchanged");
    Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
