package dev.evident.store;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a review's claims/ folder, held as a file holding the owner's process id.
 * A second writer waits briefly, then fails naming the lock; a lock whose process is gone is
 * stale and is taken over.
 */
public final class RepositoryLock implements AutoCloseable {
  public static final String NAME = ".evident.lock";
  private static final long WAIT_MILLIS = 2000;

  private final Path file;

  private RepositoryLock(Path file) {
    this.file = file;
  }

  public static RepositoryLock acquire(Path claimsDir) {
    Path file = claimsDir.resolve(NAME);
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
    try {
      Files.createDirectories(claimsDir);
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, claimsDir
          + ": error: cannot create folder (" + reason(e) + "); nothing was changed", e);
    }
    while (true) {
      try {
        Files.write(file, Long.toString(ProcessHandle.current().pid()).getBytes(
            StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new RepositoryLock(file);
      } catch (FileAlreadyExistsException e) {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          // a folder or link squats the lock's name: never taken over, never deleted
          throw new EvidentException(EvidentException.Kind.IO, file + ": error: cannot write "
              + "(the lock's name is taken by a folder or link, not a lock file; remove it); "
              + "nothing was changed");
        }
        if (stale(file)) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException ignored) {
            // another process may have removed it first; the loop retries
          }
          continue;
        }
        if (System.nanoTime() > deadline && !unwritten(file)) {
          throw new EvidentException(EvidentException.Kind.IO, file
              + ": error: another evident process is writing this review (lock held by process "
              + owner(file) + "); try again when it has finished");
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new EvidentException(EvidentException.Kind.IO, "interrupted waiting for " + file);
        }
      } catch (IOException e) {
        throw new EvidentException(EvidentException.Kind.IO, claimsDir
            + ": error: cannot write (" + reason(e) + "); nothing was changed", e);
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }

  private static String owner(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * True while the lock holds no process id yet and is young enough that its writer may still
   * be writing it: such a lock turns stale after {@link #UNWRITTEN_MILLIS}, so waiting for it
   * beats failing. (A writer killed between creating the lock and writing its id leaves one.)
   */
  private static boolean unwritten(Path file) {
    try {
      Long.parseLong(owner(file));
      return false;
    } catch (NumberFormatException e) {
      try {
        return System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis()
            <= UNWRITTEN_MILLIS + 1000;
      } catch (IOException io) {
        return false;
      }
    }
  }

  private static final long UNWRITTEN_MILLIS = 5000;

  private static boolean stale(Path file) {
    String pid = owner(file);
    try {
      long p = Long.parseLong(pid);
      return ProcessHandle.of(p).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      // a lock being written this instant may be empty; only call it stale once it is old
      try {
        return System.currentTimeMillis() - Files.getLastModifiedTime(file).toMillis()
            > UNWRITTEN_MILLIS;
      } catch (IOException io) {
        return false;
      }
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a lock left behind is detected as stale by the next run
    }
  }
}
