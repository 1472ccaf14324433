package dev.evident.diff;

import dev.evident.model.Decision;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.Mechanism;
import dev.evident.model.Status;
import java.util.List;
import java.util.Objects;

/** One field of a claim that differs between the two sides of a diff. */
public sealed interface FieldChange {
  /** The field's name as in the claim file ({@code statement}, {@code tags}, ...). */
  String field();

  /** Which summary category this change falls into. */
  Category category();

  /** The statement was re-worded. */
  record Statement(String before, String after) implements FieldChange {
    @Override
    public String field() {
      return "statement";
    }

    @Override
    public Category category() {
      return Category.REWORDED;
    }
  }

  /** The subject, relation, object, direction, hedging or negation changed. */
  record Triple(Mechanism before, Mechanism after) implements FieldChange {
    @Override
    public String field() {
      return "mechanism";
    }

    @Override
    public Category category() {
      return Category.TRIPLE;
    }
  }

  /** Tags added and removed (each sorted). */
  record Tags(List<String> added, List<String> removed) implements FieldChange {
    public Tags {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    @Override
    public String field() {
      return "tags";
    }

    @Override
    public Category category() {
      return Category.RETAGGED;
    }
  }

  /**
   * The evidence level that counts (override, else computed) or the override itself changed.
   * The overrides are null where there is none.
   */
  record Level(int before, int after, LevelOverride overrideBefore, LevelOverride overrideAfter)
      implements FieldChange {
    @Override
    public String field() {
      return "level";
    }

    @Override
    public Category category() {
      return Category.RELEVELLED;
    }
  }

  /** The review status or the decision recorded with it (who, why) changed. */
  record StatusChange(Status before, Status after, Decision decisionBefore,
      Decision decisionAfter) implements FieldChange {
    public StatusChange {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public String field() {
      return "status";
    }

    @Override
    public Category category() {
      if (before != after && after == Status.ACCEPTED) {
        return Category.ACCEPTED;
      }
      if (before != after && after == Status.REJECTED) {
        return Category.REJECTED;
      }
      return Category.STATUS;
    }
  }

  /** Links added and removed. */
  record Links(List<Link> added, List<Link> removed) implements FieldChange {
    public Links {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    @Override
    public String field() {
      return "links";
    }

    @Override
    public Category category() {
      return Category.LINKS;
    }
  }

  /** The curator's note changed. */
  record Note(String before, String after) implements FieldChange {
    @Override
    public String field() {
      return "note";
    }

    @Override
    public Category category() {
      return Category.NOTE;
    }
  }

  /**
   * Any other field (quote, locator, source, evidence design/eco/basis, exemptions, edited),
   * with both values rendered as one line of text.
   */
  record Other(String field, String before, String after) implements FieldChange {
    public Other {
      Objects.requireNonNull(field, "field");
    }

    @Override
    public Category category() {
      return Category.OTHER;
    }
  }
}
