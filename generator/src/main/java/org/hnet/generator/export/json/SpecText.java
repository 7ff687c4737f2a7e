package org.hnet.generator.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The two texts of a spec: the file people read (two-space indentation, {@code \n} line ends,
 * arrays of numbers and strings and small objects on one line, larger objects one member per line,
 * matrices one row per line), and the canonical text whose SHA-256 identifies the spec: the same
 * members in the same order without the {@code provenance} member and without any whitespace.
 */
public final class SpecText {

  private static final String INDENT = "  ";
  private static final int WIDTH = 100;

  private SpecText() {}

  /** The readable text of {@code spec}, ending with a line break. */
  public static String pretty(JsonNode spec) {
    StringBuilder out = new StringBuilder();
    write(spec, 0, out);
    return out.append('\n').toString();
  }

  /** The canonical text: compact, in member order, without {@code provenance}. */
  public static String canonical(ObjectNode spec) {
    ObjectNode copy = spec.deepCopy();
    copy.remove("provenance");
    return copy.toString();
  }

  /** The SHA-256 of the canonical text's UTF-8 bytes, in lower-case hexadecimal. */
  public static String sha256(ObjectNode spec) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(canonical(spec).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static void write(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      object(node, depth, out);
    } else if (node.isArray()) {
      array(node, depth, out);
    } else {
      out.append(node.toString());
    }
  }

  private static void object(JsonNode node, int depth, StringBuilder out) {
    String inline = inline(node);
    if (inline != null && depth * INDENT.length() + inline.length() <= WIDTH) {
      out.append(inline);
      return;
    }
    out.append("{\n");
    int left = node.size();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      out.append(INDENT.repeat(depth + 1));
      out.append(TextNode.valueOf(field.getKey()));
      out.append(": ");
      write(field.getValue(), depth + 1, out);
      out.append(--left > 0 ? ",\n" : "\n");
    }
    out.append(INDENT.repeat(depth)).append('}');
  }

  /** An object of scalars and flat arrays on one line, or null if it holds anything deeper. */
  private static String inline(JsonNode object) {
    StringBuilder line = new StringBuilder("{");
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!field.getValue().isValueNode() && !isFlat(field.getValue())) {
        return null;
      }
      line.append(line.length() > 1 ? ", " : "").append(TextNode.valueOf(field.getKey()));
      line.append(": ");
      write(field.getValue(), 0, line);
    }
    return line.append('}').toString();
  }

  /**
   * An array of short tuples (edges, theta vectors) on one line, or null if it holds anything else;
   * matrix rows stay one per line.
   */
  private static String inlineArray(JsonNode array) {
    StringBuilder line = new StringBuilder("[");
    for (JsonNode element : array) {
      if (!isFlat(element) || element.size() > 2) {
        return null;
      }
      line.append(line.length() > 1 ? ", " : "");
      write(element, 0, line);
    }
    return line.append(']').toString();
  }

  private static boolean isFlat(JsonNode array) {
    if (!array.isArray()) {
      return false;
    }
    for (JsonNode element : array) {
      if (!element.isValueNode() && !(element.isContainerNode() && element.isEmpty())) {
        return false;
      }
    }
    return true;
  }

  private static void array(JsonNode node, int depth, StringBuilder out) {
    if (isFlat(node)) {
      out.append('[');
      for (int k = 0; k < node.size(); k++) {
        out.append(k > 0 ? ", " : "").append(node.get(k).toString());
      }
      out.append(']');
      return;
    }
    String inline = inlineArray(node);
    if (inline != null && depth * INDENT.length() + inline.length() <= WIDTH) {
      out.append(inline);
      return;
    }
    out.append("[\n");
    for (int k = 0; k < node.size(); k++) {
      out.append(INDENT.repeat(depth + 1));
      write(node.get(k), depth + 1, out);
      out.append(k + 1 < node.size() ? ",\n" : "\n");
    }
    out.append(INDENT.repeat(depth)).append(']');
  }
}
