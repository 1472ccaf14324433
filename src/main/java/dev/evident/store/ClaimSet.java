package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everything under {@code claims/}: settings, sources and claims (sorted by id), with the file
 * each came from (relative to the repository, '/'-separated) and its exact text.
 */
public record ClaimSet(Settings settings, boolean settingsFilePresent, Map<String, Source> sources,
    Map<String, Claim> claims, Map<String, String> claimFiles, Map<String, String> sourceFiles,
    Map<String, String> texts) {
  public ClaimSet {
    sources = Collections.unmodifiableMap(new java.util.TreeMap<>(sources));
    claims = Collections.unmodifiableMap(new java.util.TreeMap<>(claims));
    claimFiles = Collections.unmodifiableMap(new java.util.TreeMap<>(claimFiles));
    sourceFiles = Collections.unmodifiableMap(new java.util.TreeMap<>(sourceFiles));
    texts = Collections.unmodifiableMap(new java.util.TreeMap<>(texts));
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
