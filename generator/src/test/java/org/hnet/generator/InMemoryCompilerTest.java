package org.hnet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {

  @Test
  void compileErrorsCarryJavacsMessagesAndPositions() {
    GeneratedFile broken =
        GeneratedFile.source("p/Broken.java", "package p;\nclass Broken {\n  int x = ;\n}\n");

    CompilationException error =
        catchThrowableOfType(
            CompilationException.class,
            () -> InMemoryCompiler.withCurrentClassPath().compile(List.of(broken)));

    assertThat(error.errors()).hasSize(1);
    assertThat(error.errors().get(0))
        .startsWith("p/Broken.java:3:11: error: illegal start of expression");
    assertThat(error).hasMessageStartingWith("generated sources do not compile (1 error):\n");
  }

  @Test
  void resourcesAreServedBesideTheClasses() throws Exception {
    String source =
        "package p;\n"
            + "public class Reader implements java.util.function.Supplier<Integer> {\n"
            + "  public Integer get() {\n"
            + "    try (java.io.InputStream in =\n"
            + "        Reader.class.getResourceAsStream(\"data.bin\")) {\n"
            + "      return in.readAllBytes().length;\n"
            + "    } catch (java.io.IOException e) {\n"
            + "      throw new java.io.UncheckedIOException(e);\n"
            + "    }\n"
            + "  }\n"
            + "}\n";
    List<GeneratedFile> files =
        List.of(
            GeneratedFile.source("p/Reader.java", source),
            new GeneratedFile("p/data.bin", new byte[] {7, 8, 9}));

    CompiledClasses classes = InMemoryCompiler.withCurrentClassPath().compile(files);

    @SuppressWarnings("unchecked")
    Supplier<Integer> reader = classes.newInstance("p.Reader", Supplier.class);
    assertThat(reader.get()).isEqualTo(3);
    try (InputStream in = classes.classLoader().getResourceAsStream("p/data.bin")) {
      assertThat(in.readAllBytes()).containsExactly(7, 8, 9);
    }
  }

  @Test
  void unknownClassesAreReportedWithTheCompiledOnes() {
    CompiledClasses classes =
        InMemoryCompiler.withCurrentClassPath()
            .compile(List.of(GeneratedFile.source("p/A.java", "package p;\npublic class A {}\n")));

    assertThatThrownBy(() -> classes.load("p.B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no compiled class 'p.B'; compiled: [p.A]");
  }

  @Test
  void theRuntimeAloneDoesNotProvideTheFrontEnd() {
    GeneratedFile usesGrammar =
        GeneratedFile.source(
            "p/UsesModel.java",
            "package p;\nclass UsesModel {\n  org.hnet.lang.model.Model model;\n}\n");

    assertThatThrownBy(() -> Compilers.RUNTIME_ONLY.compile(List.of(usesGrammar)))
        .isInstanceOf(CompilationException.class)
        .hasMessageContaining("p/UsesModel.java:3:");
  }
}
