package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.ProblemCodes;
import dev.evident.model.Settings;
import dev.evident.model.Severity;
import dev.evident.model.Source;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review repository on disk: {@code seeds/} and {@code claims/} under one root. Reads the
 * whole claim set (reporting every bad file, not just the first) and writes through
 * {@link WritePlan}s while holding the repository lock.
 */
public final class Repository {
  public static final String CLAIMS = "claims";
  public static final String SEEDS = "seeds";
  public static final String SETTINGS = "claims/evident.yaml";

  private final Path root;
  private final FileSystemOps fs;

  public Repository(Path root) {
    this(root, FileSystemOps.REAL);
  }

  public Repository(Path root, FileSystemOps fs) {
    this.root = root.toAbsolutePath().normalize();
    this.fs = fs;
  }

  public Path root() {
    return root;
  }

  public FileSystemOps fs() {
    return fs;
  }

  public Path path(String relative) {
    return ClaimSet.resolve(root, relative);
  }

  /** The claim set and every problem found reading it; bad files are left out of the set. */
  public record Scan(ClaimSet set, List<Diagnostic> problems) {
    public Scan {
      problems = List.copyOf(problems);
    }
  }

  /** Reads everything and throws a DATA exception listing every problem, if any. */
  public ClaimSet load() {
    Scan s = scan();
    if (!s.problems().isEmpty()) {
      List<Diagnostic> sorted = new ArrayList<>(s.problems());
      sorted.sort(Diagnostic.ORDER);
      throw new EvidentException(EvidentException.Kind.DATA,
          sorted.size() + " invalid file" + (sorted.size() == 1 ? "" : "s") + " under claims/",
          sorted, null);
    }
    return s.set();
  }

