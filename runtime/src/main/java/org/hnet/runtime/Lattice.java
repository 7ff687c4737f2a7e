package org.hnet.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Neurons on a {@code rows x columns} grid with nearest-neighbour bonds, the layout of an Ising
 * model. The neuron in row {@code r} and column {@code c} has index {@code r * columns + c}; a bond
 * joins each neuron to its right and to its lower neighbour, wrapping around the edges when the
 * boundary is {@link Boundary#PERIODIC}.
 *
 * <p>On a torus with 2 rows (or columns) a pair of neurons is joined by two bonds, one each way
 * around, and its weight is twice the coupling, so that the energy counts every bond once. A
 * periodic dimension of length 1 would join a neuron to itself; such bonds are dropped, since a
 * self-connection never counts (it would add only a constant to a bipolar energy).
 *
 * @param rows the number of rows, at least 1
 * @param columns the number of columns, at least 1
 * @param boundary how the edges join
 */
public record Lattice(int rows, int columns, Boundary boundary) {

  /** The most neurons a lattice can have, so that four weights per neuron fit one array. */
  public static final int MAX_SIZE = Integer.MAX_VALUE / 4;

  /** How a lattice's edges join. */
  public enum Boundary {
    /** Opposite edges are neighbours: a torus. */
    PERIODIC,
    /** Edges have no neighbours beyond them. */
    OPEN
  }

  /** Checks the shape. */
  public Lattice {
    if (rows < 1 || columns < 1 || (long) rows * columns > MAX_SIZE) {
      throw new IllegalArgumentException(
          "a lattice needs at least one row and one column and at most "
              + MAX_SIZE
              + " neurons, got "
              + rows
              + " x "
              + columns);
    }
    if (boundary == null) {
      throw new IllegalArgumentException("boundary is null");
    }
  }

  /** A lattice of the given shape. */
  public static Lattice of(int rows, int columns, Boundary boundary) {
    return new Lattice(rows, columns, boundary);
  }

  /** The number of neurons. */
  public int size() {
    return rows * columns;
  }

  /** The index of the neuron in row {@code row} and column {@code column}. */
  public int site(int row, int column) {
    return row * columns + column;
  }

  /**
   * Ising parameters: the weight {@code coupling / scale} on every bond and the threshold {@code
   * -field / scale} on every neuron, so that the energy is {@code E = -J sum over bonds s_i s_j - h
   * sum over i s_i} with {@code J = coupling / scale} and {@code h = field / scale}.
   *
   * @throws IllegalArgumentException if {@code scale} is not positive or the numbers overflow
   */
  public SparseParameters parameters(Activation activation, long coupling, long field, long scale) {
    int n = size();
    int[] rowStarts = new int[n + 1];
    int[] senders = new int[4 * n];
    long[] weights = new long[4 * n];
    int[] neighbours = new int[4];
    int count = 0;
    for (int u = 0; u < n; u++) {
      int found = neighbours(u, neighbours);
      Arrays.sort(neighbours, 0, found);
      for (int k = 0; k < found; k++) {
        if (k > 0 && neighbours[k] == neighbours[k - 1]) {
          weights[count - 1] = Math.addExact(weights[count - 1], coupling);
        } else {
          senders[count] = neighbours[k];
          weights[count++] = coupling;
        }
      }
      rowStarts[u + 1] = count;
    }
    long[] thresholds = new long[n];
    Arrays.fill(thresholds, Math.negateExact(field));
    return new SparseParameters(
        n,
        activation,
        scale,
        rowStarts,
        Arrays.copyOf(senders, count),
        Arrays.copyOf(weights, count),
        thresholds);
  }

  /**
   * Writes the neighbours of {@code u} into {@code target}, one entry per bond (so a neighbour
   * joined by two bonds appears twice), and returns how many there are.
   */
  public int neighbours(int u, int[] target) {
    int r = u / columns;
    int c = u % columns;
    int found = 0;
    found = add(target, found, u, step(r, c, 0, 1));
    found = add(target, found, u, step(r, c, 0, -1));
    found = add(target, found, u, step(r, c, 1, 0));
    return add(target, found, u, step(r, c, -1, 0));
  }

  private static int add(int[] target, int found, int u, int v) {
    if (v < 0 || v == u) {
      return found;
    }
    target[found] = v;
    return found + 1;
  }

  /** The site one step away from (r, c), or -1 past an open edge. */
  private int step(int r, int c, int dr, int dc) {
    int row = r + dr;
    int column = c + dc;
    if (boundary == Boundary.PERIODIC) {
      return site(Math.floorMod(row, rows), Math.floorMod(column, columns));
    }
    boolean inside = row >= 0 && row < rows && column >= 0 && column < columns;
    return inside ? site(row, column) : -1;
  }

  /** The number of bonds: 2 per neuron on a torus whose sides exceed 1, fewer otherwise. */
  public long bondCount() {
    long horizontal = (long) rows * (boundary == Boundary.PERIODIC ? columns : columns - 1);
    long vertical = (long) columns * (boundary == Boundary.PERIODIC ? rows : rows - 1);
    if (boundary == Boundary.PERIODIC) {
      horizontal = columns == 1 ? 0 : horizontal;
      vertical = rows == 1 ? 0 : vertical;
    }
    return horizontal + vertical;
  }

  /**
   * A description for a network on this lattice: neurons named {@code r<row>c<column>}, drawn as a
   * {@code rows x columns} grid.
   */
  public NetworkInfo info(String name, Activation activation) {
    List<String> names = new ArrayList<>(size());
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        names.add("r" + r + "c" + c);
      }
    }
    PatternSet none = PatternSet.empty(activation, size());
    return new NetworkInfo(
        name, "", "reference", "reference sparse long", names, rows, columns, none);
  }
}
