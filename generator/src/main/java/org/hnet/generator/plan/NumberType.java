package org.hnet.generator.plan;

/** The Java number type a generated class uses for weights, thresholds and net inputs. */
public enum NumberType {
  /** Scaled integers whose every sum fits 32 bits. */
  INT("int"),
  /** Scaled integers whose every sum fits 64 bits. */
  LONG("long"),
  /** Floating-point parameters. */
  DOUBLE("double");

  private final String keyword;

  NumberType(String keyword) {
    this.keyword = keyword;
  }

  /** The Java keyword: "int", "long" or "double". */
  public String keyword() {
    return keyword;
  }

  /** Whether the numbers are exact scaled integers. */
  public boolean isExact() {
    return this != DOUBLE;
  }
}
