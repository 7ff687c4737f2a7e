package org.hnet.generator.export.json;

/**
 * The names and versions of the JSON spec format ({@code docs/SPEC.md}). A reader refuses any other
 * format or version; a new version is made whenever a field changes its meaning or a field a reader
 * must understand is added.
 *
 * <p>Version 2 added Boltzmann machines (the {@code sampling} and {@code clamps} members), lattices
 * (the {@code lattice} member and sparse parameters) and the two-state structures of the
 * formalization; version 1 specs are still read.
 */
public final class SpecFormat {

  /** The value of the {@code format} field. */
  public static final String NAME = "hnet-spec";

  /** The value of the {@code formatVersion} field that this hnet writes. */
  public static final int VERSION = 2;

  /** The oldest {@code formatVersion} this hnet reads. */
  public static final int OLDEST_READ = 1;

  /** The file name ending of a spec: {@code digits.spec.json}. */
  public static final String FILE_SUFFIX = ".spec.json";

  /**
   * The largest lattice whose compressed weight rows, thresholds and formalization vectors are
   * listed; a larger one is given by its lattice description alone (and its thresholds when they
   * differ between sites), so that a spec grows with the number of distinct numbers, not with the
   * number of neurons.
   */
  public static final int LISTED_LATTICE_LIMIT = 65536;

  private SpecFormat() {}
}
