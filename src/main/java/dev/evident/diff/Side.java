package dev.evident.diff;

import java.nio.file.Path;
import java.util.Objects;

/** One side of a diff: a git revision, the working tree, or a folder outside git. */
public sealed interface Side {
  /** How the side is named in output and in messages. */
  String label();

  /** A commit named as git understands it (a branch, tag, hash, {@code HEAD~2}). */
  record Revision(String name) implements Side {
    public Revision {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String label() {
      return name;
    }
  }

  /**
   * The merge base of two commits, as {@code git diff A...B} uses it: what a pull request from
   * {@code right} into {@code left} changes.
   */
  record MergeBase(String left, String right) implements Side {
    public MergeBase {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String label() {
      return "merge base of " + left + " and " + right;
    }
  }

  /** The claim files as they are on disk in the repository, committed or not. */
  record WorkingTree() implements Side {
    @Override
    public String label() {
      return "working tree";
    }
  }

  /** A review repository folder that need not be under git. */
  record Folder(Path dir, String label) implements Side {
    public Folder {
      Objects.requireNonNull(dir, "dir");
      Objects.requireNonNull(label, "label");
    }
  }
}
