package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WritePlanTest {
  @TempDir
  Path dir;

  enum Step { CREATE, WRITE, SYNC, MOVE }

  /** Real file operations that fail the n-th time one step is taken. */
  static class Faulty implements FileSystemOps {
    final Step step;
    final int failAt;
    final AtomicInteger count = new AtomicInteger();

    Faulty(Step step, int failAt) {
      this.step = step;
      this.failAt = failAt;
    }

    private void maybeFail(Step s) throws IOException {
      if (s == step && count.incrementAndGet() == failAt) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public Path createTemp(Path d, String prefix) throws IOException {
      maybeFail(Step.CREATE);
      return REAL.createTemp(d, prefix);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      maybeFail(Step.WRITE);
      REAL.write(file, bytes);
    }

    @Override
    public void sync(Path file) throws IOException {
      maybeFail(Step.SYNC);
      REAL.sync(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      maybeFail(Step.MOVE);
      REAL.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
      REAL.delete(file);
    }

    @Override
    public void createDirectories(Path d) throws IOException {
      REAL.createDirectories(d);
    }
  }

  private WritePlan plan() {
    WritePlan p = new WritePlan();
    p.put(dir.resolve("a/one.yaml"), "new one\n");
    p.put(dir.resolve("a/two.yaml"), "new two\n");
    p.put(dir.resolve("b/three.yaml"), "new three\n");
    return p;
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted()
          .toList();
    }
  }

  @Test
  void appliesEveryWrite() throws IOException {
    plan().apply(FileSystemOps.REAL);
    assertEquals(List.of("a/one.yaml", "a/two.yaml", "b/three.yaml"), files());
    assertEquals("new two\n", Files.readString(dir.resolve("a/two.yaml")));
  }

  @Test
  void newFilesAreWorldReadableAndReplacedFilesKeepTheirPermissions() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/two.yaml"), "old two\n");
    var custom = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(dir.resolve("a/two.yaml"), custom);
    plan().apply(FileSystemOps.REAL);
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("a/one.yaml"))));
    assertEquals(custom, Files.getPosixFilePermissions(dir.resolve("a/two.yaml")));
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = {"CREATE", "WRITE", "SYNC"})
  void aFailureBeforeTheRenamesChangesNothingAndLeavesNoTempFile(Step step) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/one.yaml"), "old one\n");
    for (int n = 1; n <= 3; n++) {
      EvidentException e = assertThrows(EvidentException.class,
          () -> plan().apply(new Faulty(step, 2)));
      assertEquals(EvidentException.Kind.IO, e.kind());
      assertTrue(e.getMessage().contains("disk full"), e.getMessage());
      assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
      assertEquals(List.of("a/one.yaml"), files());
      assertEquals("old one\n", Files.readString(dir.resolve("a/one.yaml")));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = {"CREATE", "WRITE", "SYNC"})
  void aLargePlanStagedOnSeveralThreadsFailsAsCleanly(Step step) throws IOException {
    int n = WritePlan.PARALLEL_FROM * 3;
    WritePlan big = new WritePlan();
    for (int i = 0; i < n; i++) {
      big.put(dir.resolve("s" + (i % 7) + "/f" + i + ".yaml"), "new " + i + "\n");
    }
    Files.createDirectories(dir.resolve("s0"));
    Files.writeString(dir.resolve("s0/f0.yaml"), "old\n");
    assertThrows(EvidentException.class, () -> big.apply(new Faulty(step, n / 2)));
    assertEquals(List.of("s0/f0.yaml"), files());
    assertEquals("old\n", Files.readString(dir.resolve("s0/f0.yaml")));
    big.apply(FileSystemOps.REAL);
    assertEquals(n, files().size());
    assertEquals("new 42\n", Files.readString(dir.resolve("s0/f42.yaml")));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {3, WritePlan.PARALLEL_FROM * 2})
  void everyTemporaryFileIsSyncedBeforeTheFirstRename(int n) throws IOException {
    List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    FileSystemOps recording = new Faulty(Step.CREATE, -1) {
      @Override
      public void sync(Path file) throws IOException {
        log.add("sync " + file.getFileName());
        super.sync(file);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        log.add("move " + from.getFileName());
        super.move(from, to);
      }
    };
    WritePlan p = new WritePlan();
    for (int i = 0; i < n; i++) {
      p.put(dir.resolve("s" + (i % 3) + "/f" + i + ".yaml"), "new " + i + "\n");
    }
    p.apply(recording);
    assertEquals(2 * n, log.size(), log.toString());
    java.util.Set<String> synced = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      assertTrue(log.get(i).startsWith("sync "), log.toString());
      synced.add(log.get(i).substring(5));
    }
    for (int i = n; i < 2 * n; i++) {
      assertTrue(synced.contains(log.get(i).substring(5)), "renamed unsynced: " + log.get(i));
    }
    assertEquals(n, files().size());
  }

  @Test
  void aFailedRenameLeavesEachFileWhollyOldOrWhollyNewAndNoTempFile() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/two.yaml"), "old two\n");
    assertThrows(EvidentException.class, () -> plan().apply(new Faulty(Step.MOVE, 2)));
    assertEquals(List.of("a/one.yaml", "a/two.yaml"), files());
    assertEquals("new one\n", Files.readString(dir.resolve("a/one.yaml")));
    assertEquals("old two\n", Files.readString(dir.resolve("a/two.yaml")));
  }
}
