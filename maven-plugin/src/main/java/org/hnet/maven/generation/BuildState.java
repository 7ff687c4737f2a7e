package org.hnet.maven.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The incremental state of one generation (one goal execution), kept under {@code target/} between
 * builds: the generator it ran and, per model, what it read and wrote.
 *
 * <p>The file is text, one record per line, fields separated by tabs (with {@code \\}, {@code \t},
 * {@code \n} and {@code \r} escaped). Its first line names the format and its version, {@value
 * #FORMAT_VERSION}; a file of another version, or one that cannot be parsed, is not used, so every
 * model is generated again:
 *
 * <pre>
 * hnet-generation-state  1
 * generator  VERSION  CODE-DIGEST
 * model      RELATIVE-PATH  SETTINGS-DIGEST
 * input      SHA-256  ABSOLUTE-PATH
 * output     ABSOLUTE-PATH
 * </pre>
 *
 * @param generator the generator that wrote the outputs
 * @param models the record of each model, by relative path
 */
public record BuildState(GeneratorFingerprint generator, Map<String, ModelRecord> models) {

  /** The version of the file format this class reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private static final String MAGIC = "hnet-generation-state";

  /** Copies the records, sorted by model. */
  public BuildState {
    models = Collections.unmodifiableMap(new TreeMap<>(models));
  }

  /**
   * Reads a state file.
   *
   * @return the state, or empty if the file does not exist, is of another format version or cannot
   *     be parsed
   */
  public static Optional<BuildState> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      return parse(lines);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the state to {@code file}, replacing it atomically where the file system allows. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".hnet-state-", ".tmp");
    try {
      Files.write(temporary, lines(), StandardCharsets.UTF_8);
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The lines of the file. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(line(MAGIC, Integer.toString(FORMAT_VERSION)));
    lines.add(line("generator", generator.version(), generator.codeDigest()));
    for (ModelRecord record : models.values()) {
      lines.add(line("model", record.model(), record.settings()));
      record.inputs().forEach((path, sha) -> lines.add(line("input", sha, path.toString())));
      record.outputs().forEach(path -> lines.add(line("output", path.toString())));
    }
    return lines;
  }

  private static Optional<BuildState> parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(line(MAGIC, Integer.toString(FORMAT_VERSION)))) {
      return Optional.empty();
    }
    List<String> generator = fields(lines.get(1), "generator", 2);
    List<Builder> builders = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      if (fields(line).get(0).equals("model")) {
        List<String> model = fields(line, "model", 2);
        builders.add(new Builder(model.get(0), model.get(1)));
      } else {
        builders.get(builders.size() - 1).add(line);
      }
    }
    Map<String, ModelRecord> models = new LinkedHashMap<>();
    builders.forEach(builder -> models.put(builder.model, builder.build()));
    return Optional.of(
        new BuildState(new GeneratorFingerprint(generator.get(0), generator.get(1)), models));
  }

  /** Collects the lines of one model while parsing. */
  private static final class Builder {
    private final String model;
    private final String settings;
    private final Map<Path, String> inputs = new LinkedHashMap<>();
    private final List<Path> outputs = new ArrayList<>();

    Builder(String model, String settings) {
      this.model = model;
      this.settings = settings;
    }

    void add(String line) {
      String keyword = fields(line).get(0);
      if (keyword.equals("input")) {
        List<String> input = fields(line, "input", 2);
        inputs.put(Path.of(input.get(1)), input.get(0));
      } else {
        outputs.add(Path.of(fields(line, "output", 1).get(0)));
      }
    }

    ModelRecord build() {
      return new ModelRecord(model, settings, inputs, outputs);
    }
  }

  private static String line(String keyword, String... values) {
    StringBuilder line = new StringBuilder(keyword);
    for (String value : values) {
      line.append('\t').append(escape(value));
    }
    return line.toString();
  }

  private static List<String> fields(String line, String keyword, int count) {
    List<String> fields = fields(line);
    if (!fields.get(0).equals(keyword) || fields.size() != count + 1) {
      throw new IllegalArgumentException("not a '" + keyword + "' line: '" + line + "'");
    }
    return fields.subList(1, fields.size()).stream().map(BuildState::unescape).toList();
  }

  private static List<String> fields(String line) {
    return List.of(line.split("\t", -1));
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private static String unescape(String field) {
    StringBuilder value = new StringBuilder();
    for (int k = 0; k < field.length(); k++) {
      char c = field.charAt(k);
      if (c != '\\') {
        value.append(c);
        continue;
      }
      k += 1;
      char escaped = field.charAt(k);
      value.append(
          switch (escaped) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case '\\' -> '\\';
            default -> throw new IllegalArgumentException("bad escape in '" + field + "'");
          });
    }
    return value.toString();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