  /** Reads everything under claims/, collecting problems instead of stopping at the first. */
  public Scan scan() {
    checkClaimsDir();
    List<Diagnostic> problems = new ArrayList<>();
    // Insertion (path) order, nearly id order: ClaimSet sorts each map once, which is close to
    // linear on such input, where a TreeMap compared long common path prefixes on every put.
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    java.util.Set<String> canonical = new java.util.HashSet<>();
    Settings settings = Settings.defaults();
    boolean settingsPresent = false;
    Path settingsFile = path(SETTINGS);
    if (Files.isRegularFile(settingsFile)) {
      settingsPresent = true;
      try {
        String text = read(SETTINGS);
        texts.put(SETTINGS, text);
        settings = Codec.readSettings(SETTINGS, text);
      } catch (EvidentException e) {
        problems.addAll(diagnostics(SETTINGS, e));
      }
    }
    Map<String, Source> sources = new java.util.LinkedHashMap<>();
    Map<String, String> sourceFiles = new java.util.LinkedHashMap<>();
    Map<String, Claim> claims = new java.util.LinkedHashMap<>();
    Map<String, String> claimFiles = new java.util.LinkedHashMap<>();
    Map<String, String> firstSeen = new HashMap<>();
    // Listing first: each entry is a file's relative path, or the Diagnostic for a link found
    // in its place, so that problems keep their order.
    List<Object> entries = new ArrayList<>();
    Path claimsDir = path(CLAIMS);
    if (Files.isDirectory(claimsDir)) {
      List<Path> folders = sorted(claimsDir);
      // Listing a folder is a readdir and one lstat per file; a large review has thousands of
      // folders, so they are listed on every core and their entries joined in folder order.
      List<List<Object>> listed = (folders.size() >= PARALLEL_FROM / 10
          ? folders.parallelStream() : folders.stream()).map(this::listFolder).toList();
      for (List<Object> l : listed) {
        entries.addAll(l);
      }
    }
    // Reading and parsing are independent per file and dominate a large review: do them on
    // every core, then assemble in listing order so ids, duplicates and problems come out the
    // same as a sequential read. A small review stays on this thread (no pool start-up cost).
    List<Object> parsed = (entries.size() >= PARALLEL_FROM ? entries.parallelStream()
        : entries.stream()).map(e -> e instanceof String rel ? readOne(rel) : e).toList();
    for (int i = 0; i < entries.size(); i++) {
      Object result = parsed.get(i);
      if (result instanceof Diagnostic d) {
        problems.add(d);
        continue;
      }
      String rel = (String) entries.get(i);
      String folder = rel.substring(CLAIMS.length() + 1, rel.lastIndexOf('/'));
      if (result instanceof EvidentException e) {
        problems.addAll(diagnostics(rel, e));
        continue;
      }
      Loaded loaded = (Loaded) result;
      texts.put(rel, loaded.text());
      if (loaded.canonical()) {
        canonical.add(rel);
      }
      if (loaded.value() instanceof EvidentException e) {
        problems.addAll(diagnostics(rel, e));
      } else if (loaded.value() instanceof Source s) {
        String earlier = sourceFiles.putIfAbsent(s.id(), rel);
        if (earlier != null) {
          problems.add(coded(rel, ProblemCodes.DUPLICATE_ID, "duplicate source id '"
              + s.id() + "' (also in " + earlier + ")"));
          continue;
        }
        String problem = sourceProblem(s, folder);
        if (problem != null) {
          sourceFiles.remove(s.id());
          problems.add(coded(rel, ProblemCodes.INVALID_VALUE, problem));
          continue;
        }
        sources.put(s.id(), s);
      } else {
        Claim c = (Claim) loaded.value();
        String idProblem = Ids.problem(c.id());
        if (idProblem != null) {
          problems.add(coded(rel, ProblemCodes.INVALID_VALUE, "invalid claim id '" + c.id()
              + "': " + idProblem));
          continue;
        }
        String sourceProblem = Ids.problem(c.source());
        if (sourceProblem != null) {
          problems.add(coded(rel, ProblemCodes.INVALID_VALUE, "invalid source id '"
              + c.source() + "': " + sourceProblem));
          continue;
        }
        String earlier = firstSeen.putIfAbsent(c.id(), rel);
        if (earlier != null) {
          problems.add(coded(rel, ProblemCodes.DUPLICATE_ID, "duplicate claim id '" + c.id()
              + "' (also in " + earlier + ")"));
          continue;
        }
        claims.put(c.id(), c);
        claimFiles.put(c.id(), rel);
      }
    }
    ClaimSet set = new ClaimSet(settings, settingsPresent, sources, claims, claimFiles,
        sourceFiles, texts, canonical);
    return new Scan(set, problems);
  }

  /** The entries of one folder of claims/ in name order (see {@link #scan}). */
  private List<Object> listFolder(Path dir) {
    List<Object> entries = new ArrayList<>();
    if (hidden(dir)) {
      return entries;
    }
    String folder = dir.getFileName().toString();
    BasicFileAttributes dirAttributes = attributes(dir);
    if (dirAttributes != null && dirAttributes.isSymbolicLink()) {
      // a linked folder could send writes anywhere; never follow it, and say so
      entries.add(Diagnostic.error(CLAIMS + "/" + folder, 0, 0, "is a symbolic link; "
          + "evident does not follow links inside claims/ (replace it with a real folder)"));
      return entries;
    }
    if (dirAttributes == null || !dirAttributes.isDirectory()) {
      return entries;
    }
    for (Path file : sorted(dir)) {
      String name = file.getFileName().toString();
      if (hidden(file) || !name.endsWith(".yaml")) {
        continue;
      }
      String rel = CLAIMS + "/" + folder + "/" + name;
      BasicFileAttributes a = attributes(file); // one lstat for both questions
      if (a != null && a.isSymbolicLink()) {
        entries.add(Diagnostic.error(rel, 0, 0, "is a symbolic link; evident does not "
            + "follow links inside claims/ (replace it with the file itself)"));
        continue;
      }
      if (a == null || !a.isRegularFile()) {
        continue;
      }
      entries.add(rel);
    }
    return entries;
  }

  /** A path's own attributes (a link is not followed), or null if it vanished. */
  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /** Below this many files a scan reads on the calling thread. */
  private static final int PARALLEL_FROM = 200;

  private record Loaded(String text, Object value, boolean canonical) {}

