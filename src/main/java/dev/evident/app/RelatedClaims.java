package dev.evident.app;

import dev.evident.model.Claim;
import dev.evident.model.Direction;
import dev.evident.model.Link;
import dev.evident.model.QuoteText;
import dev.evident.store.ClaimSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims a reviewer should see beside one claim: those it links to, those linking to it,
 * and those stating a mechanism between the same subject and object (a possible duplicate, or
 * a possible conflict when the directions oppose).
 */
public final class RelatedClaims {
  private RelatedClaims() {}

  /** Another claim and why it is shown. */
  public record Related(String id, String why, Claim claim) {}

  /** Sorted: links from the claim, links to it, then same subject and object; by id within. */
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
    String key = key(claim);
    for (Claim c : others) {
      if (key(c).equals(key)) {
        out.putIfAbsent(c.id() + " =", new Related(c.id(), sameTriple(claim, c), c));
      }
    }
    return List.copyOf(new ArrayList<>(out.values()));
  }

  private static String sameTriple(Claim a, Claim b) {
    Direction x = a.mechanism().direction();
    Direction y = b.mechanism().direction();
    boolean opposed = (x == Direction.INCREASES && y == Direction.DECREASES)
        || (x == Direction.DECREASES && y == Direction.INCREASES);
    if (opposed) {
      return "possible conflict: same subject and object, " + y.wire() + " where this one "
          + x.wire();
    }
    return "possible duplicate: same subject and object";
  }

  /** Subject and object, normalized like quotes and case-folded. */
  static String key(Claim c) {
    return norm(c.mechanism().subject()) + "\u0000" + norm(c.mechanism().object());
  }

  private static String norm(String s) {
    return QuoteText.normalize(s).toLowerCase(Locale.ROOT);
  }
}
