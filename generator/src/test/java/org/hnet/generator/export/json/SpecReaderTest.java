package org.hnet.generator.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hnet.lang.LoadResult;
import org.hnet.lang.ModelLoader;
import org.hnet.lang.model.Model;
import org.hnet.lang.print.ModelEquivalence;
import org.junit.jupiter.api.Test;

/** A spec that is not valid is refused with its line, column and JSON Pointer. */
class SpecReaderTest {

  private static final String SPEC = spec();

  private static String spec() {
    Model model =
        SpecRoundTripTest.load(Path.of("..", "examples", "lean-hebbian", "lean_hebbian.hnet"));
    return SpecText.pretty(SpecWriter.of("lean_hebbian.hnet").tree(model));
  }

  @Test
  void malformedJsonNamesTheLineAndColumn() {
    SpecException e = refused("{\n  \"format\": \"hnet-spec\",\n  \"networks\": [1, 2,]\n}\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(21);
    assertThat(e.problem()).startsWith("malformed JSON");
  }

  @Test
  void anotherFormatVersionIsRefusedAtItsMember() {
    SpecException e = refused(SPEC.replace("\"formatVersion\": 2", "\"formatVersion\": 3"));

    assertThat(e.pointer()).isEqualTo("/formatVersion");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(20);
    assertThat(e.problem()).contains("version 3 is not supported; this hnet reads versions 1 to 2");
  }

  @Test
  void asymmetricWeightsAreRefusedAtTheWeight() {
    // w1's first row is ["0", "1", "-1", "-1"] on line 24 of the spec, 10 columns indented
    String text =
        SPEC.replaceFirst("\\[\"0\", \"1\", \"-1\", \"-1\"\\]", "[\"0\", \"2\", \"-1\", \"-1\"]");

    SpecException e = refused(text);

    assertThat(e.pointer()).isEqualTo("/networks/0/parameters/weights/0/1");
    assertThat(e.line()).isEqualTo(24);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.getMessage())
        .isEqualTo(
            "24:17: at /networks/0/parameters/weights/0/1: weights are not symmetric: into 0 from 1"
                + " differs from the reverse");
  }

  @Test
  void aMisspeltMemberIsNotIgnored() {
    SpecException e = refused(SPEC.replaceFirst("\"activation\"", "\"activaton\""));

    assertThat(e.pointer()).isEqualTo("/networks/0/activaton");
    assertThat(e.problem()).isEqualTo("unknown member \"activaton\"");
  }

  @Test
  void aThetaThatDisagreesWithItsThresholdIsRefused() {
    SpecException e =
        refused(SPEC.replaceFirst("\\[\\[\"0\"\\], \\[\"0\"\\]", "[[\"0\"], [\"1/2\"]"));

    assertThat(e.pointer()).isEqualTo("/networks/0/formalization/theta/1/0");
    assertThat(e.problem()).isEqualTo("theta of neuron 1 differs from its threshold");
  }

