package dev.evident.diff;

import dev.evident.model.Claim;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What happened to one claim id between the two sides of a diff. */
public sealed interface Change {
  /** The claim's id. */
  String id();

  /** The categories the change counts in (sorted). */
  Set<Category> categories();

  /** The claim as it is after the change, or before it when it was removed. */
  Claim claim();

  /** A claim that exists only after the change. */
  record Added(Claim after, String path) implements Change {
    public Added {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String id() {
      return after.id();
    }

    @Override
    public Set<Category> categories() {
      return Set.of(Category.ADDED);
    }

    @Override
    public Claim claim() {
      return after;
    }
  }

  /** A claim that exists only before the change. */
  record Removed(Claim before, String path) implements Change {
    public Removed {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String id() {
      return before.id();
    }

    @Override
    public Set<Category> categories() {
      return Set.of(Category.REMOVED);
    }

    @Override
    public Claim claim() {
      return before;
    }
  }

  /**
   * A claim on both sides whose content differs, or whose file moved (same id, another path),
   * or both. {@code fields} is in claim-file order.
   */
  record Modified(Claim before, Claim after, String pathBefore, String pathAfter,
      List<FieldChange> fields) implements Change {
    public Modified {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(pathBefore, "pathBefore");
      Objects.requireNonNull(pathAfter, "pathAfter");
      fields = List.copyOf(fields);
      if (!before.id().equals(after.id())) {
        throw new IllegalArgumentException("a modification keeps the id: " + before.id()
            + " vs " + after.id());
      }
    }

    public boolean moved() {
      return !pathBefore.equals(pathAfter);
    }

    @Override
    public String id() {
      return after.id();
    }

    @Override
    public Set<Category> categories() {
      Set<Category> out = new TreeSet<>();
      if (moved()) {
        out.add(Category.MOVED);
      }
      for (FieldChange f : fields) {
        out.add(f.category());
      }
      return out;
    }

    @Override
    public Claim claim() {
      return after;
    }
  }
}