  /**
   * A file's text and its Source, Claim or the EvidentException parsing raised; or the
   * EvidentException reading it raised.
   */
  private Object readOne(String rel) {
    String text;
    try {
      text = read(rel);
    } catch (EvidentException e) {
      return e;
    }
    try {
      boolean isSource = rel.endsWith("/source.yaml");
      Object fast = isSource ? Codec.readCanonicalSource(rel, text)
          : Codec.readCanonicalClaim(rel, text);
      if (fast != null) {
        return new Loaded(text, fast, true);
      }
      return new Loaded(text, isSource ? Codec.readSourceStrict(rel, text)
          : Codec.readClaimStrict(rel, text), false);
    } catch (EvidentException e) {
      return new Loaded(text, e, false);
    }
  }

  /**
   * Why a source record may not be used, or null. Its id names a folder evident writes into
   * and its seed path is a file evident reads, so both must stay inside the repository.
   */
  /**
   * What is wrong with a source record in its folder, or null: the one check of source ids,
   * folders and seed paths, for the working tree and for a git revision alike.
   */
  static String sourceProblem(Source s, String folder) {
    String idProblem = Ids.problem(s.id());
    if (idProblem != null) {
      return "invalid source id '" + s.id() + "': " + idProblem;
    }
    if (!s.id().equals(folder)) {
      return "source id '" + s.id() + "' does not match its folder '" + folder + "'";
    }
    String seed = s.seed().file();
    if (!safeRelative(seed)) {
      return "seed file '" + seed + "' is not a relative path inside the repository";
    }
    return null;
  }

