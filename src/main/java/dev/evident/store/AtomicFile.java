package dev.evident.store;

import dev.evident.model.EvidentException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Streams a whole file into place the way {@link WritePlan} does for small files: the content
 * goes to a temporary file in the target's folder, is synced, and only then renamed over the
 * target, so a reader never sees half a file and a failure leaves the target as it was. For
 * outputs too large to hold in memory first, such as an export of every claim.
 */
public final class AtomicFile {
  /** Writes the content of a file; may throw IOException, or an EvidentException. */
  @FunctionalInterface
  public interface Body<T> {
    T write(Writer out) throws IOException;
  }

  private AtomicFile() {}

  private static <T> T direct(Path target, Path abs, Body<T> body) {
    try (java.io.OutputStream os = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
      Writer w = new BufferedWriter(new OutputStreamWriter(os,
          StandardCharsets.UTF_8.newEncoder()), 1 << 16);
      T result = body.write(w);
      w.flush();
      return result;
    } catch (IOException e) {
      throw failure(target, "cannot write", e);
    }
  }

  /**
   * Writes {@code target} (UTF-8) with what {@code body} writes and returns what it returns.
   * A missing folder or a folder given as the target is a USAGE error; a failure to write is
   * an IO error; in both cases the target is untouched and no temporary file is left.
   */
  public static <T> T write(Path target, Body<T> body) {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw EvidentException.usage(target + ": error: is a folder; give a file name");
    }
    if (Files.exists(abs) && (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS))) {
      // a device, a FIFO, a terminal or a link to one (/dev/stdout): written to in place,
      // never replaced by a regular file
      return direct(target, abs, body);
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw EvidentException.usage(target + ": error: folder "
          + (dir == null ? target : dir) + " does not exist");
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, WritePlan.TEMP_PREFIX, ".tmp");
    } catch (IOException e) {
      throw failure(target, "cannot create a temporary file in " + dir, e);
    }
    boolean done = false;
    try {
      permissions(tmp, abs);
      T result;
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
            StandardCharsets.UTF_8.newEncoder()), 1 << 16);
        result = body.write(w);
        w.flush();
        ch.force(true);
      } catch (IOException e) {
        throw failure(target, "cannot write", e);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw failure(target, "cannot replace", e);
      }
      done = true;
      return result;
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file's prefix lets a later run find and remove it
        }
      }
    }
  }

  /**
   * A temporary file is created readable by its owner only; an export is meant to be shared,
   * so it gets the permissions of the file it replaces, or rw-r--r-- for a new file.
   */
  private static void permissions(Path tmp, Path target) {
    try {
      if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        return;
      }
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (IOException | UnsupportedOperationException e) {
      // the content matters more than the mode: keep the owner-only default
    }
  }

  private static EvidentException failure(Path target, String what, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or folder";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    if (reason.contains("No space left")) {
      reason = "disk full";
    }
    return new EvidentException(EvidentException.Kind.IO,
        target + ": error: " + what + " (" + reason + "); the file was not changed", e);
  }
}
