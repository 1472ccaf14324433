package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Evidence;
import dev.evident.model.Exemption;
import dev.evident.model.Link;
import dev.evident.model.Locator;
import dev.evident.model.Source;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import dev.evident.store.ClaimTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two parsed claim sets by claim id. Works on model objects, never on text, so key
 * order, quoting and whitespace in the files make no difference.
 */
public final class Differ {
  private final ConflictFinder conflicts;

  public Differ(ConflictFinder conflicts) {
    this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
  }

  /**
   * The difference from {@code before} to {@code after}, limited to claims {@code where}
   * matches on either side, and to new conflicts one of whose claims it matches.
   */
  public DiffResult compare(String fromLabel, ClaimSet before, String toLabel, ClaimSet after,
      Query where) {
    return compare(fromLabel, tree(before), toLabel, tree(after), where, null);
  }

  private static ClaimTree.Tree tree(ClaimSet set) {
    return new ClaimTree.Tree(set.claims(), set.claimFiles(), set.sources(), List.of());
  }

  /**
   * Like {@link #compare(String, ClaimSet, String, ClaimSet, Query)}, when the caller knows
   * which claims can have changed: {@code changed} holds every id whose claim or file may
   * differ between the sides (null: any may), and a claim whose id is not in it must be equal,
   * in the same file, on both sides ({@link ClaimTree.Pair#changed()}). Only those are compared
   * field by field, so a small change to a large review costs what the change costs.
   */
  DiffResult compare(String fromLabel, ClaimTree.Tree before, String toLabel,
      ClaimTree.Tree after, Query where, Set<String> changed) {
    Set<String> ids;
    if (changed == null) {
      ids = new TreeSet<>(before.claims().keySet());
      ids.addAll(after.claims().keySet());
    } else {
      ids = new TreeSet<>(changed);
    }
    List<Change> changes = new ArrayList<>();
    Map<String, Source> sources = new TreeMap<>();
    for (String id : ids) {
      Claim b = before.claims().get(id);
      Claim a = after.claims().get(id);
      String pb = before.claimFiles().get(id);
      String pa = after.claimFiles().get(id);
      if (a != null && b != null && a.equals(b) && pa.equals(pb)) {
        continue;
      }
      if (!matches(where, b, before, a, after)) {
        continue;
      }
      if (b == null) {
        changes.add(new Change.Added(a, pa));
      } else if (a == null) {
        changes.add(new Change.Removed(b, pb));
      } else {
        changes.add(new Change.Modified(b, a, pb, pa, fields(b, a)));
      }
      addSource(sources, a == null ? b : a, before, after);
    }

    // A conflict the change introduces involves a claim the change touched: one added,
    // removed, edited or moved, or one whose source record changed (paper identity decides
    // duplicate against corroboration). Asking only about those keeps a diff as cheap as the
    // change, however large the review.
    Set<String> changedSources = changedSources(before, after);
    Set<String> touched = touched(ids, before, after, changedSources);
    if (changed != null && !changedSources.isEmpty()) {
      // The claims left out of ids are unchanged, but one whose source record changed is
      // touched all the same (paper identity decides duplicate against corroboration).
      for (Claim c : after.claims().values()) {
        if (!ids.contains(c.id()) && changedSources.contains(c.source())) {
          touched.add(c.id());
        }
      }
    }
    touched = new HashSet<>(touched); // the finder asks it about every claim: hash, not tree
    Set<Conflict> old = new HashSet<>(
        conflicts.find(before.claims().values(), before.sources(), touched));
    Map<String, Claim> named = new TreeMap<>();
    List<Conflict> fresh = new ArrayList<>();
    for (Conflict c : new TreeSet<>(
        conflicts.find(after.claims().values(), after.sources(), touched))) {
      if (old.contains(c)) {
        continue;
      }
      Claim first = after.claims().get(c.first());
      Claim second = after.claims().get(c.second());
      if (first == null || second == null) {
        continue;
      }
      if (!matches(where, before.claims().get(c.first()), before, first, after)
          && !matches(where, before.claims().get(c.second()), before, second, after)) {
        continue;
      }
      fresh.add(c);
      named.put(first.id(), first);
      named.put(second.id(), second);
      addSource(sources, first, before, after);
      addSource(sources, second, before, after);
    }
    return new DiffResult(fromLabel, toLabel, changes, fresh, named, sources,
        sourceChanges(before.sources(), after.sources()));
  }

