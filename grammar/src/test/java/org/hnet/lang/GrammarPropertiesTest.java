package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.diag.DiagnosticCode;
import org.hnet.lang.model.Network;
import org.junit.jupiter.api.Test;

/**
 * Properties of the front end: generated valid models load with the sizes and exact numbers they
 * were generated with, and no input at all, however broken, makes the loader throw.
 *
 * <p>Each property runs a fixed number of cases; case {@code c} draws everything from a {@code
 * SplittableRandom} seeded with the property's base seed plus {@code c}, so a failure, which names
 * the case, its seed and the whole input, can be replayed alone.
 */
class GrammarPropertiesTest {
  private static final Path BASE = Path.of("src/test/resources/valid");

  /** The valid models of the test resources and the Lean Hebbian example, to be mutated. */
  private static final List<String> VALID_TEXTS = validTexts();

  /** Bytes inserted by the edits of {@link #mutate}. */
  private static final String INSERTS = "{}[];:,.-+/*\"\\#$=x0 \n\t\u00e9";

  /** Words the tokens of a model are made of, right or wrong. */
  private static final List<String> TOKENS =
      List.of(
          "network",
          "neurons",
          "input",
          "output",
          "hidden",
          "activation",
          "bipolar",
          "binary",
          "connections",
          "complete",
          "weights",
          "scale",
          "thresholds",
          "patterns",
          "from",
          "energy",
          "dynamics",
          "asynchronous",
          "synchronous",
          "order",
          "random",
          "hebbian",
          "storkey",
          "pseudoinverse",
          "hopfield",
          "temperature",
          "beta",
          "anneal",
          "linear",
          "geometric",
          "to",
          "over",
          "sweeps",
          "coupling",
          "field",
          "clamp",
          "lattice",
          "periodic",
          "open",
          "gibbs",
          "metropolis",
          "sweep",
          "=",
          "a",
          "s",
          "x",
          "{",
          "}",
          "[",
          "]",
          ",",
          ";",
          ":",
          "..",
          "->",
          "<->",
          "/",
          "-",
          "+",
          "0",
          "1",
          "2",
          "3",
          "1.5",
          "1e3",
          "1/0",
          "\"+-\"",
          "\"p.txt\"",
          "\"",
          "//",
          "/*",
          "*/",
          "$",
          "\t",
          "\n",
          "\u00e9",
          "\uD83D\uDE00");

  @Test
  void generatedMatrixModelsLoadWithTheirExactNumbers() {
    for (int c = 0; c < 200; c++) {
      long seed = 1_000 + c;
      MatrixModel spec = matrixModel(new SplittableRandom(seed));
      String where = where(c, seed, spec.text());

      LoadResult result = parse("generated.hnet", spec.text(), where);

      assertThat(result.diagnostics()).as(where + result.report()).isEmpty();
      Network network = result.model().orElseThrow().networks().get(0);
      assertThat(network.size()).as(where).isEqualTo(spec.size());
      for (int u = 0; u < spec.size(); u++) {
        assertThat(network.threshold(u)).as(where).isEqualTo(spec.thresholds().get(u));
        for (int v = 0; v < spec.size(); v++) {
          assertThat(network.weight(u, v)).as(where).isEqualTo(spec.weight(u, v));
        }
      }
    }
  }