  /** A '/'-separated relative path with no empty, '.' or '..' segment and no drive or root. */
  static boolean safeRelative(String rel) {
    if (rel == null || rel.isEmpty() || rel.startsWith("/") || rel.contains("\\")
        || rel.contains(":")) {
      return false;
    }
    for (String part : rel.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static List<Diagnostic> diagnostics(String rel, EvidentException e) {
    if (!e.diagnostics().isEmpty()) {
      return e.diagnostics();
    }
    String code = e.kind() == EvidentException.Kind.IO ? ProblemCodes.UNREADABLE
        : ProblemCodes.INVALID_YAML;
    String m = e.getMessage();
    String prefix = rel + ": error: ";
    return List.of(coded(rel, code, m.startsWith(prefix) ? m.substring(prefix.length()) : m));
  }

  private static Diagnostic coded(String rel, String code, String message) {
    return new Diagnostic(rel, 1, 1, Severity.ERROR, code, message, null);
  }

  /** Reads a repository file as strict UTF-8 text, refusing one too big before reading it. */
  public String read(String relative) {
    try {
      Path file = path(relative);
      long size = Files.size(file);
      if (size > YamlReader.MAX_FILE_BYTES) {
        throw EvidentException.data(Diagnostic.error(relative, 0, 0, "file is " + size
            + " bytes, over the " + (YamlReader.MAX_FILE_BYTES >> 20) + " MiB limit for a "
            + "claim, source or settings file"));
      }
      byte[] bytes = Files.readAllBytes(file);
      return TextFiles.decode(relative, bytes);
    } catch (NoSuchFileException e) {
      throw EvidentException.data(new Diagnostic(relative, 0, 0, Severity.ERROR,
          ProblemCodes.UNREADABLE, "file not found", null));
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO,
          relative + ": error: cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Refuses a claims/ that is a symbolic link leading outside the repository, or that is not
   * a folder at all.
   */
  public void checkClaimsDir() {
    Path claimsDir = path(CLAIMS);
    if (Files.isSymbolicLink(claimsDir)) {
      try {
        Path real = claimsDir.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
          throw new EvidentException(EvidentException.Kind.DATA, CLAIMS
              + ": error: is a symbolic link to " + real
              + ", outside the repository; evident will not write there");
        }
      } catch (IOException e) {
        throw new EvidentException(EvidentException.Kind.DATA,
            CLAIMS + ": error: is a broken symbolic link");
      }
    }
    if (Files.exists(claimsDir) && !Files.isDirectory(claimsDir)) {
      throw new EvidentException(EvidentException.Kind.DATA,
          CLAIMS + ": error: is not a folder");
    }
  }

  /**
   * Refuses a write target outside the repository, or one that would pass through (or replace)
   * a symbolic link inside it: whatever id or path reached the plan, nothing lands elsewhere.
   * (claims/ itself may be a link within the repository; {@link #checkClaimsDir} sees to it.)
   */
  void checkTarget(Path target) {
    Path claimsDir = path(CLAIMS).normalize();
    Path t = target.toAbsolutePath().normalize();
    String shown = t.startsWith(root) ? root.relativize(t).toString()
        .replace(java.io.File.separatorChar, '/') : t.toString();
    if (!t.startsWith(root) || t.equals(root) || t.equals(claimsDir)) {
      throw new EvidentException(EvidentException.Kind.DATA, shown
          + ": error: is outside the repository; evident will not write there; nothing was "
          + "changed");
    }
    Path base = t.startsWith(claimsDir) ? claimsDir : root;
    Path p = base;
    for (Path part : base.relativize(t)) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        throw new EvidentException(EvidentException.Kind.DATA, shown + ": error: "
            + root.relativize(p).toString().replace(java.io.File.separatorChar, '/')
            + " is a symbolic link; evident does not write through links; nothing was changed");
      }
    }
  }

  /** Applies a write plan under the repository lock. */
  public void write(WritePlan plan) {
    if (plan.isEmpty()) {
      return;
    }
    checkClaimsDir();
    for (Path target : plan.targets()) {
      checkTarget(target);
    }
    try (RepositoryLock lock = RepositoryLock.acquire(path(CLAIMS))) {
      // Under the lock no other writer is at work, so a temporary file here is a leftover of
      // a run that was killed: every write removes them, not only parse.
      removeLeftovers();
      for (var e : plan.expectations().entrySet()) {
        String now = currentText(e.getKey());
        if (!java.util.Objects.equals(now, e.getValue().orElse(null))) {
          String rel = root.relativize(e.getKey()).toString()
              .replace(java.io.File.separatorChar, '/');
          throw new EvidentException(EvidentException.Kind.IO, rel + ": error: "
              + (now == null ? "was removed" : e.getValue().isEmpty() ? "was created"
                  : "was changed") + " by someone else while evident was working; nothing was "
              + "changed, run the command again");
        }
      }
      plan.apply(fs);
    }
  }

  /** A file's text as {@link #scan()} would read it, or null when it does not exist. */
  private String currentText(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return TextFiles.decode(file.toString(), Files.readAllBytes(file));
    } catch (IOException | EvidentException e) {
      return "\u0000unreadable";
    }
  }

  /** Leftover temporary files from an interrupted run, relative to the root. */
  public List<String> leftovers() {
    List<String> out = new ArrayList<>();
    Path claimsDir = path(CLAIMS);
    if (!Files.isDirectory(claimsDir)) {
      return out;
    }
    collectLeftovers(claimsDir, CLAIMS, out);
    for (Path dir : sorted(claimsDir)) {
      if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        collectLeftovers(dir, CLAIMS + "/" + dir.getFileName(), out);
      }
    }
    return out;
  }

  private void collectLeftovers(Path dir, String rel, List<String> out) {
    for (Path f : sorted(dir)) {
      String n = f.getFileName().toString();
      if (n.startsWith(WritePlan.TEMP_PREFIX) && n.endsWith(".tmp")) {
        out.add(rel + "/" + n);
      }
    }
  }

  /** Removes leftover temporary files; returns what was removed. */
  public List<String> removeLeftovers() {
    List<String> found = leftovers();
    for (String rel : found) {
      try {
        fs.delete(path(rel));
      } catch (IOException e) {
        throw new EvidentException(EvidentException.Kind.IO,
            rel + ": error: cannot remove leftover temporary file (" + e.getMessage() + ")", e);
      }
    }
    return found;
  }

  static List<Path> sorted(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        out.add(p);
      }
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO,
          dir + ": error: cannot list folder (" + e.getMessage() + ")", e);
    }
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }
}
