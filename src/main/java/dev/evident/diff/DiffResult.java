package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Source;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The semantic difference between two claim sets: per-claim changes sorted by id, the
 * conflicts that exist only after, and the claims and sources needed to show them.
 *
 * @param from how the old side is named ("main", "working tree", a folder)
 * @param to how the new side is named
 * @param changes one entry per changed claim id, sorted by id
 * @param newConflicts conflicts present after the change and not before, sorted
 * @param claims every claim a conflict names, as it is after the change
 * @param sources the sources of the changed and conflicting claims (the newer record of each)
 */
public record DiffResult(String from, String to, List<Change> changes,
    List<Conflict> newConflicts, Map<String, Claim> claims, Map<String, Source> sources,
    List<SourceChange> sourceChanges) {
  public DiffResult {
    changes = List.copyOf(changes);
    newConflicts = List.copyOf(newConflicts);
    claims = Collections.unmodifiableMap(new TreeMap<>(claims));
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    sourceChanges = List.copyOf(sourceChanges);
  }

  public DiffResult(String from, String to, List<Change> changes, List<Conflict> newConflicts,
      Map<String, Claim> claims, Map<String, Source> sources) {
    this(from, to, changes, newConflicts, claims, sources, List.of());
  }

  /**
   * A source record added, removed or changed: its id, and the fields that differ (the
   * bibliographic fields, the seed's file or content, the curators' corrections).
   */
  public record SourceChange(String id, String kind, List<String> fields) {
    public SourceChange {
      fields = List.copyOf(fields);
    }
  }

  /** True when nothing changed and no conflict is new. */
  public boolean isEmpty() {
    return changes.isEmpty() && newConflicts.isEmpty() && sourceChanges.isEmpty();
  }

  /** Claims per category, in category order; categories with none are left out. */
  public Map<Category, Integer> counts() {
    Map<Category, Integer> out = new EnumMap<>(Category.class);
    for (Change c : changes) {
      for (Category k : c.categories()) {
        out.merge(k, 1, Integer::sum);
      }
    }
    return out;
  }

  /** New conflicts per kind, in kind order; kinds with none are left out. */
  public Map<Conflict.Kind, Integer> conflictCounts() {
    Map<Conflict.Kind, Integer> out = new EnumMap<>(Conflict.Kind.class);
    for (Conflict c : newConflicts) {
      out.merge(c.kind(), 1, Integer::sum);
    }
    return out;
  }

  /** The changes that count in {@code category}, in id order. */
  public List<Change> changes(Category category) {
    return changes.stream().filter(c -> c.categories().contains(category)).toList();
  }

  /** The new conflicts of one kind. */
  public List<Conflict> newConflicts(Conflict.Kind kind) {
    return newConflicts.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * One line: counts by kind of change, e.g. "2 added, 1 re-worded, 1 new contradiction",
   * or "no changes".
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    counts().forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(k.phrase()));
    conflictCounts().forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n)
        .append(" new ").append(k.wire()).append(n == 1 ? "" : "s"));
    if (!sourceChanges.isEmpty()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(sourceChanges.size()).append(" source record")
          .append(sourceChanges.size() == 1 ? "" : "s").append(" changed");
    }
    return sb.length() == 0 ? "no changes" : sb.toString();
  }
}
