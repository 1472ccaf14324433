package dev.evident.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations an atomic write is made of, as a seam: tests replace it to inject a
 * failure at each step (create, write, sync, rename) and check that nothing is left half done.
 */
public interface FileSystemOps {
  Path createTemp(Path dir, String prefix) throws IOException;

  /** Fills a file; {@link #sync} makes the content durable. */
  void write(Path file, byte[] bytes) throws IOException;

  /** Flushes a written file's content to the disk (fsync). */
  void sync(Path file) throws IOException;

  void move(Path from, Path to) throws IOException;

  void delete(Path file) throws IOException;

  void createDirectories(Path dir) throws IOException;

  /** The real file system. */
  FileSystemOps REAL = new FileSystemOps() {
    @Override
    public Path createTemp(Path dir, String prefix) throws IOException {
      Path tmp = java.nio.file.Files.createTempFile(dir, prefix, ".tmp");
      // createTempFile makes owner-only files; claim files are ordinary shared files.
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        java.nio.file.Files.setPosixFilePermissions(tmp,
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      return tmp;
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
      try (var ch = java.nio.channels.FileChannel.open(file,
          java.nio.file.StandardOpenOption.WRITE,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
        var buf = java.nio.ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
    }

    @Override
    public void sync(Path file) throws IOException {
      try (var ch = java.nio.channels.FileChannel.open(file,
          java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      // a replaced file keeps the permissions its owner gave it
      if (java.nio.file.Files.exists(to)
          && to.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        java.nio.file.Files.setPosixFilePermissions(from,
            java.nio.file.Files.getPosixFilePermissions(to));
      }
      java.nio.file.Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(Path file) throws IOException {
      java.nio.file.Files.deleteIfExists(file);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
      java.nio.file.Files.createDirectories(dir);
    }
  };
}
