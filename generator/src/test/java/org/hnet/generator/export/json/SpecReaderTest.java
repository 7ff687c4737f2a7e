package org.hnet.generator.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.hnet.lang.model.Model;
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
    SpecException e = refused(SPEC.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

    assertThat(e.pointer()).isEqualTo("/formatVersion");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(20);
    assertThat(e.problem()).contains("version 2 is not supported");
  }

  @Test
  void asymmetricWeightsAreRefusedAtTheWeight() {
    // w1's first row is ["0", "1", "-1", "-1"] on line 22 of the spec, 10 columns indented
    String text =
        SPEC.replaceFirst("\\[\"0\", \"1\", \"-1\", \"-1\"\\]", "[\"0\", \"2\", \"-1\", \"-1\"]");

    SpecException e = refused(text);

    assertThat(e.pointer()).isEqualTo("/networks/0/parameters/weights/0/1");
    assertThat(e.line()).isEqualTo(22);
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.getMessage())
        .isEqualTo(
            "22:17: at /networks/0/parameters/weights/0/1: weights are not symmetric: into 0 from 1"
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
    assertThat(SpecSchema.problems(SPEC.replace("\"formatVersion\": 1", "\"formatVersion\": 2")))
        .isNotEmpty();
  }

  private static SpecException refused(String text) {
    return catchThrowableOfType(SpecException.class, () -> SpecReader.of("spec.json").read(text));
  }
}
