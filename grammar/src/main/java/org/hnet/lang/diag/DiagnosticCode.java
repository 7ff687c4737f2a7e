package org.hnet.lang.diag;

/**
 * The catalogue of everything the front end reports about a model file. Each entry has a stable
 * identifier printed after the message ({@code [HN051]}); identifiers are never reused.
 *
 * <p>Ranges: HN00x files and syntax, HN01x statements, HN02x neurons, HN03x roles, HN04x learning
 * rules, HN05x connections and weights, HN06x thresholds, HN07x patterns, HN08x numbers, HN09x
 * energy, HN10x dynamics, HN11x limits, HN12x temperature and stochastic dynamics, HN13x lattices,
 * HN14x clamped neurons; HW for warnings.
 */
public enum DiagnosticCode {
  SYNTAX("HN001", "syntax error"),
  UNEXPECTED_CHARACTER("HN002", "unexpected character"),
  UNREADABLE_FILE("HN003", "model file cannot be read"),
  NO_NETWORK("HN004", "file declares no network"),
  INVALID_ENCODING("HN005", "file is not UTF-8 text"),
  UNTERMINATED_STRING("HN006", "string not closed on its line"),
  UNTERMINATED_COMMENT("HN007", "comment not closed"),
  INVALID_ESCAPE("HN008", "unknown escape in a string"),
  TOO_MANY_ERRORS("HN009", "too many errors to list"),

  DUPLICATE_NETWORK("HN010", "two networks with one name"),
  DUPLICATE_STATEMENT("HN011", "statement given twice"),

  DUPLICATE_NEURON("HN020", "neuron declared twice"),
  UNKNOWN_NEURON("HN021", "unknown neuron"),
  INDEX_OUT_OF_RANGE("HN022", "neuron index out of range"),
  EMPTY_NEURON_GROUP("HN023", "neuron group with no neurons"),
  NO_NEURONS("HN025", "network without neurons"),
  WRONG_REFERENCE_SHAPE("HN026", "reference does not match the group's shape"),

  EMPTY_INPUT("HN030", "no input neurons"),
  EMPTY_OUTPUT("HN031", "no output neurons"),
  HIDDEN_OVERLAP("HN032", "hidden neuron also input or output"),
  UNASSIGNED_NEURON("HN033", "neuron in no role"),

  UNKNOWN_LEARNING_RULE("HN040", "unknown learning rule"),
  SCALE_NOT_ALLOWED("HN041", "scale factor on a rule that takes none"),
  NO_PATTERNS_TO_LEARN("HN042", "learning rule without patterns"),
  SINGULAR_PATTERNS("HN043", "patterns the rule cannot learn"),

  MATRIX_SHAPE("HN050", "weight matrix of the wrong shape"),
  ASYMMETRIC_WEIGHTS("HN051", "asymmetric weights"),
  NONZERO_DIAGONAL("HN052", "self-connection weight is not zero"),
  UNDECLARED_CONNECTION("HN053", "weight on an undeclared connection"),
  DUPLICATE_CONNECTION("HN054", "connection declared twice"),
  SELF_CONNECTION("HN055", "connection from a neuron to itself"),
  CONFLICTING_WEIGHTS("HN056", "weights given twice"),

  THRESHOLD_VECTOR_LENGTH("HN060", "threshold vector of the wrong length"),
  DUPLICATE_THRESHOLD("HN061", "threshold given twice"),

  PATTERN_LENGTH("HN070", "pattern of the wrong length"),
  PATTERN_VALUE("HN071", "pattern value outside the activation"),
  PATTERN_FILE_MISSING("HN072", "pattern file missing or unreadable"),
  PATTERN_FILE_FORMAT("HN073", "pattern file malformed"),
  PATTERN_CHARACTER("HN074", "pattern text with a character other than + and -"),
  DUPLICATE_LABEL("HN075", "two patterns with one label"),

  DIVISION_BY_ZERO("HN080", "division by zero"),
  NUMBER_TOO_LARGE("HN081", "number too large"),
  NOT_AN_INTEGER("HN082", "whole number expected"),

  UNKNOWN_ENERGY("HN090", "unknown energy"),

  ORDER_NOT_FAIR("HN100", "update order misses neurons"),

  TOO_LARGE("HN110", "model exceeds a size limit"),

  TEMPERATURE_TWICE("HN120", "temperature given twice"),
  NEGATIVE_TEMPERATURE("HN121", "negative temperature"),
  NO_TEMPERATURE("HN122", "stochastic dynamics without a temperature"),
  METROPOLIS_ORDER("HN123", "given order for Metropolis dynamics"),
  ANNEALING_WITHOUT_DYNAMICS("HN124", "annealing without stochastic dynamics"),
  GEOMETRIC_THROUGH_ZERO("HN125", "geometric annealing to or from temperature 0"),
  NO_SWEEPS("HN126", "annealing over no sweeps"),

  LATTICE_NOT_GRID("HN130", "lattice without one grid of neurons"),
  NOT_A_LATTICE("HN131", "coupling or field without a lattice"),
  LATTICE_WEIGHTS("HN132", "weights statement on a lattice"),
  FIELD_AND_THRESHOLDS("HN133", "field and thresholds both given"),
  LATTICE_NOT_EXACT("HN134", "lattice numbers do not fit 64-bit integers"),

  CLAMP_VALUE("HN140", "clamp value outside the activation"),
  DUPLICATE_CLAMP("HN141", "neuron clamped twice"),

  INEXACT_WEIGHTS("HW001", "weights kept as floating point"),
  PATTERNS_WITHOUT_WEIGHTS("HW002", "patterns stored without weights"),
  PATTERNS_NOT_FIXED("HW003", "stored pattern not a fixed point of learned weights");

  private final String id;
  private final String title;

  DiagnosticCode(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable identifier, e.g. {@code HN051}. */
  public String id() {
    return id;
  }

  /** A few words naming the problem, for the catalogue in the documentation. */
  public String title() {
    return title;
  }

  /** Errors start with HN, warnings with HW. */
  public Severity severity() {
    return id.startsWith("HW") ? Severity.WARNING : Severity.ERROR;
  }
}
