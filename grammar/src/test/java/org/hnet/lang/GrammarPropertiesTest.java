package org.hnet.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hipparchus.fraction.BigFraction;
import org.hnet.lang.diag.Diagnostic;
import org.hnet.lang.model.Network;

/**
 * Properties of the front end: generated valid models load with the sizes and exact numbers they
 * were generated with, and no input at all, however broken, makes the loader throw.
 */
class GrammarPropertiesTest {
  private static final Path BASE = Path.of("src/test/resources/valid");

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

  @Property(tries = 200)
  void generatedMatrixModelsLoadWithTheirExactNumbers(@ForAll("matrixModels") MatrixModel spec) {
    LoadResult result = ModelLoader.of().parse("generated.hnet", spec.text(), BASE);

    assertThat(result.diagnostics()).as(spec.text() + "\n" + result.report()).isEmpty();
    Network network = result.model().get().networks().get(0);
    assertThat(network.size()).isEqualTo(spec.size());
    for (int u = 0; u < spec.size(); u++) {
      assertThat(network.threshold(u)).isEqualTo(spec.thresholds().get(u));
      for (int v = 0; v < spec.size(); v++) {
        assertThat(network.weight(u, v)).isEqualTo(spec.weight(u, v));
      }
    }
  }

  @Property(tries = 100)
  void generatedHebbianModelsGiveTheSumOfOuterProducts(
      @ForAll @Size(min = 1, max = 5)
          List<@Size(min = 1, max = 1) List<@IntRange(min = 0, max = 255) Integer>> seeds,
      @ForAll @IntRange(min = 1, max = 8) int n) {
    List<int[]> patterns = seeds.stream().map(s -> bits(s.get(0), n)).toList();
    StringBuilder text = new StringBuilder("network h {\n  neurons s[" + n + "];\n  patterns {\n");
    patterns.forEach(p -> text.append("    \"").append(signs(p)).append("\";\n"));
    text.append("  }\n  weights hebbian;\n}\n");

    LoadResult result = ModelLoader.of().parse("h.hnet", text.toString(), BASE);

    Network network = result.model().orElseThrow().networks().get(0);
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        long expected = 0;
        for (int[] p : patterns) {
          expected += u == v ? 0 : p[u] * p[v];
        }
        assertThat(network.weight(u, v)).isEqualTo(new BigFraction(expected));
      }
    }
  }

  @Property(tries = 500)
  void randomTokenSequencesGiveDiagnosticsNotExceptions(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 58) Integer> picks) {
    StringBuilder text = new StringBuilder();
    picks.forEach(k -> text.append(TOKENS.get(k % TOKENS.size())).append(k % 3 == 0 ? "" : " "));

    LoadResult result = ModelLoader.of().parse("tokens.hnet", text.toString(), BASE);

    assertWellFormed(result, text.toString());
  }

  @Property(tries = 500)
  void mutationsOfValidModelsGiveDiagnosticsNotExceptions(
      @ForAll("validTexts") String original,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1_000_000) Integer> edits) {
    String text = mutate(original, edits);

    LoadResult result = ModelLoader.of().parse("mutated.hnet", text, BASE);

    assertWellFormed(result, text);
  }

  @Property(tries = 100)
  void arbitraryBytesGiveDiagnosticsNotExceptions(@ForAll @Size(max = 400) byte[] bytes)
      throws IOException {
    Path file = Files.createTempFile("hnet-bytes", ".hnet");
    try {
      Files.write(file, bytes);

      LoadResult result = ModelLoader.of().load(file);

      assertThat(result.model().isPresent()).isEqualTo(result.errors().isEmpty());
      assertThat(result.report()).isNotNull();
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<MatrixModel> matrixModels() {
    return Arbitraries.integers().between(1, 6).flatMap(GrammarPropertiesTest::matrixModel);
  }

  @Provide
  Arbitrary<String> validTexts() {
    try (Stream<Path> files = Files.list(BASE)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".hnet")).toList()) {
        texts.add(Files.readString(file));
      }
      texts.add(Files.readString(Path.of("../examples/lean-hebbian/lean_hebbian.hnet")));
      return Arbitraries.of(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Arbitrary<MatrixModel> matrixModel(int n) {
    Arbitrary<BigFraction> fraction =
        Combinators.combine(
                Arbitraries.integers().between(-9, 9), Arbitraries.integers().between(1, 6))
            .as(BigFraction::new);
    return Combinators.combine(
            fraction.list().ofSize(n * (n - 1) / 2),
            fraction.list().ofSize(n),
            Arbitraries.of(false, true))
        .as((upper, thresholds, decimal) -> new MatrixModel(n, upper, thresholds, decimal));
  }

  /** Checks what every result must satisfy, whatever the input. */
  private static void assertWellFormed(LoadResult result, String text) {
    long lines = text.lines().count() + 1;
    assertThat(result.model().isPresent()).isEqualTo(result.errors().isEmpty());
    assertThat(result.diagnostics()).isSortedAccordingTo(Diagnostic.BY_POSITION);
    assertThat(result.diagnostics()).hasSizeLessThanOrEqualTo(ModelLoader.MAX_DIAGNOSTICS + 1);
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.span().line()).isBetween(1, (int) Math.max(lines, 1) + 1);
      assertThat(d.message())
          .doesNotContain("<EOF>", "extraneous input", "mismatched input", "viable alternative");
    }
    assertThat(result.report()).isNotNull();
  }

  /** Applies edits: each deletes, inserts or duplicates a few characters at a position. */
  private static String mutate(String text, List<Integer> edits) {
    StringBuilder out = new StringBuilder(text);
    String inserts = "{}[];:,.-+/*\"\\#$=x0 \n\t\u00e9";
    for (int edit : edits) {
      int at = out.length() == 0 ? 0 : edit % out.length();
      switch (edit % 3) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + edit % 4));
        case 1 -> out.insert(at, inserts.charAt(edit % inserts.length()));
        default -> out.insert(at, out.substring(at, Math.min(out.length(), at + edit % 7)));
      }
    }
    return out.toString();
  }

  private static int[] bits(int seed, int n) {
    int[] pattern = new int[n];
    for (int k = 0; k < n; k++) {
      pattern[k] = ((seed >> k) & 1) == 1 ? 1 : -1;
    }
    return pattern;
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
