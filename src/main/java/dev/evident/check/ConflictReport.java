package dev.evident.check;

import java.util.List;

/**
 * What conflict detection found: every pair (sorted), how many claims took part, and how many
 * candidate pairs were actually compared (the measure of the blocking's work).
 */
public record ConflictReport(List<Conflict> conflicts, int claims, long compared,
    double threshold) {
  public ConflictReport {
    conflicts = List.copyOf(conflicts);
  }

  /** Pairs that are problems and that no curator acknowledged. */
  public List<Conflict> unresolved() {
    return conflicts.stream().filter(c -> c.isProblem() && !c.resolved()).toList();
  }

  public long count(Conflict.Kind kind) {
    return conflicts.stream().filter(c -> c.kind() == kind).count();
  }
}
