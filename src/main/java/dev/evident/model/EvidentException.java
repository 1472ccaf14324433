package dev.evident.model;

import java.util.List;

/**
 * The one exception type domain code throws. Its {@link Kind} says whose fault it is; the
 * command line maps kinds to exit codes, so no domain class needs to know them.
 */
public class EvidentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whose fault a failure is. */
  public enum Kind {
    /** The user asked for something that cannot be done as asked (bad id, bad option value). */
    USAGE,
    /** Input data is unreadable or invalid (seed, claim file, settings). */
    DATA,
    /** The environment failed: disk full, permission denied, lock held. */
    IO
  }

  private final Kind kind;
  private final transient List<Diagnostic> diagnostics;

  public EvidentException(Kind kind, String message) {
    this(kind, message, List.of(), null);
  }

  public EvidentException(Kind kind, String message, Throwable cause) {
    this(kind, message, List.of(), cause);
  }

  public EvidentException(Kind kind, String message, List<Diagnostic> diagnostics, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public static EvidentException usage(String message) {
    return new EvidentException(Kind.USAGE, message);
  }

  public static EvidentException data(String message) {
    return new EvidentException(Kind.DATA, message);
  }

  public static EvidentException data(Diagnostic d) {
    return new EvidentException(Kind.DATA, d.format(), List.of(d), null);
  }

  public Kind kind() {
    return kind;
  }

  /** Every problem found, for commands that report all of them before exiting. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