  @Test
  void hostileNamesAreRefused() {
    SpecException e =
        refused(SPEC.replaceFirst("\"name\": \"w1\"", "\"name\": \"w1 } network x {\""));

    assertThat(e.pointer()).isEqualTo("/networks/0/name");
    assertThat(e.problem()).contains("cannot name a network");
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() {
    assertThat(SpecSchema.problems(SPEC)).isEmpty();
    assertThat(SpecSchema.problems(SPEC.replaceFirst("\"scale\": \"1\"", "\"scale\": 1")))
        .isNotEmpty();
    assertThat(SpecSchema.problems(SPEC.replaceFirst("\"bipolar\"", "\"ternary\""))).isNotEmpty();
    assertThat(SpecSchema.problems(SPEC.replace("\"formatVersion\": 2", "\"formatVersion\": 3")))
        .isNotEmpty();
  }

  @Test
  void aVersion1SpecIsStillRead() throws Exception {
    String text = resource("/spec/lean_hebbian.v1.spec.json");
    Model expected =
        SpecRoundTripTest.load(Path.of("..", "examples", "lean-hebbian", "lean_hebbian.hnet"));

    Model read = SpecReader.of("v1.spec.json").read(text);

    assertThat(text).contains("\"formatVersion\": 1").doesNotContain("\"sampling\"");
    assertThat(ModelEquivalence.differences(expected, read)).isEmpty();
  }

  @Test
  void aVersion1BinaryNetworkIsAGeneralNetworkAndVersion2AZeroOneNetwork() throws Exception {
    String v1 =
        SpecText.pretty(SpecWriter.of("b.hnet").tree(BINARY))
            .replace("\"formatVersion\": 2", "\"formatVersion\": 1");
    String old =
        v1.replace("\"lattice\": null,\n", "")
            .replace("\"storage\": \"dense\",\n", "")
            .replaceAll("\n *\"sampling\": null,", "")
            .replaceAll("\n *\"clamps\": \\[\\],", "")
            .replace("\"ZeroOne\"", "\"NeuralNetwork\"")
            .replace("\"kappa1\": 1", "\"kappa1\": 0")
            .replace("\"sigma\": [[\"0\"], [\"0\"]]", "\"sigma\": [[], []]");
    String v2 = SpecText.pretty(SpecWriter.of("b.hnet").tree(BINARY));

    assertThat(v2).contains("\"structure\": \"ZeroOne\"").contains("\"kappa1\": 1");
    assertThat(ModelEquivalence.differences(BINARY, SpecReader.of("v1").read(old))).isEmpty();
    assertThat(refused(v1).pointer()).startsWith("/networks/0/");
    assertThat(refused(old.replace("\"formatVersion\": 1", "\"formatVersion\": 2")).problem())
        .contains("is missing");
  }

  @Test
  void temperatureZeroAndBetaZeroAreOppositeEnds() throws Exception {
    Model model =
        parse(
            "network n { neurons s[2]; temperature 0; dynamics gibbs; }"
                + " network m { neurons s[2]; beta 0; dynamics gibbs; }");

    String text = SpecText.pretty(SpecWriter.of("t.hnet").tree(model));

    assertThat(text)
        .contains("{\"given\": \"temperature\", \"temperature\": \"0\", \"beta\": \"infinite\"}")
        .contains("{\"given\": \"beta\", \"temperature\": \"infinite\", \"beta\": \"0\"}");
    assertThat(ModelEquivalence.differences(model, SpecReader.of("t").read(text))).isEmpty();
  }

  @Test
  void aTemperatureThatIsNotTheReciprocalOfItsBetaIsRefused() {
    String text =
        boltzmann()
            .replace(
                "\"temperature\": \"1\", \"beta\": \"1\"",
                "\"temperature\": \"1\", \"beta\": \"2\"");

    SpecException e = refused(text);

    assertThat(e.pointer()).isEqualTo("/networks/0/sampling/temperature/beta");
    assertThat(e.problem()).isEqualTo("expected \"1\", the reciprocal of the given temperature");
  }

  @Test
  void samplingIsCheckedAsTheLanguageChecksIt() {
    String spec = boltzmann();

    assertThat(
            refused(
                    spec.replace(
                        "\"rule\": \"gibbs\", \"scan\": \"order\"",
                        "\"rule\": \"metropolis\", \"scan\": \"order\""))
                .problem())
        .isEqualTo("Metropolis dynamics take no given order");
    assertThat(
            refused(spec.replaceFirst("\"temperature\": \\{[^}]*\\}", "\"temperature\": null"))
                .problem())
        .isEqualTo("stochastic dynamics need a temperature or an annealing schedule");
    assertThat(
            refused(spec.replaceFirst("\"order\": \"index\"", "\"order\": \"random\"")).problem())
        .contains("index order");
    assertThat(
            refused(spec.replace("{\"neuron\": 1, \"value\": -1}", "{\"neuron\": 1, \"value\": 0}"))
                .pointer())
        .isEqualTo("/networks/1/clamps/0/value");
    assertThat(refused(spec.replace("\"sweeps\": 10", "\"sweeps\": 0")).pointer())
        .isEqualTo("/networks/2/sampling/annealing/sweeps");
  }

  @Test
  void aLatticeMustBeWhatItsDescriptionMakes() {
    Model model =
        parse(
            "network g { neurons s[2, 3]; connections lattice open; coupling 2;"
                + " field -1; temperature 1; dynamics gibbs; }");
    String spec = SpecText.pretty(SpecWriter.of("g.hnet").tree(model));

    SpecException wrongBond = refused(spec.replaceFirst("\\[\\[1, \"2\"\\]", "[[2, \"2\"]"));
    SpecException wrongField = refused(spec.replace("\"field\": \"-1\"", "\"field\": \"1\""));
    SpecException noLattice =
        refused(spec.replace("\"kind\": \"lattice\"", "\"kind\": \"complete\""));

    assertThat(wrongBond.pointer()).isEqualTo("/networks/0/parameters/rows/0/0");
    assertThat(wrongBond.problem())
        .isEqualTo("the lattice joins neuron 0 to 1 with the weight 2 here");
    assertThat(wrongField.pointer()).isEqualTo("/networks/0/parameters/thresholds/0");
    assertThat(noLattice.pointer()).isEqualTo("/networks/0/lattice");
    assertThat(SpecSchema.problems(spec)).isEmpty();
  }

  private static final Model BINARY =
      parse(
          "network b { neurons s[2]; activation binary; weights [[0, 1], [1, 0]];"
              + " thresholds [1/2, 0]; }");

  /** Three networks with a temperature, a given Gibbs order with a clamp, and annealing. */
  private static String boltzmann() {
    Model model =
        parse(
            """
            network t { neurons s[2]; temperature 1; dynamics gibbs order [s[1], s[0]]; }
            network c { neurons s[2]; beta 1/2; dynamics gibbs; clamp s[1] = -1; }
            network a { neurons s[2]; dynamics metropolis; anneal linear from 2 to 1 over 10 sweeps; }
            """);
    return SpecText.pretty(SpecWriter.of("b.hnet").tree(model));
  }

  private static Model parse(String text) {
    LoadResult result = ModelLoader.of().parse("test.hnet", text, Path.of("."));
    assertThat(result.errors()).as(result.report()).isEmpty();
    return result.model().get();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SpecReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SpecException refused(String text) {
    return catchThrowableOfType(SpecException.class, () -> SpecReader.of("spec.json").read(text));
  }
}
