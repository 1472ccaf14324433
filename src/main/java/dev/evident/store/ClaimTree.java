package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads a claim set from file contents that did not come from {@link Repository#scan()} (a
 * git revision, or a folder outside the repository), with the same rules as that method: which
 * paths are claim, source and settings files, duplicate and invalid ids, every problem reported.
 */
public final class ClaimTree {
  private ClaimTree() {}

  /**
   * Parsed files keyed by their exact text, so that a file unchanged between the two sides of a
   * diff is parsed once. Safe to share between threads.
   */
  public static final class Cache {
    private final Map<String, Read<Claim>> claims = new ConcurrentHashMap<>();
    private final Map<String, Read<Source>> sources = new ConcurrentHashMap<>();

    int size() {
      return claims.size() + sources.size();
    }
  }

  /** True for the paths Repository.scan reads: claims/evident.yaml, claims/DIR/NAME.yaml. */
  public static boolean isClaimsPath(String rel) {
    if (rel.equals(Repository.SETTINGS)) {
      return true;
    }
    // claims/DIR/NAME.yaml: exactly two slashes, DIR not empty, neither part hidden. Read in
    // place (no split): this runs three times per file, for 100,000 files a diff.
    int first = rel.indexOf('/');
    int second = first < 0 ? -1 : rel.indexOf('/', first + 1);
    if (second < 0 || rel.indexOf('/', second + 1) >= 0) {
      return false;
    }
    return first == Repository.CLAIMS.length() && rel.startsWith(Repository.CLAIMS)
        && second > first + 1 && rel.charAt(first + 1) != '.'
        && (second + 1 == rel.length() || rel.charAt(second + 1) != '.')
        && rel.endsWith(".yaml");
  }

