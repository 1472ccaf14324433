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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
    String[] parts = rel.split("/", -1);
    return parts.length == 3 && parts[0].equals(Repository.CLAIMS)
        && !parts[1].isEmpty() && !parts[1].startsWith(".")
        && !parts[2].startsWith(".") && parts[2].endsWith(".yaml");
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
          sources.put(s.id(), s);
          sourceFiles.put(s.id(), rel);
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
        Read<Source> s = cache.sources.get(text);
        if (s == null) {
          Source fast = Codec.readCanonicalSource(shown, text);
          s = fast != null ? new Read<>(fast, true)
              : new Read<>(Codec.readSourceStrict(shown, text), false);
          cache.sources.put(text, s);
        }
        return new Parsed(text, s.value(), s.canonical());
      }
      Read<Claim> c = cache.claims.get(text);
      if (c == null) {
        Claim fast = Codec.readCanonicalClaim(shown, text);
        c = fast != null ? new Read<>(fast, true)
            : new Read<>(Codec.readClaimStrict(shown, text), false);
        cache.claims.put(text, c);
      }
      return new Parsed(text, c.value(), c.canonical());
    } catch (EvidentException e) {
      return e;
    }
  }
}
