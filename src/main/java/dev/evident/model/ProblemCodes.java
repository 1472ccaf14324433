package dev.evident.model;

/**
 * Stable codes of the problems found while reading claim, source and settings files. The store
 * attaches them to its {@link Diagnostic}s so that lint can grade each kind without parsing
 * messages; they are the codes of the matching lint rules.
 */
public final class ProblemCodes {
  /** The file could not be read at all (permission denied, I/O error). */
  public static final String UNREADABLE = "EV100";
  /** Not valid YAML, not UTF-8, or YAML features evident refuses (anchors, tags, ...). */
  public static final String INVALID_YAML = "EV101";
  /** A key the format does not define. */
  public static final String UNKNOWN_FIELD = "EV103";
  /** A required key is absent or empty. */
  public static final String MISSING_FIELD = "EV104";
  /** A value of the wrong YAML type (a list where a string belongs, ...). */
  public static final String WRONG_TYPE = "EV105";
  /** A value of the right type that is not allowed (unknown enum name, out of range, bad id). */
  public static final String INVALID_VALUE = "EV106";
  /** Two files declare the same claim or source id. */
  public static final String DUPLICATE_ID = "EV107";

  private ProblemCodes() {}
}
