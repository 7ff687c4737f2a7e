package org.hnet.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassNamingTest {

  @Test
  void networkNamesBecomeUpperCamelCase() {
    assertThat(ClassNaming.classNames(List.of("lean_hebbian", "w1", "digits", "myNet")))
        .containsExactly("LeanHebbian", "W1", "Digits", "MyNet");
  }

  @Test
  void aLeadingDigitGetsAnUnderscore() {
    assertThat(ClassNaming.classNames(List.of("2layer"))).containsExactly("_2layer");
  }

  @Test
  void namesThatCollideGetTrailingUnderscores() {
    assertThat(ClassNaming.classNames(List.of("a_b", "aB", "a__b")))
        .containsExactly("AB", "AB_", "AB__");
  }

  @Test
  void namesThatDifferOnlyInCaseCollideToo() {
    assertThat(ClassNaming.classNames(List.of("ABC", "abc"))).containsExactly("ABC", "Abc_");
  }

  @Test
  void typesGeneratedCodeUsesAreNeverHidden() {
    assertThat(ClassNaming.classNames(List.of("activation", "list", "string", "system")))
        .containsExactly("Activation_", "List_", "String_", "System_");
  }

  @Test
  void keywordsCannotSurviveUpperCamelCase() {
    assertThat(ClassNaming.classNames(List.of("class", "int", "null")))
        .containsExactly("Class", "Int", "Null");
  }

  @Test
  void punctuationSplitsWordsAndNothingLeftGivesNetwork() {
    assertThat(ClassNaming.upperCamel("x */ class Evil {} /*")).isEqualTo("XClassEvil");
    assertThat(ClassNaming.upperCamel("größe_karte")).isEqualTo("GrößeKarte");
    assertThat(ClassNaming.upperCamel("__")).isEqualTo("Network");
  }
}
