package org.hnet.generator.export.json;

/**
 * A spec that cannot be read: malformed JSON, or JSON that is not a valid spec. The message names
 * where: the line and column in the text and the JSON Pointer of the offending value.
 */
public final class SpecException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value ({@code /networks/0/parameters/weights/1/2}). */
  private final String pointer;

  /** The line of the offending value, from 1. */
  private final int line;

  /** The column of the offending value, from 1. */
  private final int column;

  /** The problem, without the position. */
  private final String problem;

  SpecException(String pointer, int line, int column, String problem) {
    super(line + ":" + column + ": " + (pointer.isEmpty() ? "" : "at " + pointer + ": ") + problem);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The JSON Pointer of the offending value; empty for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The line of the offending value, from 1. */
  public int line() {
    return line;
  }

  /** The column of the offending value, from 1. */
  public int column() {
    return column;
  }

  /** The problem, without its position. */
  public String problem() {
    return problem;
  }
}
