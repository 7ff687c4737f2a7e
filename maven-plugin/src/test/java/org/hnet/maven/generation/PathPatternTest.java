package org.hnet.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
    "**/*.hnet, digits.hnet, true",
    "**/*.hnet, org/example/digits.hnet, true",
    "**/*.hnet, digits.hnet.txt, false",
    "**/*.hnet, digits_hnet, false",
    "*.hnet, digits.hnet, true",
    "*.hnet, org/digits.hnet, false",
    "org/**, org/example/digits.hnet, true",
    "org/, org/digits.hnet, true",
    "org/**/*.hnet, org/digits.hnet, true",
    "org/**/*.hnet, other/org/digits.hnet, false",
    "d?gits.hnet, digits.hnet, true",
    "d?gits.hnet, d/gits.hnet, false",
    "a+b.hnet, a+b.hnet, true",
    "a+b.hnet, aab.hnet, false",
    "org\\*.hnet, org/x.hnet, true"
  })
  void matchesLikeMaven(String pattern, String path, boolean matches) {
    assertThat(PathPattern.of(pattern).matches(path)).isEqualTo(matches);
  }

  @Test
  void aBlankPatternIsRefusedWithItsText() {
    assertThatThrownBy(() -> PathPattern.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an include or exclude pattern is blank: ' '");
  }
}
