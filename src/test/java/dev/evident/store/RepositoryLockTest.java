package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers at once, and locks left behind by a process that died. */
class RepositoryLockTest {
  @TempDir
  Path dir;

  private WritePlan plan(Repository repo) {
    WritePlan p = new WritePlan();
    p.put(repo.path("claims/s/s-abcdef.yaml"), "new\n");
    return p;
  }

  @Test
  void aSecondWriterWaitsBrieflyThenFailsNamingTheLockAndItsOwner() {
    Repository repo = new Repository(dir);
    try (RepositoryLock held = RepositoryLock.acquire(repo.path("claims"))) {
      EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan(repo)));
      assertEquals(EvidentException.Kind.IO, e.kind());
      assertEquals(repo.path("claims/.evident.lock") + ": error: another evident process is "
          + "writing this review (lock held by process " + ProcessHandle.current().pid()
          + "); try again when it has finished", e.getMessage());
      assertFalse(Files.exists(repo.path("claims/s/s-abcdef.yaml")));
    }
    repo.write(plan(repo));
    assertTrue(Files.exists(repo.path("claims/s/s-abcdef.yaml")));
    assertFalse(Files.exists(repo.path("claims/.evident.lock")), "lock not released");
  }

  @Test
  void aLockLeftByAProcessThatDiedIsDetectedAsStaleAndTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertEquals(0, p.waitFor());
    long deadPid = p.pid();
    Repository repo = new Repository(dir);
    Files.createDirectories(repo.path("claims"));
    Files.writeString(repo.path("claims/.evident.lock"), Long.toString(deadPid));
    repo.write(plan(repo));
    assertEquals("new\n", Files.readString(repo.path("claims/s/s-abcdef.yaml")));
    assertFalse(Files.exists(repo.path("claims/.evident.lock")));
  }

  @Test
  void anOldUnreadableLockIsStaleButAFreshEmptyOneIsNot() throws IOException {
    Repository repo = new Repository(dir);
    Path lock = Files.createDirectories(repo.path("claims")).resolve(RepositoryLock.NAME);
    Files.writeString(lock, "");
    // empty and fresh: its owner may be writing its pid this instant
    assertThrows(EvidentException.class, () -> repo.write(plan(repo)));
    Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    repo.write(plan(repo));
    assertFalse(Files.exists(lock));
  }
}
