package org.hnet.generator.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import org.hnet.generator.plan.NumberType;

/**
 * Array initializers laid out for people: one line per matrix row where a row fits, rows longer
 * than a line wrapped between elements, every line at most {@link #WIDTH} characters.
 */
final class ArrayLiterals {

  /** The width of the element lines, not counting their indentation. */
  static final int WIDTH = 94;

  private ArrayLiterals() {}

  /** The Java type of one number of the given kind. */
  static TypeName type(NumberType numbers) {
    return switch (numbers) {
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case DOUBLE -> TypeName.DOUBLE;
    };
  }

  /** The Java array type of the given kind. */
  static ArrayTypeName arrayType(NumberType numbers) {
    return ArrayTypeName.of(type(numbers));
  }

  /**
   * A Java literal of {@code value} as a number of the given exact kind: {@code 3} or {@code 3L}.
   */
  static String exact(long value, NumberType numbers) {
    return numbers == NumberType.LONG ? value + "L" : Long.toString(value);
  }

  /** A Java literal that reads back as exactly {@code value}: the shortest such decimal. */
  static String floating(double value) {
    return Double.toString(value);
  }

  /**
   * An array initializer {@code {a, b, ...}} whose elements are {@code elements} cut into rows of
   * {@code rowLength}: on one line if it fits, otherwise one indented line per row (wrapped if a
   * row is too long).
   */
  static CodeBlock initializer(List<String> elements, int rowLength) {
    String oneLine = String.join(", ", elements);
    if (oneLine.length() <= WIDTH && elements.size() <= rowLength) {
      return CodeBlock.of("{$L}", oneLine);
    }
    return CodeBlock.of("{\n$>$L\n$<}", String.join(",\n", lines(elements, rowLength)));
  }

  /**
   * A call {@code List.of(a, b, ...)}: on one line if short, otherwise with the elements on
   * continuation lines.
   */
  static CodeBlock listOf(List<String> elements) {
    String oneLine = String.join(", ", elements);
    if (oneLine.length() <= WIDTH - 20) {
      return CodeBlock.of("$T.of($L)", List.class, oneLine);
    }
    String body = String.join(",\n", lines(elements, Integer.MAX_VALUE));
    return CodeBlock.of("$T.of(\n$L)", List.class, body);
  }

  /** {@code elements} cut into rows of {@code rowLength}, each row wrapped into lines. */
  static List<String> lines(List<String> elements, int rowLength) {
    List<String> lines = new ArrayList<>();
    int step = Math.max(1, Math.min(rowLength, elements.size()));
    for (int start = 0; start < elements.size(); start += step) {
      lines.addAll(wrap(elements.subList(start, Math.min(elements.size(), start + step))));
    }
    return lines;
  }

  /** {@code elements} joined by ", " into lines of at most {@link #WIDTH} characters. */
  private static List<String> wrap(List<String> elements) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String element : elements) {
      if (line.length() > 0 && line.length() + 2 + element.length() + 1 > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? ", " : "").append(element);
    }
    lines.add(line.toString());
    return lines;
  }

  /** The elements of a {@code long} array as literals of the given exact kind. */
  static List<String> exactElements(long[] values, NumberType numbers) {
    List<String> elements = new ArrayList<>(values.length);
    for (long value : values) {
      elements.add(exact(value, numbers));
    }
    return elements;
  }

  /** The elements of a {@code double} array as literals. */
  static List<String> floatingElements(double[] values) {
    List<String> elements = new ArrayList<>(values.length);
    for (double value : values) {
      elements.add(floating(value));
    }
    return elements;
  }

  /** The elements of an {@code int} array as literals. */
  static List<String> intElements(int[] values) {
    List<String> elements = new ArrayList<>(values.length);
    for (int value : values) {
      elements.add(Integer.toString(value));
    }
    return elements;
  }
}
