package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.EvidentException;
import dev.evident.store.FileSystemOps;
import dev.evident.store.Repository;
import dev.evident.store.RepositoryLock;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults in the middle of {@code parse}: each is injected through the {@link FileSystemOps}
 * seam (the tests run as root, so chmod would not stop a write) at every step of the atomic
 * write, and afterwards the repository must be exactly as before and the message clear.
 */
class FaultsTest {
  @TempDir
  Path dir;

  private Map<String, String> before;

  @BeforeEach
  void firstParseThenChangeASeed() throws IOException {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    // a second seed whose parse adds files, so the plan holds several writes
    Path seed = dir.resolve("seeds/003_b87220b769523c1d.txt");
    Files.writeString(dir.resolve("seeds/005_copy.txt"), Files.readString(seed)
        .replace("cancer", "tumour"));
    before = CliRunner.snapshot(dir);
  }

  /** Real operations, except that the n-th time one step is taken it throws {@code fault}. */
  static final class Faulty implements FileSystemOps {
    final String step;
    final int at;
    final IOException fault;
    final AtomicInteger count = new AtomicInteger();

    Faulty(String step, int at, IOException fault) {
      this.step = step;
      this.at = at;
      this.fault = fault;
    }

    private void maybe(String s) throws IOException {
      if (s.equals(step) && count.incrementAndGet() == at) {
        throw fault;
      }
    }

    @Override
    public Path createTemp(Path d, String prefix) throws IOException {
      maybe("create");
      return REAL.createTemp(d, prefix);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      maybe("write");
      REAL.write(file, bytes);
    }

    @Override
    public void sync(Path file) throws IOException {
      maybe("sync");
      REAL.sync(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      maybe("move");
      REAL.move(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
      REAL.delete(file);
    }

    @Override
    public void createDirectories(Path d) throws IOException {
      maybe("mkdir");
      REAL.createDirectories(d);
    }
  }

  static IOException fault(String kind) {
    return switch (kind) {
      case "disk-full" -> new FileSystemException("x", null, "No space left on device");
      case "read-only" -> new FileSystemException("x", null, "Read-only file system");
      case "permission" -> new AccessDeniedException("x");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} at {1} #{2}")
  @CsvSource({
      "disk-full,write,1,disk full", "disk-full,write,3,disk full",
      "disk-full,create,2,disk full", "read-only,create,1,Read-only file system",
      "read-only,mkdir,1,Read-only file system", "permission,create,1,permission denied",
      "permission,write,2,permission denied", "disk-full,sync,1,disk full",
      "disk-full,sync,4,disk full"})
  void aFaultBeforeTheRenamesLeavesEveryFileAsItWas(String kind, String step, int at,
      String reason) {
    Repository repo = new Repository(dir, new Faulty(step, at, fault(kind)));
    EvidentException e = assertThrows(EvidentException.class,
        () -> new ParseService(repo).run(new ParseService.Request(null, false, false)));
    assertEquals(EvidentException.Kind.IO, e.kind());
    assertTrue(e.getMessage().contains("(" + reason + "); nothing was changed"), e.getMessage());
    assertTrue(e.getMessage().contains("claims"), e.getMessage());
    assertEquals(before, CliRunner.snapshot(dir), "repository changed");
  }

  @Test
  void aFaultDuringTheRenamesLeavesEachFileWhollyOldOrWhollyNewAndNoTempFile()
      throws IOException {
    Repository repo = new Repository(dir, new Faulty("move", 2, fault("disk-full")));
    assertThrows(EvidentException.class,
        () -> new ParseService(repo).run(new ParseService.Request(null, false, false)));
    Map<String, String> after = CliRunner.snapshot(dir);
    for (String f : after.keySet()) {
      assertFalse(f.contains(".evident-"), "temporary file left: " + f);
    }
    // every file that exists parses; a second run finishes the job
    assertEquals(0, new Repository(dir).scan().problems().size());
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
  }

  @Test
  void theLockFileThatCannotBeCreatedIsAClearError() throws IOException {
    Files.createDirectories(dir.resolve("claims/" + RepositoryLock.NAME));
    CliRunner.Result r = CliRunner.run(dir, "parse", "-q");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains(RepositoryLock.NAME), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void anOldFolderWithFilesAtTheLocksNameIsNeitherTakenOverNorDeleted() throws IOException {
    Path squatter = Files.createDirectories(dir.resolve("claims/" + RepositoryLock.NAME));
    Files.writeString(squatter.resolve("notes.txt"), "mine\n");
    Files.setLastModifiedTime(squatter, java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() - 600_000));
    CliRunner.Result r = CliRunner.run(dir, "parse", "-q");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("taken by a folder or link"), r.err());
    assertEquals("mine\n", Files.readString(squatter.resolve("notes.txt")));
  }
}
