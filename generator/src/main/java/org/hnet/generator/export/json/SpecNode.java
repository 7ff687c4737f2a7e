package org.hnet.generator.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * A value of a spec being read, with its JSON Pointer, so that every problem can name where it is.
 * Line and column are found only when a problem is reported, by reading the text again up to the
 * offending value.
 */
final class SpecNode {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final JsonNode node;
  private final String pointer;
  private final String text;

  private SpecNode(JsonNode node, String pointer, String text) {
    this.node = node;
    this.pointer = pointer;
    this.text = text;
  }

  /** The root of {@code text}, or a problem with the line and column of the malformed JSON. */
  static SpecNode parse(String text) throws SpecException {
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new SpecException("", 1, 1, "the file is empty; a spec is a JSON object");
      }
      return new SpecNode(root, "", text);
    } catch (JsonProcessingException malformed) {
      JsonLocation at = malformed.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new SpecException(
          "", line, column, "malformed JSON: " + malformed.getOriginalMessage());
    }
  }

  /** The JSON Pointer of this value. */
  String pointer() {
    return pointer;
  }

  /** A problem at this value. */
  SpecException error(String problem) {
    int[] position = position();
    return new SpecException(pointer, position[0], position[1], problem);
  }

  /** The member {@code name} of this object, which must exist. */
  SpecNode field(String name) throws SpecException {
    return optionalField(name).orElseThrow(() -> error("the member \"" + name + "\" is missing"));
  }

  /** The member {@code name} of this object, if present. */
  Optional<SpecNode> optionalField(String name) throws SpecException {
    requireObject();
    JsonNode value = node.get(name);
    String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    return value == null ? Optional.empty() : Optional.of(new SpecNode(value, at, text));
  }

  /** Refuses members other than {@code allowed}, so that a misspelt member is not ignored. */
  void allowOnly(Set<String> allowed) throws SpecException {
    requireObject();
    for (String name : (Iterable<String>) node::fieldNames) {
      if (!allowed.contains(name)) {
        throw optionalField(name).get().error("unknown member \"" + name + "\"");
      }
    }
  }

  /** The elements of this array. */
  List<SpecNode> elements() throws SpecException {
    if (!node.isArray()) {
      throw error("expected an array, found " + kind());
    }
    List<SpecNode> elements = new ArrayList<>(node.size());
    for (int k = 0; k < node.size(); k++) {
      elements.add(new SpecNode(node.get(k), pointer + "/" + k, text));
    }
    return elements;
  }

  /** The elements of this array, which must have {@code size} of them. */
  List<SpecNode> elements(int size, String what) throws SpecException {
    List<SpecNode> elements = elements();
    if (elements.size() != size) {
      throw error("expected " + size + " " + what + ", found " + elements.size());
    }
    return elements;
  }

  /** This string. */
  String string() throws SpecException {
    if (!node.isTextual()) {
      throw error("expected a string, found " + kind());
    }
    return node.textValue();
  }

  /** This whole number, which must fit an {@code int}. */
  int integer() throws SpecException {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, found " + kind());
    }
    return node.intValue();
  }

  /** This whole number, between {@code min} and {@code max}. */
  int integer(int min, int max) throws SpecException {
    int value = integer();
    if (value < min || value > max) {
      throw error("expected a number from " + min + " to " + max + ", found " + value);
    }
    return value;
  }

  /** This whole number, between {@code min} and {@code max}, which may exceed an {@code int}. */
  long longInteger(long min, long max) throws SpecException {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("expected a whole number, found " + kind());
    }
    long value = node.longValue();
    if (value < min || value > max) {
      throw error("expected a number from " + min + " to " + max + ", found " + value);
    }
    return value;
  }

  /** This boolean. */
  boolean bool() throws SpecException {
    if (!node.isBoolean()) {
      throw error("expected true or false, found " + kind());
    }
    return node.booleanValue();
  }

  /** This rational, written as a string {@code "p"} or {@code "p/q"}. */
  BigFraction rational() throws SpecException {
    String value = string();
    return Rationals.parse(value)
        .orElseThrow(
            () -> error("\"" + value + "\" is not a rational written as \"p\" or \"p/q\""));
  }

  /** Whether this is JSON {@code null}. */
  boolean isNull() {
    return node.isNull();
  }

  private void requireObject() throws SpecException {
    if (!node.isObject()) {
      throw error("expected an object, found " + kind());
    }
  }

  private String kind() {
    if (node.isTextual()) {
      return "the string " + node.toString();
    }
    if (node.isValueNode()) {
      return node.toString();
    }
    return node.isArray() ? "an array" : "an object";
  }

  /** The line and column of this value, found by reading the text up to it. */
  private int[] position() {
    JsonPointer target = JsonPointer.compile(pointer);
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        if (parser.getParsingContext().pathAsPointer().equals(target)
            && parser.currentToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          JsonLocation at = parser.currentTokenLocation();
          return new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())};
        }
      }
    } catch (IOException unreadable) {
      return new int[] {1, 1};
    }
    return new int[] {1, 1};
  }
}
