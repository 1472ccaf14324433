package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything under {@code claims/}: settings, sources and claims (sorted by id), with the file
 * each came from (relative to the repository, '/'-separated) and its exact text. {@code
 * canonical} holds the paths known to be exactly in the form evident writes (the reader proved
 * it while reading); a path not in it may still be canonical.
 */
public record ClaimSet(Settings settings, boolean settingsFilePresent, Map<String, Source> sources,
    Map<String, Claim> claims, Map<String, String> claimFiles, Map<String, String> sourceFiles,
    Map<String, String> texts, Set<String> canonical) {
  /** A set with no file known to be canonical. */
  public ClaimSet(Settings settings, boolean settingsFilePresent, Map<String, Source> sources,
      Map<String, Claim> claims, Map<String, String> claimFiles, Map<String, String> sourceFiles,
      Map<String, String> texts) {
    this(settings, settingsFilePresent, sources, claims, claimFiles, sourceFiles, texts,
        Set.of());
  }

  public ClaimSet {
    canonical = Collections.unmodifiableSet(new java.util.HashSet<>(canonical));
    sources = sorted(sources);
    claims = sorted(claims);
    claimFiles = sorted(claimFiles);
    sourceFiles = sorted(sourceFiles);
    texts = sorted(texts);
  }

  /**
   * An unmodifiable copy that iterates in key order but looks keys up by hash: lint, diff and
   * export look up ids and paths once per claim, and a sorted tree's string comparisons were
   * a tenth of lint's time at 100,000 claims.
   */
  private static <V> Map<String, V> sorted(Map<String, V> map) {
    Map<String, V> copy = new java.util.LinkedHashMap<>(Math.max(16, map.size() * 4 / 3 + 1));
    if (map instanceof java.util.SortedMap<String, V> s && s.comparator() == null) {
      copy.putAll(map); // already in natural key order
    } else {
      String[] keys = map.keySet().toArray(new String[0]);
      java.util.Arrays.sort(keys);
      for (String k : keys) {
        copy.put(k, map.get(k));
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  public List<Claim> claimList() {
    return List.copyOf(claims.values());
  }

  /**
   * Where the canonical file of a claim lives, relative to the repository root. Ids are
   * checked here too, so no id can name a file outside its source's folder.
   */
  public static String claimPath(String sourceId, String claimId) {
    return "claims/" + checked(sourceId) + "/" + checked(claimId) + ".yaml";
  }

  /** Where a source's record lives, relative to the repository root. */
  public static String sourcePath(String sourceId) {
    return "claims/" + checked(sourceId) + "/source.yaml";
  }

  private static String checked(String id) {
    String problem = dev.evident.model.Ids.problem(id);
    if (problem != null) {
      throw dev.evident.model.EvidentException.usage("invalid id '" + id + "': " + problem);
    }
    return id;
  }

  static Path resolve(Path root, String relative) {
    return root.resolve(relative.replace('/', java.io.File.separatorChar));
  }
}
