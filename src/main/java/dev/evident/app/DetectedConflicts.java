package dev.evident.app;

import dev.evident.check.ConflictDetector;
import dev.evident.check.ConflictReport;
import dev.evident.diff.Conflict;
import dev.evident.diff.ConflictFinder;
import dev.evident.model.Claim;
import dev.evident.model.Source;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diff's conflict finder backed by the full detector of {@code check} (the one lint and
 * conflicts use), so that a pull request is told about exactly the contradictions and
 * duplicates lint will flag. Linear in the claims: the detector blocks by subject and object
 * and joins statements by prefix filtering. Pairs a curator acknowledged with a link are not
 * new problems, and corroborations and level mismatches are not conflicts in a diff.
 */
public final class DetectedConflicts implements ConflictFinder {
  private final ConflictDetector detector = new ConflictDetector();
  // A diff asks about both sides, which share all claims but the changed ones.
  private final ConflictDetector.Memory memory = new ConflictDetector.Memory();

  @Override
  public Set<Conflict> find(Collection<Claim> claims) {
    return find(claims, Map.of());
  }

  @Override
  public Set<Conflict> find(Collection<Claim> claims, Map<String, Source> sources) {
    return convert(detector.detect(claims, sources));
  }

  /** Synchronized: the detector's memory of earlier calls is not safe to share. */
  @Override
  public synchronized Set<Conflict> find(Collection<Claim> claims, Map<String, Source> sources,
      Set<String> focus) {
    return convert(detector.detect(claims, sources, focus, memory));
  }

  private static Set<Conflict> convert(ConflictReport report) {
    Set<Conflict> out = new TreeSet<>();
    for (dev.evident.check.Conflict c : report.conflicts()) {
      if (c.resolved()) {
        continue;
      }
      Conflict.Kind kind = switch (c.kind()) {
        case CONTRADICTION -> Conflict.Kind.CONTRADICTION;
        case DUPLICATE -> Conflict.Kind.DUPLICATE;
        default -> null;
      };
      if (kind != null) {
        out.add(Conflict.of(kind, c.a().id(), c.b().id()));
      }
    }
    return out;
  }
}
