package dev.evident.diff;

import java.util.Objects;

/**
 * Two claims that conflict: {@code first} sorts before {@code second}, so the same pair found
 * on both sides of a diff compares equal.
 */
public record Conflict(Kind kind, String first, String second) implements Comparable<Conflict> {
  /** What kind of conflict. */
  public enum Kind {
    /** Same subject and object, opposite directions. */
    CONTRADICTION,
    /** The same statement twice. */
    DUPLICATE;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Conflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("conflict pair must be two ids in order: " + first
          + ", " + second);
    }
  }

  /** The conflict between two distinct claims, whichever order they are given in. */
  public static Conflict of(Kind kind, String a, String b) {
    return a.compareTo(b) < 0 ? new Conflict(kind, a, b) : new Conflict(kind, b, a);
  }

  @Override
  public int compareTo(Conflict o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = first.compareTo(o.first);
    }
    return c != 0 ? c : second.compareTo(o.second);
  }
}