  /** Source records added, removed or changed between the sides, by id. */
  static List<DiffResult.SourceChange> sourceChanges(Map<String, Source> before,
      Map<String, Source> after) {
    List<DiffResult.SourceChange> out = new ArrayList<>();
    java.util.TreeSet<String> ids = new java.util.TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      Source b = before.get(id);
      Source a = after.get(id);
      if (b == null) {
        out.add(new DiffResult.SourceChange(id, "added", List.of()));
      } else if (a == null) {
        out.add(new DiffResult.SourceChange(id, "removed", List.of()));
      } else if (!a.equals(b)) {
        List<String> fields = new ArrayList<>();
        for (String f : dev.evident.model.SourceFields.NAMES) {
          if (!java.util.Objects.equals(dev.evident.model.SourceFields.get(b, f),
              dev.evident.model.SourceFields.get(a, f))) {
            fields.add(f);
          }
        }
        if (!a.seed().file().equals(b.seed().file())) {
          fields.add("seed file");
        }
        if (!a.seed().sha256().equals(b.seed().sha256())) {
          fields.add("seed content");
        }
        if (!a.edited().equals(b.edited())) {
          fields.add("corrections");
        }
        if (fields.isEmpty()) {
          fields.add("other fields");
        }
        out.add(new DiffResult.SourceChange(id, "changed", fields));
      }
    }
    return out;
  }

  private static Set<String> changedSources(ClaimTree.Tree before, ClaimTree.Tree after) {
    Set<String> changedSources = new TreeSet<>();
    Set<String> sourceIds = new HashSet<>(before.sources().keySet());
    sourceIds.addAll(after.sources().keySet());
    for (String s : sourceIds) {
      if (!java.util.Objects.equals(before.sources().get(s), after.sources().get(s))) {
        changedSources.add(s);
      }
    }
    return changedSources;
  }

  private static Set<String> touched(Set<String> ids, ClaimTree.Tree before,
      ClaimTree.Tree after, Set<String> changedSources) {
    Set<String> out = new TreeSet<>();
    for (String id : ids) {
      Claim b = before.claims().get(id);
      Claim a = after.claims().get(id);
      boolean same = a != null && b != null && a.equals(b)
          && before.claimFiles().get(id).equals(after.claimFiles().get(id));
      if (!same || changedSources.contains((a != null ? a : b).source())) {
        out.add(id);
      }
    }
    return out;
  }

  private static void addSource(Map<String, Source> out, Claim c, ClaimTree.Tree before,
      ClaimTree.Tree after) {
    Source s = after.sources().get(c.source());
    if (s == null) {
      s = before.sources().get(c.source());
    }
    if (s != null) {
      out.put(s.id(), s);
    }
  }

  private static boolean matches(Query where, Claim b, ClaimTree.Tree before, Claim a,
      ClaimTree.Tree after) {
    return (b != null && where.test(b, before.sources().get(b.source())))
        || (a != null && where.test(a, after.sources().get(a.source())));
  }

  /** The changed fields of one claim, in claim-file order. */
  static List<FieldChange> fields(Claim b, Claim a) {
    List<FieldChange> out = new ArrayList<>();
    if (!b.source().equals(a.source())) {
      out.add(new FieldChange.Other("source", b.source(), a.source()));
    }
    if (!b.statement().equals(a.statement())) {
      out.add(new FieldChange.Statement(b.statement(), a.statement()));
    }
    if (!b.quote().equals(a.quote())) {
      out.add(new FieldChange.Other("quote", b.quote(), a.quote()));
    }
    if (!b.locator().equals(a.locator())) {
      out.add(new FieldChange.Other("locator", locator(b.locator()), locator(a.locator())));
    }
    if (!b.mechanism().equals(a.mechanism())) {
      out.add(new FieldChange.Triple(b.mechanism(), a.mechanism()));
    }
    Evidence eb = b.evidence();
    Evidence ea = a.evidence();
    if (eb.effectiveLevel() != ea.effectiveLevel() || eb.level() != ea.level()
        || !Objects.equals(eb.override(), ea.override())) {
      out.add(new FieldChange.Level(eb.effectiveLevel(), ea.effectiveLevel(), eb.override(),
          ea.override()));
    }
    if (eb.design() != ea.design() || !Objects.equals(eb.eco(), ea.eco())
        || !eb.basis().equals(ea.basis())) {
      out.add(new FieldChange.Other("evidence", basis(eb), basis(ea)));
    }
    if (!b.tags().equals(a.tags())) {
      Set<String> added = new TreeSet<>(a.tags());
      added.removeAll(b.tags());
      Set<String> removed = new TreeSet<>(b.tags());
      removed.removeAll(a.tags());
      if (added.isEmpty() && removed.isEmpty()) {
        out.add(new FieldChange.Other("tags", String.join(", ", b.tags()),
            String.join(", ", a.tags())));
      } else {
        out.add(new FieldChange.Tags(List.copyOf(added), List.copyOf(removed)));
      }
    }
    if (b.status() != a.status() || !Objects.equals(b.decision(), a.decision())) {
      out.add(new FieldChange.StatusChange(b.status(), a.status(), b.decision(),
          a.decision()));
    }
    if (!b.links().equals(a.links())) {
      Set<Link> added = new LinkedHashSet<>(a.links());
      b.links().forEach(added::remove);
      Set<Link> removed = new LinkedHashSet<>(b.links());
      a.links().forEach(removed::remove);
      out.add(new FieldChange.Links(List.copyOf(added), List.copyOf(removed)));
    }
    if (!b.note().equals(a.note())) {
      out.add(new FieldChange.Note(b.note(), a.note()));
    }
    // "edited" records which fields a curator changed; shown only when no such field change
    // explains it, so that every re-wording does not also list bookkeeping.
    boolean explained = out.stream().anyMatch(f -> f instanceof FieldChange.Statement
        || f instanceof FieldChange.Triple);
    if (!b.edited().equals(a.edited()) && !explained) {
      out.add(new FieldChange.Other("edited", String.join(", ", b.edited()),
          String.join(", ", a.edited())));
    }
    if (!b.exempt().equals(a.exempt())) {
      out.add(new FieldChange.Other("exempt", exempt(b.exempt()), exempt(a.exempt())));
    }
    return out;
  }

  private static String locator(Locator l) {
    return (l.section() == null ? "" : l.section() + ", ") + "line " + l.line() + ", chars "
        + l.start() + "-" + l.end();
  }

  private static String basis(Evidence e) {
    return e.design().wire() + (e.eco() == null ? "" : " " + e.eco()) + ": " + e.basis();
  }

  private static String exempt(List<Exemption> xs) {
    List<String> parts = new ArrayList<>();
    for (Exemption x : xs) {
      parts.add(x.rule() + " (" + x.reason() + ")");
    }
    return String.join("; ", parts);
  }
}
