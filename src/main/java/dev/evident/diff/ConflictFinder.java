package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Source;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Finds conflicting pairs in one claim set. The diff asks it about both sides and reports the
 * pairs that exist only after the change. {@link SimpleConflictFinder} is the default; the full
 * detector of {@code dev.evident.check} replaces it by implementing this interface.
 */
@FunctionalInterface
public interface ConflictFinder {
  /**
   * Every conflict among {@code claims}. Must depend only on the claims given (the same set
   * gives the same answer), since the diff compares the answers for two sets.
   */
  Set<Conflict> find(Collection<Claim> claims);

  /**
   * Every conflict among {@code claims} of a side whose sources are {@code sources} (a finder
   * that tells papers apart by DOI or title needs them). By default the sources are ignored.
   */
  default Set<Conflict> find(Collection<Claim> claims, Map<String, Source> sources) {
    return find(claims);
  }

  /**
   * The conflicts among {@code claims} that involve at least one claim whose id is in
   * {@code focus}. By default the full answer, filtered; a finder that can compare only the
   * pairs touching the focus should, so a diff costs what the change costs.
   */
  default Set<Conflict> find(Collection<Claim> claims, Map<String, Source> sources,
      Set<String> focus) {
    Set<Conflict> out = new java.util.TreeSet<>();
    for (Conflict c : find(claims, sources)) {
      if (focus.contains(c.first()) || focus.contains(c.second())) {
        out.add(c);
      }
    }
    return out;
  }
}
