package dev.evident.store;

import dev.evident.model.EvidentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Reads files at a git revision by running {@code git} with an argument list (never a shell):
 * {@code rev-parse} to resolve names, {@code ls-tree} to list, and one {@code cat-file --batch}
 * process streaming every blob. The working tree is never touched. Git itself is used rather
 * than a Java library because it starts in milliseconds and reads SHA-256 repositories.
 */
public final class GitTree {
  private final Path root;
  private final String label;
  private boolean checked;

  /** {@code label} is how the folder is named in messages (usually as the user gave it). */
  public GitTree(Path root, String label) {
    this.root = root.toAbsolutePath().normalize();
    this.label = label;
  }

  /** The full object name of the commit {@code rev} names; a USAGE error when there is none. */
  public String commit(String rev) {
    checkRepository();
    checkName(rev);
    Result r = git("rev-parse", "--verify", "--quiet", rev + "^{commit}");
    String oid = r.out().trim();
    if (r.code() != 0 || oid.isEmpty()) {
      throw EvidentException.usage(rev + ": error: unknown revision or not a commit");
    }
    return oid;
  }

  /** The best common ancestor of two commits, for {@code A...B}. */
  public String mergeBase(String a, String b) {
    Result r = git("merge-base", a, b);
    String oid = r.out().trim();
    if (r.code() != 0 || oid.isEmpty()) {
      throw EvidentException.usage(a + "..." + b + ": error: the revisions have no common "
          + "ancestor");
    }
    return oid;
  }

  /**
   * Every regular file under {@code folder} at {@code commit} (a full object name from
   * {@link #commit}), path relative to the root mapped to its bytes, in git's order (bytewise
   * by path). Symbolic links and submodules are left out, as Repository.scan leaves them out
   * of a working tree.
   */
  public Map<String, byte[]> files(String commit, String folder) {
    return files(List.of(commit), folder).get(commit);
  }

  /**
   * The files of several commits at once: one {@code ls-tree} per commit, then a single
   * {@code cat-file --batch} for the union of their blobs, so a file unchanged between two
   * revisions is read once and both maps share its bytes (the same array: callers may tell
   * an unchanged file by identity). Each map is in git's order; no sorted copy is made, since
   * at 100,000 files sorting by path costs more than reading the listing.
   */
  public Map<String, Map<String, byte[]>> files(List<String> commits, String folder) {
    return files(commits, folder, null);
  }

  /** Receives each blob as soon as git has sent it, on the reading thread. */
  @FunctionalInterface
  public interface BlobSink {
    /** {@code path} is one path the blob has (the first listed), for what kind of file it is. */
    void blob(String path, byte[] bytes);
  }

  /**
   * Like {@link #files(List, String)}, handing each distinct blob to {@code sink} (when not
   * null) as it arrives, so that a caller can work on the first files while git still sends
   * the others.
   */
  public Map<String, Map<String, byte[]>> files(List<String> commits, String folder,
      BlobSink sink) {
    List<Listing> listings = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<String> unique = new ArrayList<>();
    List<String> firstPath = new ArrayList<>();
    for (String commit : commits) {
      Listing l = list(commit, folder);
      listings.add(l);
      int[] blob = new int[l.paths.size()];
      for (int i = 0; i < blob.length; i++) {
        String oid = l.oids.get(i);
        Integer k = index.putIfAbsent(oid, unique.size());
        if (k == null) {
          k = unique.size();
          unique.add(oid);
          firstPath.add(l.paths.get(i));
        }
        blob[i] = k;
      }
      l.blob = blob;
    }
    byte[][] blobs = catFile(unique, firstPath, sink);
    Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
    for (int c = 0; c < commits.size(); c++) {
      Listing l = listings.get(c);
      Map<String, byte[]> files = new LinkedHashMap<>(l.paths.size() * 4 / 3 + 1);
      for (int i = 0; i < l.blob.length; i++) {
        files.put(l.paths.get(i), blobs[l.blob[i]]);
      }
      out.put(commits.get(c), files);
    }
    return out;
  }

