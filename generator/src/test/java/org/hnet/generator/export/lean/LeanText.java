package org.hnet.generator.export.lean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an exported Lean file the way the tests need: without comments, its brackets checked, its
 * namespaces, its weight matrices and threshold vectors, and its theorem statements.
 */
final class LeanText {

  private static final Pattern THEOREM =
      Pattern.compile("(?m)^theorem (\\S+)(?: \\([^)]*\\))? : (.*?) :=(?: by)?$");
  private static final Pattern NAMESPACE = Pattern.compile("(?m)^(namespace|end) (\\S+)$");

  private final String code;

  private LeanText(String code) {
    this.code = code;
  }

  /** The file without its comments. */
  static LeanText of(String text) {
    return new LeanText(withoutComments(text));
  }

  /** The text without {@code --} line comments and {@code /- -/} block comments (nested). */
  static String withoutComments(String text) {
    StringBuilder code = new StringBuilder();
    int depth = 0;
    for (int k = 0; k < text.length(); k++) {
      if (text.startsWith("/-", k)) {
        depth++;
        k++;
      } else if (depth > 0 && text.startsWith("-/", k)) {
        depth--;
        k++;
      } else if (depth == 0 && text.startsWith("--", k)) {
        k = text.indexOf('\n', k) - 1;
        if (k < 0) {
          break;
        }
      } else if (depth == 0) {
        code.append(text.charAt(k));
      }
    }
    return code.toString();
  }

  String code() {
    return code;
  }

  /** The first bracket that is not matched, or empty when all of ( [ { ⟨ are balanced. */
  String unbalanced() {
    Deque<Character> open = new ArrayDeque<>();
    String opening = "([{⟨";
    String closing = ")]}⟩";
    for (int k = 0; k < code.length(); k++) {
      char c = code.charAt(k);
      if (opening.indexOf(c) >= 0) {
        open.push(c);
      } else if (closing.indexOf(c) >= 0) {
        if (open.isEmpty() || opening.indexOf(open.pop()) != closing.indexOf(c)) {
          return "unmatched " + c + " at " + k;
        }
      }
    }
    return open.isEmpty() ? "" : "unclosed " + open.peek();
  }

  /** The namespaces opened and closed, in order: "namespace X", "end X". */
  List<String> namespaces() {
    List<String> events = new ArrayList<>();
    Matcher m = NAMESPACE.matcher(code);
    while (m.find()) {
      events.add(m.group(1) + " " + m.group(2));
    }
    return events;
  }

  /** Theorem names and statements, in order. */
  Map<String, String> theorems() {
    Map<String, String> theorems = new LinkedHashMap<>();
    Matcher m = THEOREM.matcher(code);
    while (m.find()) {
      theorems.put(m.group(1), m.group(2));
    }
    return theorems;
  }

  /** The text of one network's namespace. */
  LeanText network(String namespace) {
    int start = code.indexOf("namespace " + namespace + "\n");
    int end = code.indexOf("end " + namespace + "\n", start);
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException("no namespace " + namespace);
    }
    return new LeanText(code.substring(start, end));
  }

  /** The text of the first namespace named {@code namespace} inside this text. */
  LeanText inner(String namespace) {
    return network(namespace);
  }

  /** Whether this text opens the namespace {@code namespace}. */
  boolean has(String namespace) {
    return code.contains("namespace " + namespace + "\n");
  }

  /** The rows of {@code def W}, each entry as written. */
  List<List<String>> weights() {
    return weights("W");
  }

  /** The rows of the first matrix {@code def NAME}, each entry as written. */
  List<List<String>> weights(String name) {
    int start = code.indexOf("def " + name + " ");
    int end = code.indexOf("\n\n", start);
    String body = code.substring(code.indexOf(":= Matrix.of", start), end);
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("!\\[([^\\[\\]]*)\\]").matcher(body);
    while (row.find()) {
      rows.add(List.of(row.group(1).split(", ")));
    }
    return rows;
  }

  /** The entries of {@code def θv}, as written. */
  List<String> thresholds() {
    return thresholds("θv");
  }

  /** The entries of the first vector {@code def NAME}, as written. */
  List<String> thresholds(String name) {
    Matcher m =
        Pattern.compile("def " + name + " : [^\\n]* → [ℚℝ] := !\\[([^\\]]*)\\]").matcher(code);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + name);
    }
    return List.of(m.group(1).split(", "));
  }

  /** The namespaces opened directly inside the text, not inside another namespace. */
  List<String> topNamespaces() {
    List<String> names = new ArrayList<>();
    int depth = 0;
    for (String event : namespaces()) {
      if (event.startsWith("namespace ")) {
        if (depth == 1) {
          names.add(event.substring("namespace ".length()));
        }
        depth++;
      } else {
        depth--;
      }
    }
    return names;
  }
}
