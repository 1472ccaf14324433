package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Picks claims out of a claim set by id, unique id prefix (as git accepts short hashes) and/or a
 * {@code --where} query. A prefix without a hyphen also matches the start of an id's last part,
 * the quote hash, so {@code 4f2a} finds {@code chen-2025-ecm-4f2a9c}. Every bad id is reported at once, so a bulk change aborts before
 * anything is written.
 */
public final class ClaimSelector {
  /** How many candidates an ambiguous prefix lists before "and N more". */
  static final int MAX_CANDIDATES = 10;

  private final ClaimSet set;
  private final NavigableMap<String, Claim> sorted;

  public ClaimSelector(ClaimSet set) {
    this.set = set;
    this.sorted = new TreeMap<>(set.claims());
  }

  /**
   * The id that {@code idOrPrefix} names: an exact id wins, else the one id that starts with it
   * (or whose hash part does).
   *
   * @throws EvidentException USAGE when no claim or more than one claim matches
   */
  public String resolve(String idOrPrefix) {
    Diagnostic problem = problem(idOrPrefix);
    if (problem != null) {
      throw new EvidentException(EvidentException.Kind.USAGE, problem.format(), List.of(problem),
          null);
    }
    return match(idOrPrefix).get(0);
  }

  /**
   * The claims named by {@code ids} (each an id or a unique prefix) and matching {@code where};
   * with no ids, every claim matching {@code where}. Sorted by id, without duplicates.
   *
   * @throws EvidentException USAGE listing every id that cannot be resolved, or a query error
   */
  public List<Claim> select(List<String> ids, String where) {
    Query query = where == null ? Query.all() : Query.parse(where);
    List<Claim> base;
    if (ids == null || ids.isEmpty()) {
      base = set.claimList();
    } else {
      List<Diagnostic> problems = new ArrayList<>();
      Map<String, Claim> named = new TreeMap<>();
      for (String id : ids) {
        Diagnostic p = problem(id);
        if (p != null) {
          problems.add(p);
        } else {
          String full = match(id).get(0);
          named.put(full, set.claims().get(full));
        }
      }
      if (!problems.isEmpty()) {
        throw new EvidentException(EvidentException.Kind.USAGE,
            problems.size() == 1 ? problems.get(0).format()
                : problems.size() + " ids could not be resolved; nothing was changed",
            problems, null);
      }
      base = List.copyOf(named.values());
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : base) {
      if (query.test(c, set.sources().get(c.source()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Convenience: {@link #select} with ids only. */
  public List<Claim> claims(List<String> ids) {
    return select(ids, null);
  }

  private List<String> match(String prefix) {
    if (set.claims().containsKey(prefix)) {
      return List.of(prefix);
    }
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    // sorted by id, so the ids starting with the prefix form one run
    for (String id : sorted.tailMap(prefix, true).keySet()) {
      if (!id.startsWith(prefix)) {
        break;
      }
      out.add(id);
    }
    if (prefix.indexOf('-') < 0) {
      for (String id : sorted.keySet()) {
        if (id.startsWith(prefix, id.lastIndexOf('-') + 1)) {
          out.add(id);
        }
      }
    }
    return List.copyOf(out);
  }

  private Diagnostic problem(String arg) {
    if (arg == null || arg.isBlank()) {
      return Diagnostic.error("evident", 0, 0, "an empty string is not a claim id");
    }
    List<String> found = match(arg);
    if (found.size() == 1) {
      return null;
    }
    if (found.isEmpty()) {
      return Diagnostic.error(arg, 0, 0, "no claim has this id or id prefix");
    }
    StringBuilder sb = new StringBuilder("id prefix is ambiguous; it matches ")
        .append(found.size()).append(" claims: ");
    int n = Math.min(found.size(), MAX_CANDIDATES);
    sb.append(String.join(", ", found.subList(0, n)));
    if (found.size() > n) {
      sb.append(", and ").append(found.size() - n).append(" more");
    }
    return Diagnostic.error(arg, 0, 0, sb.toString());
  }

  /** The claims an ambiguous or unique prefix matches, for completion and messages. */
  public List<String> candidates(String prefix) {
    return match(prefix);
  }
}
