package dev.evident.export;

import dev.evident.model.Claim;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The claims an export covers: a claim set seen through a {@code --where} filter, in claim id
 * order. It holds no copy of the claims, so renderers can pass over it more than once without
 * memory growing with the number of claims.
 */
public final class Selection {
  private final Collection<Claim> all;
  private final Map<String, Source> sources;
  private final Settings settings;
  private final Query where;

  public Selection(Collection<Claim> claimsInIdOrder, Map<String, Source> sources,
      Settings settings, Query where) {
    this.all = Objects.requireNonNull(claimsInIdOrder, "claims");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.settings = settings == null ? Settings.defaults() : settings;
    this.where = where == null ? Query.all() : where;
  }

  /** Every claim of {@code set} that {@code where} matches. */
  public static Selection of(ClaimSet set, Query where) {
    return new Selection(set.claims().values(), set.sources(), set.settings(), where);
  }

  /** Calls {@code action} with each selected claim and its source (null if the source is gone). */
  public void forEach(BiConsumer<Claim, Source> action) {
    for (Claim c : all) {
      Source s = sources.get(c.source());
      if (where.test(c, s)) {
        action.accept(c, s);
      }
    }
  }

  /** Every claim of the set, selected or not, for facts that span the whole review (links). */
  public Collection<Claim> allClaims() {
    return all;
  }

  public Source source(String id) {
    return sources.get(id);
  }

  public Settings settings() {
    return settings;
  }

  /**
   * The sources to export as references, in id order: every source when every claim is
   * selected, else those with a selected claim or that match the expression themselves.
   */
  public java.util.List<Source> selectedSources() {
    java.util.TreeMap<String, Source> out = new java.util.TreeMap<>();
    if (where.text().isEmpty()) {
      out.putAll(sources);
    } else {
      forEach((c, s) -> {
        if (s != null) {
          out.put(s.id(), s);
        }
      });
      for (Source s : sources.values()) {
        if (where.test(null, s)) {
          out.put(s.id(), s);
        }
      }
    }
    return java.util.List.copyOf(out.values());
  }

  /** The {@code --where} expression as given; empty when every claim is selected. */
  public String whereText() {
    return where.text();
  }
}