  @Test
  void generatedHebbianModelsGiveTheSumOfOuterProducts() {
    for (int c = 0; c < 100; c++) {
      long seed = 2_000 + c;
      SplittableRandom random = new SplittableRandom(seed);
      int n = random.nextInt(1, 9);
      List<int[]> patterns = randomPatterns(random, n);
      String text = hebbianText(n, patterns);
      String where = where(c, seed, text);

      LoadResult result = parse("h.hnet", text, where);

      assertThat(result.errors()).as(where + result.report()).isEmpty();
      Network network = result.model().orElseThrow().networks().get(0);
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          // w(u, v) = sum over patterns of p(u) p(v) off the diagonal, 0 on it
          long expected = 0;
          for (int[] p : patterns) {
            expected += u == v ? 0 : p[u] * p[v];
          }
          assertThat(network.weight(u, v)).as(where).isEqualTo(new BigFraction(expected));
        }
      }
    }
  }

  @Test
  void hebbianModelsWarnAboutExactlyThePatternsThatAreNotFixedPoints() {
    for (int c = 0; c < 300; c++) {
      long seed = 6_000 + c;
      SplittableRandom random = new SplittableRandom(seed);
      int n = random.nextInt(1, 9);
      List<int[]> patterns = randomPatterns(random, n);
      String where = where(c, seed, hebbianText(n, patterns));

      LoadResult result = parse("h.hnet", hebbianText(n, patterns), where);

      List<String> moved = new ArrayList<>();
      for (int k = 0; k < patterns.size(); k++) {
        int flips = hebbianFlips(patterns, patterns.get(k));
        if (flips > 0) {
          moved.add(
              "'" + k + "' (" + flips + (flips == 1 ? " neuron" : " neurons") + " would flip)");
        }
      }
      if (moved.isEmpty()) {
        assertThat(result.warnings()).as(where + result.report()).isEmpty();
        continue;
      }
      assertThat(result.warnings())
          .as(where)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo(DiagnosticCode.PATTERNS_NOT_FIXED);
                assertThat(d.message())
                    .contains(String.join(", ", moved.subList(0, Math.min(4, moved.size()))));
              });
    }
  }

  /**
   * How many neurons of {@code q} the deterministic update flips under the Hebbian weights of
   * {@code patterns}, thresholds 0: {@code net(u) = sum over v != u of (sum over p of p(u) p(v))
   * q(v)}, and u becomes +1 iff 0 <= net(u), so a tie goes to +1.
   */
  private static int hebbianFlips(List<int[]> patterns, int[] q) {
    int flips = 0;
    for (int u = 0; u < q.length; u++) {
      long net = 0;
      for (int v = 0; v < q.length; v++) {
        for (int[] p : patterns) {
          net += v == u ? 0 : (long) p[u] * p[v] * q[v];
        }
      }
      int next = net >= 0 ? 1 : -1;
      flips += next == q[u] ? 0 : 1;
    }
    return flips;
  }

  @Test
  void randomTokenSequencesGiveDiagnosticsNotExceptions() {
    for (int c = 0; c < 500; c++) {
      long seed = 3_000 + c;
      String text = tokenSequence(new SplittableRandom(seed));
      String where = where(c, seed, text);

      LoadResult result = parse("tokens.hnet", text, where);

      assertWellFormed(result, where, text);
    }
  }

  @Test
  void mutationsOfValidModelsGiveDiagnosticsNotExceptions() {
    for (int c = 0; c < 500; c++) {
      long seed = 4_000 + c;
      SplittableRandom random = new SplittableRandom(seed);
      String original = VALID_TEXTS.get(random.nextInt(VALID_TEXTS.size()));
      String text = mutate(original, edits(random));
      String where = where(c, seed, text);

      LoadResult result = parse("mutated.hnet", text, where);

      assertWellFormed(result, where, text);
    }
  }

  @Test
  void arbitraryBytesGiveDiagnosticsNotExceptions() throws IOException {
    for (int c = 0; c < 100; c++) {
      long seed = 5_000 + c;
      byte[] bytes = randomBytes(new SplittableRandom(seed));
      String where = where(c, seed, "hex " + HexFormat.of().formatHex(bytes));
      Path file = Files.createTempFile("hnet-bytes", ".hnet");
      try {
        Files.write(file, bytes);

        LoadResult result = load(file, where);

        assertThat(result.model().isPresent()).as(where).isEqualTo(result.errors().isEmpty());
        assertThat(result.report()).as(where).isNotNull();
      } finally {
        Files.delete(file);
      }
    }
  }

  /** Names a failing case: its number, its seed and the whole input, to replay it by seed. */
  private static String where(int c, long seed, String input) {
    return "case " + c + " (seed " + seed + "), input:\n" + input + "\n";
  }

  /** Parses the text; an exception fails the case, named, instead of escaping unnamed. */
  private static LoadResult parse(String file, String text, String where) {
    try {
      return ModelLoader.of().parse(file, text, BASE);
    } catch (RuntimeException e) {
      throw new AssertionError("the loader threw on " + where, e);
    }
  }

  private static LoadResult load(Path file, String where) {
    try {
      return ModelLoader.of().load(file);
    } catch (RuntimeException e) {
      throw new AssertionError("the loader threw on " + where, e);
    }
  }

  private static List<String> validTexts() {
    try (Stream<Path> files = Files.list(BASE)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".hnet")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      texts.add(Files.readString(Path.of("../examples/lean-hebbian/lean_hebbian.hnet")));
      return List.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A network of 1 to 6 neurons with fractions n/d, |n| <= 9 and 1 <= d <= 6, as weights. */
  private static MatrixModel matrixModel(SplittableRandom random) {
    int n = random.nextInt(1, 7);
    List<BigFraction> upper = fractions(random, n * (n - 1) / 2);
    List<BigFraction> thresholds = fractions(random, n);
    return new MatrixModel(n, upper, thresholds, random.nextBoolean());
  }

  private static List<BigFraction> fractions(SplittableRandom random, int count) {
    List<BigFraction> fractions = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      fractions.add(new BigFraction(random.nextInt(-9, 10), random.nextInt(1, 7)));
    }
    return fractions;
  }

  /** One to five bipolar patterns of {@code n} values, repeats allowed. */
  private static List<int[]> randomPatterns(SplittableRandom random, int n) {
    List<int[]> patterns = new ArrayList<>();
    int count = random.nextInt(1, 6);
    for (int k = 0; k < count; k++) {
      int[] pattern = new int[n];
      for (int u = 0; u < n; u++) {
        pattern[u] = random.nextBoolean() ? 1 : -1;
      }
      patterns.add(pattern);
    }
    return patterns;
  }

  private static String hebbianText(int n, List<int[]> patterns) {
    StringBuilder text = new StringBuilder("network h {\n  neurons s[" + n + "];\n  patterns {\n");
    patterns.forEach(p -> text.append("    \"").append(signs(p)).append("\";\n"));
    return text.append("  }\n  weights hebbian;\n}\n").toString();
  }

  /** Up to 60 tokens, each followed by a space two times in three and glued to the next else. */
  private static String tokenSequence(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(61);
    for (int k = 0; k < count; k++) {
      text.append(TOKENS.get(random.nextInt(TOKENS.size())));
      text.append(random.nextInt(3) == 0 ? "" : " ");
    }
    return text.toString();
  }

  /** One to six edits, each a number that picks the kind, the position and the length. */
  private static int[] edits(SplittableRandom random) {
    int[] edits = new int[random.nextInt(1, 7)];
    for (int k = 0; k < edits.length; k++) {
      edits[k] = random.nextInt(1_000_001);
    }
    return edits;
  }

  /**
   * Up to 400 bytes: half the time uniformly random bytes, else a valid model in UTF-8 cut at a
   * random length, with one to six bytes overwritten (often making malformed UTF-8).
   */
  private static byte[] randomBytes(SplittableRandom random) {
    if (random.nextBoolean()) {
      byte[] bytes = new byte[random.nextInt(401)];
      random.nextBytes(bytes);
      return bytes;
    }
    byte[] model =
        VALID_TEXTS.get(random.nextInt(VALID_TEXTS.size())).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(model, random.nextInt(Math.min(model.length, 400) + 1));
    for (int k = random.nextInt(1, 7); k > 0 && bytes.length > 0; k--) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** Checks what every result must satisfy, whatever the input. */
  private static void assertWellFormed(LoadResult result, String where, String text) {
    long lines = text.lines().count() + 1;
    assertThat(result.model().isPresent()).as(where).isEqualTo(result.errors().isEmpty());
    assertThat(result.diagnostics()).as(where).isSortedAccordingTo(Diagnostic.BY_POSITION);
    assertThat(result.report().lines().filter(line -> line.matches(".*\\[H[NW][0-9]{3}]$")))
        .as(where)
        .hasSizeLessThanOrEqualTo(ModelLoader.MAX_DIAGNOSTICS + 1);
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span().line()).as(where).isBetween(1, (int) Math.max(lines, 1) + 1);
      assertThat(d.message())
          .as(where)
          .doesNotContain("<EOF>", "extraneous input", "mismatched input", "viable alternative");
    }
    assertThat(result.report()).as(where).isNotNull();
  }

  /** Applies edits: each deletes, inserts or duplicates a few characters at a position. */
  private static String mutate(String text, int[] edits) {
    StringBuilder out = new StringBuilder(text);
    for (int edit : edits) {
      int at = out.length() == 0 ? 0 : edit % out.length();
      switch (edit % 3) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + edit % 4));
        case 1 -> out.insert(at, INSERTS.charAt(edit % INSERTS.length()));
        default -> out.insert(at, out.substring(at, Math.min(out.length(), at + edit % 7)));
      }
    }
    return out.toString();
  }

  private static String signs(int[] pattern) {
    StringBuilder out = new StringBuilder();
    for (int value : pattern) {
      out.append(value > 0 ? '+' : '-');
    }
    return out.toString();
  }

  /**
   * A generated network with a symmetric matrix of small fractions.
   *
   * @param size the number of neurons
   * @param upper the weights above the diagonal, row by row
   * @param thresholds one threshold per neuron
   * @param decimal whether to write whole numbers as decimals ({@code 2.0}) rather than integers
   */
  record MatrixModel(
      int size, List<BigFraction> upper, List<BigFraction> thresholds, boolean decimal) {

    BigFraction weight(int u, int v) {
      if (u == v) {
        return BigFraction.ZERO;
      }
      int i = Math.min(u, v);
      int j = Math.max(u, v);
      // index of (i, j) in the row-by-row upper triangle
      return upper.get(i * size - i * (i + 1) / 2 + (j - i - 1));
    }

    String text() {
      StringBuilder out =
          new StringBuilder("network g {\n  neurons s[" + size + "];\n  weights [\n");
      for (int u = 0; u < size; u++) {
        List<String> row = new ArrayList<>();
        for (int v = 0; v < size; v++) {
          row.add(write(weight(u, v)));
        }
        out.append("    [").append(String.join(", ", row)).append("],\n");
      }
      List<String> t = thresholds.stream().map(this::write).toList();
      return out.append("  ];\n  thresholds [")
          .append(String.join(", ", t))
          .append("];\n}\n")
          .toString();
    }

    private String write(BigFraction value) {
      if (value.isInteger()) {
        return decimal ? value.getNumerator() + ".0" : value.getNumerator().toString();
      }
      return value.getNumerator() + "/" + value.getDenominator();
    }
  }
}
