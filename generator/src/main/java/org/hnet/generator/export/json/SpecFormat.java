package org.hnet.generator.export.json;

/**
 * The names and version of the JSON spec format ({@code docs/SPEC.md}). A reader refuses any other
 * format or version; a new version is made whenever a field changes its meaning or a field a reader
 * must understand is added.
 */
public final class SpecFormat {

  /** The value of the {@code format} field. */
  public static final String NAME = "hnet-spec";

  /** The value of the {@code formatVersion} field that this hnet writes and reads. */
  public static final int VERSION = 1;

  /** The file name ending of a spec: {@code digits.spec.json}. */
  public static final String FILE_SUFFIX = ".spec.json";

  private SpecFormat() {}
}
