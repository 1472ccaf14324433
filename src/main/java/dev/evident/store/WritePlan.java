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
 * the target's folder first; only when all are written and synced (flushed to the disk) are they renamed into place.
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

  /** Plans at least this large stage and sync their files on several threads. */
  static final int PARALLEL_FROM = 32;
  /** Threads that create and fill temporary files: this work is CPU and system calls. */
  private static final int WRITE_THREADS = 8;
  /** Threads that sync them: each sync waits on the disk, and the disk merges many. */
  private static final int SYNC_THREADS = 32;

  /** Applies the plan through {@code fs}; throws IO-kind EvidentException naming the file. */
  public void apply(FileSystemOps fs) {
    List<Map.Entry<Path, byte[]>> entries = new ArrayList<>(writes.entrySet());
    int n = entries.size();
    Path[][] stagedAt = new Path[n][];
    EvidentException[] failedAt = new EvidentException[n];
    java.util.concurrent.atomic.AtomicBoolean failed =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // Three phases: write every temporary file, then sync them all, then rename. Syncing after
    // all the writes lets the kernel write the data back in bulk and lets many syncs share one
    // journal commit; a sync right after each write made every file wait for its own.
    forEach(n, WRITE_THREADS, failed, i -> {
      try {
        stagedAt[i] = stageOne(fs, entries.get(i).getKey(), entries.get(i).getValue(),
            stagedAt, i, folders);
      } catch (EvidentException e) {
        failedAt[i] = e;
        failed.set(true);
      }
    });
    forEach(n, SYNC_THREADS, failed, i -> {
      try {
        fs.sync(stagedAt[i][0]);
      } catch (IOException e) {
        failedAt[i] = failure("cannot write", stagedAt[i][1], e);
        failed.set(true);
      }
    });
    List<Path[]> staged = new ArrayList<>();
    for (Path[] s : stagedAt) {
      if (s != null) {
        staged.add(s);
      }
    }
    if (failed.get()) {
      for (Path[] s : staged) {
        try {
          fs.delete(s[0]);
        } catch (IOException ignored) {
          // best effort: a leftover temp file is reported and removed by the next run
        }
      }
      for (EvidentException e : failedAt) {
        if (e != null) {
          throw e; // the first failing target in path order, whatever the thread timing
        }
      }
      throw new EvidentException(EvidentException.Kind.IO, "interrupted while writing; "
          + "nothing was changed");
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

  /**
   * Runs {@code step} for 0..n-1, on {@code threads} threads when the plan is large; stops
   * starting new steps once {@code failed} is set (a step that fails sets it).
   */
  private static void forEach(int n, int threads, java.util.concurrent.atomic.AtomicBoolean failed,
      java.util.function.IntConsumer step) {
    java.util.function.IntConsumer guarded = i -> {
      if (!failed.get()) {
        step.accept(i);
      }
    };
    if (n < PARALLEL_FROM) {
      for (int i = 0; i < n; i++) {
        guarded.accept(i);
      }
      return;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
          Thread t = new Thread(r, "evident-write");
          t.setDaemon(true);
          return t;
        });
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> guarded.accept(index)));
      }
      for (java.util.concurrent.Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed.set(true);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Creates and fills the temporary file for one target; returns {tmp, target}. */
  private static Path[] stageOne(FileSystemOps fs, Path target, byte[] bytes, Path[][] stagedAt,
      int i, java.util.Set<Path> folders) {
    Path dir = target.getParent();
    if (!folders.contains(dir)) {
      try {
        fs.createDirectories(dir);
      } catch (IOException e) {
        throw failure("cannot create folder", dir, e);
      }
      folders.add(dir);
    }
    Path tmp;
    try {
      tmp = fs.createTemp(dir, TEMP_PREFIX);
    } catch (IOException e) {
      throw failure("cannot create a file in", dir, e);
    }
    // recorded before writing, so a failed write still gets its temporary file removed
    stagedAt[i] = new Path[] {tmp, target};
    try {
      fs.write(tmp, bytes);
    } catch (IOException e) {
      throw failure("cannot write", target, e);
    }
    return stagedAt[i];
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
