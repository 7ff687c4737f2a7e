package org.hnet.cli;

import java.util.ArrayList;
import java.util.List;
import org.hnet.runtime.Activation;

/**
 * Draws states of a grid network as small text pictures, several side by side: {@code #} for a
 * neuron that is on, {@code .} for one that is off.
 */
final class Pictures {
  private static final String GAP = "   ";

  private Pictures() {}

  /**
   * The pictures of {@code states} side by side under their {@code titles}, one line per grid row
   * plus a title line.
   */
  static List<String> sideBySide(
      int rows, int columns, Activation activation, List<String> titles, List<int[]> states) {
    List<String> lines = new ArrayList<>();
    lines.add(titleLine(columns, titles));
    for (int row = 0; row < rows; row++) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < states.size(); k++) {
        if (k > 0) {
          line.append(GAP);
        }
        appendRow(line, states.get(k), row, columns, activation);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private static void appendRow(
      StringBuilder line, int[] state, int row, int columns, Activation activation) {
    for (int column = 0; column < columns; column++) {
      line.append(state[row * columns + column] == activation.high() ? '#' : '.');
    }
  }

  private static String titleLine(int columns, List<String> titles) {
    StringBuilder line = new StringBuilder();
    for (int k = 0; k < titles.size(); k++) {
      if (k > 0) {
        line.append(GAP);
      }
      String title = titles.get(k);
      String fitted = title.length() > columns ? title.substring(0, columns) : title;
      line.append(fitted).append(" ".repeat(columns - fitted.length()));
    }
    return line.toString().stripTrailing();
  }
}
