package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.EvidentException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write never overwrites what another process changed after this one read it. */
class LostUpdateTest {
  @TempDir
  Path dir;

  @Test
  void aFileChangedSinceItWasReadIsNotOverwritten() throws Exception {
    Repository repo = new Repository(dir);
    Path a = dir.resolve("claims/s/a.yaml");
    Path b = dir.resolve("claims/s/b.yaml");
    Files.createDirectories(a.getParent());
    Files.writeString(a, "read by us\n");
    Files.writeString(b, "b before\n");
    WritePlan plan = new WritePlan();
    plan.replace(b, "b before\n", "b after\n");
    plan.replace(a, "read by us\n", "our change\n");
    Files.writeString(a, "their change\n");
    EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals("claims/s/a.yaml: error: was changed by someone else while evident was "
        + "working; nothing was changed, run the command again", e.getMessage());
    assertEquals("their change\n", Files.readString(a));
    assertEquals("b before\n", Files.readString(b), "all or nothing");
  }

  @Test
  void aFileThatMustBeNewMayNotHaveAppeared() throws Exception {
    Repository repo = new Repository(dir);
    Path a = dir.resolve("claims/s/new.yaml");
    WritePlan plan = new WritePlan();
    plan.replace(a, null, "ours\n");
    Files.createDirectories(a.getParent());
    Files.writeString(a, "theirs\n");
    EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan));
    assertTrue(e.getMessage().contains("was created by someone else"), e.getMessage());
    assertEquals("theirs\n", Files.readString(a));
  }

  @Test
  void anUnchangedFileIsReplaced() throws Exception {
    Repository repo = new Repository(dir);
    Path a = dir.resolve("claims/s/a.yaml");
    Files.createDirectories(a.getParent());
    Files.writeString(a, "\uFEFFold\r\n");
    WritePlan plan = new WritePlan();
    plan.replace(a, "old\r\n", "new\n");
    repo.write(plan);
    assertEquals("new\n", Files.readString(a));
  }
}
