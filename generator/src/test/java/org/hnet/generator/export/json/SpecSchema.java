package org.hnet.generator.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The committed JSON Schema {@code docs/hnet-spec.schema.json}, from the test class path. */
public final class SpecSchema {

  private static final Schema SCHEMA = load();

  private SpecSchema() {}

  /** The schema's complaints about {@code json}, as text; empty when it is valid. */
  public static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** Fails unless {@code json} is valid against the schema. */
  public static void check(String json) {
    assertThat(problems(json)).as("schema problems").isEmpty();
  }

  private static Schema load() {
    try (InputStream in = SpecSchema.class.getResourceAsStream("/hnet-spec.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("hnet-spec.schema.json is not on the test class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