  /** The bytes of every file of a folder's claims/ that Repository.scan would read. */
  public static Map<String, byte[]> readFolder(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    Path claimsDir = ClaimSet.resolve(root, Repository.CLAIMS);
    if (!Files.isDirectory(claimsDir)) {
      return out;
    }
    Path settings = ClaimSet.resolve(root, Repository.SETTINGS);
    if (Files.isRegularFile(settings)) {
      out.put(Repository.SETTINGS, bytes(settings, Repository.SETTINGS));
    }
    for (Path dir : Repository.sorted(claimsDir)) {
      String folder = dir.getFileName().toString();
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || folder.startsWith(".")) {
        continue;
      }
      for (Path file : Repository.sorted(dir)) {
        String rel = Repository.CLAIMS + "/" + folder + "/" + file.getFileName();
        if (isClaimsPath(rel) && !rel.equals(Repository.SETTINGS)
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, bytes(file, rel));
        }
      }
    }
    return out;
  }

  private static byte[] bytes(Path p, String rel) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO,
          rel + ": error: cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Parses files (relative path to bytes; paths that are not claim files are ignored) into a
   * claim set and its problems. Diagnostics name {@code label + path}, e.g. {@code HEAD:claims/..}.
   */
  public static Repository.Scan parse(Map<String, byte[]> files, String label, Cache cache) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> texts = new TreeMap<>();
    java.util.Set<String> canonical = new java.util.HashSet<>();
    Settings settings = Settings.defaults();
    boolean settingsPresent = false;
    Map<String, Source> sources = new TreeMap<>();
    Map<String, String> sourceFiles = new TreeMap<>();
    Map<String, Claim> claims = new HashMap<>();
    Map<String, String> claimFiles = new HashMap<>();
    Map<String, String> firstSeen = new HashMap<>();
    List<String> paths = new ArrayList<>();
    for (String rel : new TreeMap<>(files).keySet()) {
      if (isClaimsPath(rel)) {
        paths.add(rel);
      }
    }
    // Parsing dominates reading a large tree; files are independent, so parse on every core,
    // then assemble in path order so that duplicate ids and problems come out the same way.
    List<Object> parsed = paths.parallelStream()
        .map(rel -> parseOne(rel, label + rel, files.get(rel), cache)).toList();
    for (int i = 0; i < paths.size(); i++) {
      String rel = paths.get(i);
      String shown = label + rel;
      Object result = parsed.get(i);
      try {
        if (result instanceof EvidentException ex) {
          throw ex;
        }
        Parsed p = (Parsed) result;
        texts.put(rel, p.text());
        if (p.canonical()) {
          canonical.add(rel);
        }
        if (p.value() instanceof Settings st) {
          settingsPresent = true;
          settings = st;
        } else if (p.value() instanceof Source s) {
          String folder = rel.substring(Repository.CLAIMS.length() + 1, rel.lastIndexOf('/'));
          String problem = Repository.sourceProblem(s, folder);
          if (problem != null) {
            problems.add(Diagnostic.error(shown, 1, 1, problem));
          } else if (sources.containsKey(s.id())) {
            problems.add(Diagnostic.error(shown, 1, 1, "duplicate source id '" + s.id() + "'"));
          } else {
            sources.put(s.id(), s);
            sourceFiles.put(s.id(), rel);
          }
        } else {
          Claim c = (Claim) p.value();
          String idProblem = Ids.problem(c.id());
          if (idProblem != null) {
            problems.add(Diagnostic.error(shown, 1, 1, "invalid claim id '" + c.id() + "': "
                + idProblem));
            continue;
          }
          String earlier = firstSeen.putIfAbsent(c.id(), shown);
          if (earlier != null) {
            problems.add(Diagnostic.error(shown, 1, 1, "duplicate claim id '" + c.id()
                + "' (also in " + earlier + ")"));
            continue;
          }
          claims.put(c.id(), c);
          claimFiles.put(c.id(), rel);
        }
      } catch (EvidentException ex) {
        if (!ex.diagnostics().isEmpty()) {
          problems.addAll(ex.diagnostics());
        } else {
          problems.add(Diagnostic.error(shown, 0, 0, ex.getMessage()));
        }
      }
    }
    ClaimSet set = new ClaimSet(settings, settingsPresent, sources, claims, claimFiles,
        sourceFiles, texts, canonical);
    return new Repository.Scan(set, problems);
  }

  /**
   * One side of a diff as the diff needs it: claims by id (iterating in id order), the file of
   * each claim (unordered), sources by id (sorted), and the problems of its files. Unlike a
   * ClaimSet it keeps no file texts and makes no sorted copies, which at 100,000 claims cost
   * more than the comparison itself.
   */
  public record Tree(Map<String, Claim> claims, Map<String, String> claimFiles,
      Map<String, Source> sources, List<Diagnostic> problems) {}

  /**
   * Both sides of a diff, read together. {@code changed} holds the ids of the claims read from
   * a file that is not the same on both sides (same path and same bytes); every other claim
   * comes from such a file, so it is the same object on both sides, in the same file, and
   * cannot be a change.
   */
  public record Pair(Tree before, Tree after, Set<String> changed) {}

  /**
   * Parses both sides of a diff with the rules of {@link #parse}: every file of either side is
   * checked and every problem reported, but each distinct content is parsed once. Contents are
   * told apart by identity ({@link GitTree#files(List, String)} gives one array per blob) and,
   * for a path present on both sides, by their bytes, so a file unchanged between two folders
   * is also parsed once.
   */
  public static Pair parsePair(Map<String, byte[]> before, String beforeLabel,
      Map<String, byte[]> after, String afterLabel) {
    return parsePair(before, beforeLabel, after, afterLabel, null);
  }

  /**
   * Like {@link #parsePair(Map, String, Map, String)}, taking the files {@code early} parsed
   * while they were being read (none when null) instead of parsing them again.
   */
  public static Pair parsePair(Map<String, byte[]> before, String beforeLabel,
      Map<String, byte[]> after, String afterLabel, Early early) {
    List<String> beforePaths = claimsPaths(before);
    List<String> afterPaths = claimsPaths(after);
    // The same path with equal bytes on both sides is one file: share its array, so that it is
    // parsed once and recognised as unchanged below by identity.
    Map<String, byte[]> afterShared = new HashMap<>(afterPaths.size() * 4 / 3 + 1);
    for (String rel : afterPaths) {
      byte[] a = after.get(rel);
      byte[] b = before.get(rel);
      afterShared.put(rel, b != null && b != a && Arrays.equals(a, b) ? b : a);
    }
    // One job per distinct (kind of file, content); the kind decides the reader.
    List<Job> jobs = new ArrayList<>();
    Map<byte[], Job> claimJobs = new IdentityHashMap<>();
    Map<byte[], Job> otherJobs = new IdentityHashMap<>();
    if (early != null) {
      early.finish();
      claimJobs.putAll(early.claims);
      otherJobs.putAll(early.others);
    }
    for (String rel : beforePaths) {
      job(rel, beforeLabel, before.get(rel), claimJobs, otherJobs, jobs);
    }
    for (String rel : afterPaths) {
      job(rel, afterLabel, afterShared.get(rel), claimJobs, otherJobs, jobs);
    }
    // Parsing dominates; files are independent, so parse on every core. Only the value is
    // kept, not the text, so the texts of 100,000 files do not outlive their parsing.
    jobs.parallelStream().forEach(Job::run);

    Tree b = assemble(beforePaths, before, beforeLabel, claimJobs, otherJobs);
    Tree a = assemble(afterPaths, afterShared, afterLabel, claimJobs, otherJobs);
    Set<String> changed = new HashSet<>();
    b.claimFiles().forEach((id, rel) -> {
      if (afterShared.get(rel) != before.get(rel)) {
        changed.add(id);
      }
    });
    a.claimFiles().forEach((id, rel) -> {
      if (afterShared.get(rel) != before.get(rel)) {
        changed.add(id);
      }
    });
    return new Pair(b, a, changed);
  }

  private static final class Job {
    final String rel;
    final String shown;
    final byte[] bytes;
    Object result;
    String idProblem; // of a claim's id, checked here once for both sides


    Job(String rel, String shown, byte[] bytes) {
      this.rel = rel;
      this.shown = shown;
      this.bytes = bytes;
    }

    void run() {
      try {
        result = value(parseOne(rel, shown, bytes, null));
        if (result instanceof Claim c) {
          idProblem = Ids.problem(c.id());
        }
      } catch (RuntimeException e) {
        result = e; // a bug, not a bad file: assemble throws it on the caller's thread
      }
    }
  }

  /**
   * Parses claim and source files while the rest are still being read: {@link GitTree} hands
   * each blob over as git sends it ({@link GitTree.BlobSink}), this queues it for a thread of
   * its own, and {@link #parsePair} takes the results instead of parsing those files again.
   * Reading 100,000 blobs from git and parsing them then overlap on two cores. Messages of a
   * file that fails are made again by parsePair, naming the file as the caller wants.
   */
  public static final class Early implements GitTree.BlobSink, AutoCloseable {
    private static final Job END = new Job("", "", new byte[0]);
    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    // Filled on the thread that reads from git, read after finish() on the same thread.
    private final Map<byte[], Job> claims = new IdentityHashMap<>();
    private final Map<byte[], Job> others = new IdentityHashMap<>();
    private final Thread worker;
    private boolean finished;

    public Early() {
      worker = new Thread(this::work, "evident-parse");
      worker.setDaemon(true);
      worker.start();
    }

    @Override
    public void blob(String path, byte[] bytes) {
      if (finished || !isClaimsPath(path) || path.equals(Repository.SETTINGS)) {
        return;
      }
      Map<byte[], Job> byContent = path.endsWith("/source.yaml") ? others : claims;
      if (!byContent.containsKey(bytes)) {
        Job j = new Job(path, path, bytes);
        byContent.put(bytes, j);
        queue.add(j);
      }
    }

    private void work() {
      try {
        for (Job j = queue.take(); j != END; j = queue.take()) {
          j.run();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Parses what is still queued on this thread as well, then waits for the worker. */
    private void finish() {
      if (finished) {
        return;
      }
      finished = true;
      for (Job j = queue.poll(); j != null; j = queue.poll()) {
        j.run();
      }
      queue.add(END);
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EvidentException(EvidentException.Kind.IO, "evident: error: interrupted",
            e);
      }
    }

    /** Stops the worker when parsePair was not reached (reading failed). */
    @Override
    public void close() {
      if (!finished) {
        finished = true;
        queue.clear();
        queue.add(END);
      }
    }
  }

  private static List<String> claimsPaths(Map<String, byte[]> files) {
    List<String> paths = new ArrayList<>(files.size());
    for (String rel : files.keySet()) {
      if (isClaimsPath(rel)) {
        paths.add(rel);
      }
    }
    // Callers give path order already (git's listing, a sorted folder read); this sort only
    // confirms it, in linear time, and makes the order of duplicates and problems the same as
    // parse's for any map.
    paths.sort(null);
    return paths;
  }

  private static void job(String rel, String label, byte[] bytes, Map<byte[], Job> claimJobs,
      Map<byte[], Job> otherJobs, List<Job> jobs) {
    if (rel.equals(Repository.SETTINGS)) {
      return; // one small file per side, parsed as it is assembled
    }
    Map<byte[], Job> byContent = rel.endsWith("/source.yaml") ? otherJobs : claimJobs;
    if (!byContent.containsKey(bytes)) {
      Job j = new Job(rel, label + rel, bytes);
      byContent.put(bytes, j);
      jobs.add(j);
    }
  }

  private static Tree assemble(List<String> paths, Map<String, byte[]> files, String label,
      Map<byte[], Job> claimJobs, Map<byte[], Job> otherJobs) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Source> sources = new TreeMap<>(); // few; sorted as the detector expects
    Map<String, String> claimFiles = new HashMap<>(paths.size() * 4 / 3 + 1);
    List<Claim> claims = new ArrayList<>(paths.size());
    for (String rel : paths) {
      byte[] bytes = files.get(rel);
      Object result;
      String idProblem = null;
      if (rel.equals(Repository.SETTINGS)) {
        result = value(parseOne(rel, label + rel, bytes, null));
      } else {
        Job j = (rel.endsWith("/source.yaml") ? otherJobs : claimJobs).get(bytes);
        result = j.result;
        idProblem = j.idProblem;
        if (result instanceof EvidentException && !j.shown.equals(label + rel)) {
          // the message names this path
          result = value(parseOne(rel, label + rel, bytes, null));
        }
      }
      if (result instanceof RuntimeException e && !(e instanceof EvidentException)) {
        throw e;
      }
      try {
        if (result instanceof EvidentException ex) {
          throw ex;
        }
        Object value = result;
        if (value instanceof Settings) {
          continue;
        }
        if (value instanceof Source s) {
          // the checks Repository.scan makes, so a revision is read by the same rules
          String folder = rel.substring(Repository.CLAIMS.length() + 1, rel.lastIndexOf('/'));
          String problem = Repository.sourceProblem(s, folder);
          if (problem != null) {
            problems.add(Diagnostic.error(label + rel, 1, 1, problem));
          } else if (sources.containsKey(s.id())) {
            problems.add(Diagnostic.error(label + rel, 1, 1, "duplicate source id '" + s.id()
                + "'"));
          } else {
            sources.put(s.id(), s);
          }
          continue;
        }
        Claim c = (Claim) value;
        if (idProblem != null) {
          problems.add(Diagnostic.error(label + rel, 1, 1, "invalid claim id '" + c.id()
              + "': " + idProblem));
          continue;
        }
        String earlier = claimFiles.putIfAbsent(c.id(), rel);
        if (earlier != null) {
          problems.add(Diagnostic.error(label + rel, 1, 1, "duplicate claim id '" + c.id()
              + "' (also in " + label + earlier + ")"));
          continue;
        }
        claims.add(c);
      } catch (EvidentException ex) {
        if (!ex.diagnostics().isEmpty()) {
          problems.addAll(ex.diagnostics());
        } else {
          problems.add(Diagnostic.error(label + rel, 0, 0, ex.getMessage()));
        }
      }
    }
    // Path order is nearly id order (a claim's file is named after it), so this sort is
    // close to linear; consumers that sort by id again (the conflict detector) find it sorted.
    claims.sort((x, y) -> x.id().compareTo(y.id()));
    Map<String, Claim> byId = new LinkedHashMap<>(claims.size() * 4 / 3 + 1);
    for (Claim c : claims) {
      byId.put(c.id(), c);
    }
    return new Tree(byId, claimFiles, sources, problems);
  }

  /** The parsed value of parseOne's answer, or the exception it holds. */
  private static Object value(Object parsed) {
    return parsed instanceof Parsed p ? p.value() : parsed;
  }

  /** A file's text, what it holds, and whether the canonical fast path read it. */
  private record Parsed(String text, Object value, boolean canonical) {}

  /** What a text parsed to, kept by text so a blob identical on both sides is parsed once. */
  private record Read<T>(T value, boolean canonical) {}

  /** A Parsed, or the EvidentException that reading the file raised. */
  private static Object parseOne(String rel, String shown, byte[] bytes, Cache cache) {
    try {
      String text = TextFiles.decode(shown, bytes);
      if (rel.equals(Repository.SETTINGS)) {
        return new Parsed(text, Codec.readSettings(shown, text), false);
      }
      if (rel.endsWith("/source.yaml")) {
        Read<Source> s = cache == null ? null : cache.sources.get(text);
        if (s == null) {
          Source fast = Codec.readCanonicalSource(shown, text);
          s = fast != null ? new Read<>(fast, true)
              : new Read<>(Codec.readSourceStrict(shown, text), false);
          if (cache != null) {
            cache.sources.put(text, s);
          }
        }
        return new Parsed(text, s.value(), s.canonical());
      }
      Read<Claim> c = cache == null ? null : cache.claims.get(text);
      if (c == null) {
        Claim fast = Codec.readCanonicalClaim(shown, text);
        c = fast != null ? new Read<>(fast, true)
            : new Read<>(Codec.readClaimStrict(shown, text), false);
        if (cache != null) {
          cache.claims.put(text, c);
        }
      }
      return new Parsed(text, c.value(), c.canonical());
    } catch (EvidentException e) {
      return e;
    }
  }
}
