package dev.evident.check;

import dev.evident.model.Claim;
import java.util.Comparator;
import java.util.Objects;

/**
 * Two claims that a reviewer should look at together: why they were paired, whether a curator
 * acknowledged the pair with a link and a note, and for corroborations how many independent
 * papers make the statement.
 */
public record Conflict(Kind kind, Claim a, Claim b, String why, double similarity,
    boolean resolved, String resolution, int independentSources) {

  /** What the pair is. */
  public enum Kind {
    /** Same subject and object, opposite direction, or one negated and one not. */
    CONTRADICTION,
    /** Near-identical statements from the same paper. */
    DUPLICATE,
    /** The same statement from the same paper at different effective evidence levels. */
    INCONSISTENT_EVIDENCE,
    /** Near-identical statements from independent papers: not a problem, support. */
    CORROBORATION;

    public String wire() {
      return dev.evident.model.Names.wire(this);
    }
  }

  public static final Comparator<Conflict> ORDER = Comparator
      .comparing(Conflict::kind)
      .thenComparing((Conflict c) -> c.a().id())
      .thenComparing(c -> c.b().id());

  public Conflict {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(a);
    Objects.requireNonNull(b);
    if (a.id().compareTo(b.id()) > 0) {
      Claim t = a;
      a = b;
      b = t;
    }
    resolution = resolution == null ? "" : resolution;
  }

  /** Corroborations are support, not problems: they never need resolving. */
  public boolean isProblem() {
    return kind != Kind.CORROBORATION;
  }
}
