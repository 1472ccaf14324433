package dev.evident.store;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of whole-file writes applied together: every new content goes to a temporary file in
 * the target's folder first; only when all are written and synced are they renamed into place.
 * A failure before the renames removes the temporary files and leaves every target untouched.
 */
public final class WritePlan {
  /** Temporary files start with this, so a later run can find and remove leftovers. */
  public static final String TEMP_PREFIX = ".evident-";

  private final Map<Path, byte[]> writes = new TreeMap<>();
  private final Map<Path, java.util.Optional<String>> expected = new TreeMap<>();

  public void put(Path target, String content) {
    writes.put(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code content} only if the target still holds {@code before} (its text as the
   * command read it; null: the file must not exist). {@link Repository#write} checks this under
   * the lock, so a change another process made in the meantime is never overwritten.
   */
  public void replace(Path target, String before, String content) {
    put(target, content);
    expected.put(target, java.util.Optional.ofNullable(before));
  }

  /** What a target must hold before the plan may replace it, if the plan says. */
  java.util.Map<Path, java.util.Optional<String>> expectations() {
    return java.util.Collections.unmodifiableMap(expected);
  }

  public boolean isEmpty() {
    return writes.isEmpty();
  }

  public int size() {
    return writes.size();
  }

  public List<Path> targets() {
    return List.copyOf(writes.keySet());
  }

  /** Applies the plan through {@code fs}; throws IO-kind EvidentException naming the file. */
  public void apply(FileSystemOps fs) {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
        Path target = w.getKey();
        Path dir = target.getParent();
        try {
          fs.createDirectories(dir);
        } catch (IOException e) {
          throw failure("cannot create folder", dir, e);
        }
        Path tmp;
        try {
          tmp = fs.createTemp(dir, TEMP_PREFIX);
        } catch (IOException e) {
          throw failure("cannot create a file in", dir, e);
        }
        staged.add(new Path[] {tmp, target});
        try {
          fs.write(tmp, w.getValue());
        } catch (IOException e) {
          throw failure("cannot write", target, e);
        }
      }
    } catch (EvidentException e) {
      for (Path[] s : staged) {
        try {
          fs.delete(s[0]);
        } catch (IOException ignored) {
          // best effort: a leftover temp file is reported and removed by the next run
        }
      }
      throw e;
    }
    for (int i = 0; i < staged.size(); i++) {
      Path[] s = staged.get(i);
      try {
        fs.move(s[0], s[1]);
      } catch (IOException e) {
        for (int j = i; j < staged.size(); j++) {
          try {
            fs.delete(staged.get(j)[0]);
          } catch (IOException ignored) {
            // best effort, as above
          }
        }
        throw failure("cannot replace", s[1], e);
      }
    }
  }

  private static EvidentException failure(String what, Path where, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied";
    } else if (reason.contains("No space left")) {
      reason = "disk full";
    } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    }
    return new EvidentException(EvidentException.Kind.IO,
        where + ": error: " + what + " (" + reason + "); nothing was changed", e);
  }
}
