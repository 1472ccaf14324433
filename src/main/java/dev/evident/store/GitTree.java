package dev.evident.store;

import dev.evident.model.EvidentException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Map<String, Map<String, String>> listings = new LinkedHashMap<>();
    Set<String> oids = new LinkedHashSet<>();
    for (String commit : commits) {
      Map<String, String> paths = list(commit, folder);
      listings.put(commit, paths);
      oids.addAll(paths.values());
    }
    Map<String, byte[]> blobs = catFile(oids);
    Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
    listings.forEach((commit, paths) -> {
      Map<String, byte[]> files = new LinkedHashMap<>(paths.size() * 4 / 3 + 1);
      paths.forEach((p, oid) -> files.put(p, blobs.get(oid)));
      out.put(commit, files);
    });
    return out;
  }

  private Map<String, String> list(String commit, String folder) {
    Result ls = git("ls-tree", "-r", "-z", commit, "--", folder);
    if (ls.code() != 0) {
      throw new EvidentException(EvidentException.Kind.IO, label + ": error: git ls-tree "
          + "failed: " + ls.err().trim());
    }
    Map<String, String> paths = new LinkedHashMap<>();
    byte[] raw = ls.bytes();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != 0) {
        continue;
      }
      String entry = new String(raw, start, i - start, StandardCharsets.UTF_8);
      start = i + 1;
      int tab = entry.indexOf('\t');
      String[] meta = entry.substring(0, tab).split(" ");
      if (meta.length == 3 && meta[1].equals("blob")
          && (meta[0].equals("100644") || meta[0].equals("100755"))) {
        paths.put(entry.substring(tab + 1), meta[2]);
      }
    }
    return paths;
  }

  private Map<String, byte[]> catFile(Set<String> oids) {
    Map<String, byte[]> out = new LinkedHashMap<>();
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
    try (InputStream in = new BufferedInputStream(p.getInputStream(), 1 << 16)) {
      for (String expected : oids) {
        String header = line(in);
        if (header == null) {
          throw gitFailed("cat-file", err);
        }
        String[] h = header.split(" ");
        if (h.length != 3 || !h[0].equals(expected) || !h[1].equals("blob")) {
          throw new EvidentException(EvidentException.Kind.IO, label + ": error: git cat-file "
              + "answered '" + header + "' for " + expected);
        }
        int size = Integer.parseInt(h[2]);
        byte[] content = in.readNBytes(size);
        if (content.length != size || in.read() != '\n') {
          throw gitFailed("cat-file", err);
        }
        out.put(expected, content);
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

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(80);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        return null;
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
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
