package org.hnet.generator.export.lean;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values hnet wrote beside the {@code #eval} lines of a Boltzmann section, read from the
 * comments of one namespace's text: the single-site probability, the Boltzmann vector, the
 * random-scan matrix and the thermodynamics.
 */
final class LeanNumbers {

  private static final Pattern PROB_POS = Pattern.compile("probPos\\?[^\\n]*-- hnet: (\\S+)\\n");
  private static final Pattern PI = Pattern.compile("(?m)^--   (\\d+) !\\[[^\\]]*\\]: (\\S+)$");
  private static final Pattern ROW = Pattern.compile("(?m)^--   from (\\d+): (.*)$");
  private static final Pattern ENTRY = Pattern.compile("(\\d+) ↦ (\\S+)");

  private final String text;

  private LeanNumbers(String text) {
    this.text = text;
  }

  /** The numbers of the first Boltzmann section in {@code text}. */
  static LeanNumbers of(String text) {
    int start = text.indexOf("namespace Boltzmann");
    if (start < 0) {
      throw new IllegalArgumentException("no Boltzmann section");
    }
    return new LeanNumbers(text.substring(start, text.indexOf("end Boltzmann", start)));
  }

  /** The text of the section. */
  String text() {
    return text;
  }

  double probPos() {
    Matcher m = PROB_POS.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no probPos? value");
    }
    return Double.parseDouble(m.group(1));
  }

  /** π by state index. */
  double[] pi() {
    List<Double> values = new ArrayList<>();
    Matcher m = PI.matcher(text);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) != values.size()) {
        throw new IllegalArgumentException("π out of order at " + m.group(1));
      }
      values.add(Double.parseDouble(m.group(2)));
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The random-scan matrix, dense, row = from. */
  double[][] matrix() {
    int states = pi().length;
    double[][] matrix = new double[states][states];
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      int from = Integer.parseInt(m.group(1));
      String row = m.group(2);
      if (row.startsWith("[")) {
        String[] entries = row.substring(1, row.length() - 1).split(", ");
        for (int j = 0; j < entries.length; j++) {
          matrix[from][j] = Double.parseDouble(entries[j]);
        }
      } else {
        Matcher e = ENTRY.matcher(row);
        while (e.find()) {
          matrix[from][Integer.parseInt(e.group(1))] = Double.parseDouble(e.group(2));
        }
      }
    }
    return matrix;
  }

  /** The value after {@code -- hnet LABEL: }, if the section states it. */
  OptionalDouble value(String label) {
    Matcher m = Pattern.compile("-- hnet " + Pattern.quote(label) + ": (\\S+)").matcher(text);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
  }

  double logPartition() {
    return value("ln Z").orElseThrow();
  }

  double freeEnergy() {
    return value("F = -ln Z / β").orElseThrow();
  }

  double entropy() {
    return value("S (nats)").orElseThrow();
  }
}
