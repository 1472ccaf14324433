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
  void anOldUnreadableLockIsStaleAndAFreshEmptyOneIsWaitedFor() throws Exception {
    Repository repo = new Repository(dir);
    Path lock = Files.createDirectories(repo.path("claims")).resolve(RepositoryLock.NAME);
    // empty and fresh: its owner may be writing its pid this instant; here it does, and it is
    // alive (this JVM), so the writer waits, then fails naming it
    Files.writeString(lock, "");
    Thread owner = new Thread(() -> {
      try {
        Thread.sleep(300);
        Files.writeString(lock, Long.toString(ProcessHandle.current().pid()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    owner.start();
    EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan(repo)));
    owner.join();
    assertTrue(e.getMessage().contains("lock held by process " + ProcessHandle.current().pid()),
        e.getMessage());
    // empty and nobody writes it (its writer was killed between creating and writing it):
    // once it is old enough it is stale and taken over, instead of failing the run
    Files.writeString(lock, "");
    Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 4_000));
    repo.write(plan(repo));
    assertFalse(Files.exists(lock));
    // old and unreadable: stale at once
    Files.writeString(lock, "");
    Files.setLastModifiedTime(lock, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    repo.write(plan(repo));
    assertFalse(Files.exists(lock));
  }
}