  /** One commit's regular files: paths and their blob names, in git's order. */
  private static final class Listing {
    final List<String> paths = new ArrayList<>();
    final List<String> oids = new ArrayList<>();
    int[] blob; // index of each file's blob among the distinct ones
  }

  private Listing list(String commit, String folder) {
    Result ls = git("ls-tree", "-r", "-z", commit, "--", folder);
    if (ls.code() != 0) {
      throw new EvidentException(EvidentException.Kind.IO, label + ": error: git ls-tree "
          + "failed: " + ls.err().trim());
    }
    // "<mode> SP <type> SP <object> TAB <path> NUL", read in place: at 100,000 files the
    // strings of a split per entry were a visible share of a diff.
    Listing out = new Listing();
    byte[] raw = ls.bytes();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != 0) {
        continue;
      }
      int tab = start;
      while (tab < i && raw[tab] != '\t') {
        tab++;
      }
      int sp1 = start;
      while (sp1 < tab && raw[sp1] != ' ') {
        sp1++;
      }
      int sp2 = sp1 + 1;
      while (sp2 < tab && raw[sp2] != ' ') {
        sp2++;
      }
      if (tab < i && sp2 < tab && is(raw, sp1 + 1, sp2, "blob")
          && (is(raw, start, sp1, "100644") || is(raw, start, sp1, "100755"))) {
        out.oids.add(new String(raw, sp2 + 1, tab - sp2 - 1, StandardCharsets.US_ASCII));
        out.paths.add(new String(raw, tab + 1, i - tab - 1, StandardCharsets.UTF_8));
      }
      start = i + 1;
    }
    return out;
  }

  /** True when raw[from, to) holds exactly the ASCII characters of {@code word}. */
  private static boolean is(byte[] raw, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (raw[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private byte[][] catFile(List<String> oids, List<String> paths, BlobSink sink) {
    byte[][] out = new byte[oids.size()][];
    if (oids.isEmpty()) {
      return out;
    }
    // --buffer: without it git flushes its output after every object, a write (and a wake-up
    // of this reader) per file; with it, full pipe buffers.
    Process p = start(List.of("cat-file", "--batch", "--buffer"));
    CompletableFuture<String> err = drain(p.getErrorStream());
    // Feed the names from another thread: git answers while we write, and both pipes are
    // bounded, so writing everything first would deadlock on a large tree.
    CompletableFuture<String> feed = async(() -> {
      try (OutputStream in = p.getOutputStream()) {
        StringBuilder sb = new StringBuilder(oids.size() * 66);
        for (String oid : oids) {
          sb.append(oid).append('\n');
        }
        in.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        return "";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try (Pipe in = new Pipe(p.getInputStream())) {
      for (int n = 0; n < out.length; n++) {
        String expected = oids.get(n);
        String header = in.line();
        if (header == null) {
          throw gitFailed("cat-file", err);
        }
        // "<object> SP blob SP <size>"
        int size = -1;
        if (header.length() > expected.length() + 6 && header.startsWith(expected)
            && header.startsWith(" blob ", expected.length())) {
          try {
            size = Integer.parseInt(header, expected.length() + 6, header.length(), 10);
          } catch (NumberFormatException e) {
            size = -1;
          }
        }
        if (size < 0) {
          throw new EvidentException(EvidentException.Kind.IO, label + ": error: git cat-file "
              + "answered '" + header + "' for " + expected);
        }
        byte[] content = in.bytes(size);
        if (content == null || in.read() != '\n') {
          throw gitFailed("cat-file", err);
        }
        out[n] = content;
        if (sink != null) {
          sink.blob(paths.get(n), content);
        }
      }
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, label + ": error: reading from git "
          + "cat-file failed (" + e.getMessage() + ")", e);
    } finally {
      feed.exceptionally(t -> null).join();
      waitFor(p);
    }
    return out;
  }

  private EvidentException gitFailed(String what, CompletableFuture<String> err) {
    return new EvidentException(EvidentException.Kind.IO, label + ": error: git " + what
        + " stopped early: " + err.join().trim());
  }

  /**
   * A buffered reader of git's output without BufferedInputStream's lock per byte read (a
   * compare-and-swap each, millions of them for the headers of 100,000 blobs).
   */
  private static final class Pipe implements AutoCloseable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    Pipe(InputStream in) {
      this.in = in;
    }

    private boolean fill() throws IOException {
      pos = 0;
      limit = Math.max(0, in.read(buf));
      return limit > 0;
    }

    int read() throws IOException {
      if (pos == limit && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xFF;
    }

    /** The next line without its LF, or null at the end of the stream. */
    String line() throws IOException {
      StringBuilder sb = null;
      while (true) {
        if (pos == limit && !fill()) {
          return null;
        }
        int start = pos;
        while (pos < limit && buf[pos] != '\n') {
          pos++;
        }
        String part = new String(buf, start, pos - start, StandardCharsets.ISO_8859_1);
        if (pos < limit) {
          pos++; // the LF
          return sb == null ? part : sb.append(part).toString();
        }
        sb = sb == null ? new StringBuilder(part) : sb.append(part);
      }
    }

    /** Exactly {@code n} bytes, or null when the stream ends first. */
    byte[] bytes(int n) throws IOException {
      byte[] out = new byte[n];
      int have = Math.min(n, limit - pos);
      System.arraycopy(buf, pos, out, 0, have);
      pos += have;
      while (have < n) {
        int r = in.read(out, have, n - have);
        if (r < 0) {
          return null;
        }
        have += r;
      }
      return out;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private void checkRepository() {
    if (checked) {
      return;
    }
    Result r = git("rev-parse", "--is-inside-work-tree");
    if (r.code() != 0 || !r.out().trim().equals("true")) {
      throw EvidentException.usage(label + ": error: not inside a git work tree (to compare "
          + "two folders, use --from DIR --to DIR)");
    }
    checked = true;
  }

  /** Refuses names git would read as options, and characters no revision name holds. */
  private static void checkName(String rev) {
    if (rev.isEmpty() || rev.startsWith("-") || rev.indexOf('\0') >= 0
        || rev.indexOf('\n') >= 0) {
      throw EvidentException.usage("'" + rev.replace("\n", "\\n").replace("\0", "\\0")
          + "': error: not a revision name");
    }
  }

  private record Result(int code, byte[] bytes, String err) {
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private Result git(String... args) {
    Process p = start(List.of(args));
    CompletableFuture<String> err = drain(p.getErrorStream());
    try {
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      int code = waitFor(p);
      return new Result(code, out, err.join());
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, label + ": error: reading from git "
          + "failed (" + e.getMessage() + ")", e);
    }
  }

  private Process start(List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(root.toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    // Stable, untranslated messages, and no pager or prompt, whoever runs us.
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    try {
      return pb.start();
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, "git: error: cannot run git ("
          + e.getMessage() + "); is it installed and on PATH?", e);
    }
  }

  private static CompletableFuture<String> drain(InputStream s) {
    return async(() -> {
      try (s) {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    });
  }

  /**
   * Runs a blocking pipe task on its own daemon thread. Not the common pool: on a two-core
   * machine it has one worker, and two blocked pipe tasks queued there would deadlock.
   */
  private static CompletableFuture<String> async(Supplier<String> task) {
    CompletableFuture<String> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(task.get());
      } catch (RuntimeException e) {
        f.completeExceptionally(e);
      }
    }, "evident-git-pipe");
    t.setDaemon(true);
    t.start();
    return f;
  }

  private static int waitFor(Process p) {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      throw new EvidentException(EvidentException.Kind.IO, "git: error: interrupted", e);
    }
  }
}
