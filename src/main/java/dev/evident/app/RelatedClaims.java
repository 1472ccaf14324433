package dev.evident.app;

import dev.evident.check.Conflict;
import dev.evident.check.ConflictDetector;
import dev.evident.model.Claim;
import dev.evident.model.Link;
import dev.evident.store.ClaimSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims a reviewer should see beside one claim: those it links to, those linking to it,
 * and those {@link ConflictDetector} pairs it with (contradictions, duplicates, inconsistent
 * evidence levels, corroborations).
 */
public final class RelatedClaims {
  private RelatedClaims() {}

  /** Another claim and why it is shown. */
  public record Related(String id, String why, Claim claim) {}

  /** Links from the claim, links to it, then detected pairs in the detector's order. */
  public static List<Related> of(ClaimSet set, Claim claim) {
    Map<String, Related> out = new LinkedHashMap<>();
    for (Link l : claim.links()) {
      Claim other = set.claims().get(l.claim());
      out.putIfAbsent(l.claim() + " " + l.relation(), new Related(l.claim(),
          l.relation().wire() + (other == null ? " (no such claim)" : ""), other));
    }
    List<Claim> others = set.claimList().stream()
        .filter(c -> !c.id().equals(claim.id())).toList();
    for (Claim c : others) {
      for (Link l : c.links()) {
        if (l.claim().equals(claim.id())) {
          out.putIfAbsent(c.id() + " <" + l.relation(), new Related(c.id(),
              "links here: " + l.relation().wire(), c));
        }
      }
    }
    // contradictions, duplicates, inconsistent levels and corroborations, as `evident
    // conflicts` finds them (rejected claims take no part there, so none is shown for them)
    for (Conflict c : new ConflictDetector().detect(set.claims().values(), set.sources())
        .conflicts()) {
      Claim other = c.a().id().equals(claim.id()) ? c.b()
          : c.b().id().equals(claim.id()) ? c.a() : null;
      if (other != null) {
        String why = c.kind().wire() + ": " + c.why()
            + (c.resolved() ? " (resolved" + (c.resolution().isEmpty() ? "" : ": "
            + c.resolution()) + ")" : "");
        out.putIfAbsent(other.id() + " " + c.kind(), new Related(other.id(), why, other));
      }
    }
    return List.copyOf(new ArrayList<>(out.values()));
  }

}
