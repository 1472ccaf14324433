package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  private long files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void replacesTheTargetWithWhatWasWritten() throws IOException {
    Path t = dir.resolve("out.txt");
    Files.writeString(t, "old", StandardCharsets.UTF_8);
    int n = AtomicFile.write(t, w -> {
      w.write("néw\n");
      return 7;
    });
    assertEquals(7, n);
    assertEquals("néw\n", Files.readString(t, StandardCharsets.UTF_8));
    assertEquals(1, files());
  }

  @Test
  void aFailureHalfwayLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path t = dir.resolve("out.txt");
    Files.writeString(t, "old", StandardCharsets.UTF_8);
    EvidentException e = assertThrows(EvidentException.class, () -> AtomicFile.write(t, w -> {
      w.write("x".repeat(1 << 20)); // more than the buffer, so part of it reached the disk
      throw new IOException("No space left on device");
    }));
    assertEquals(EvidentException.Kind.IO, e.kind());
    assertEquals(t + ": error: cannot write (disk full); the file was not changed",
        e.getMessage());
    assertEquals("old", Files.readString(t, StandardCharsets.UTF_8));
    assertEquals(1, files());
  }

  @Test
  void aDomainErrorHalfwayAlsoLeavesNothing() throws IOException {
    Path t = dir.resolve("new.txt");
    assertThrows(EvidentException.class, () -> AtomicFile.write(t, w -> {
      w.write("partial");
      throw EvidentException.data("bad claim");
    }));
    assertEquals(0, files());
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path t = dir.resolve("shared.csv");
    Files.writeString(t, "old", StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(t).supportsFileAttributeView("posix"));
    Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFile.write(t, w -> null);
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(t)));
    assertEquals("", Files.readString(t, StandardCharsets.UTF_8));
  }
}
