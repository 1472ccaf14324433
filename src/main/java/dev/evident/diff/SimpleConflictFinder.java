package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Direction;
import dev.evident.model.QuoteText;
import dev.evident.model.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default {@link ConflictFinder}, a stand-in until the full detector is wired: two claims
 * with the same normalized subject and object and opposite directions contradict; two with the
 * same normalized statement duplicate each other. Rejected claims are out of the review and
 * take part in neither. Linear in the number of claims (grouping by key, then pairs per group).
 */
public final class SimpleConflictFinder implements ConflictFinder {
  @Override
  public Set<Conflict> find(Collection<Claim> claims) {
    Map<String, List<Claim>> byTriple = new HashMap<>();
    Map<String, List<Claim>> byStatement = new HashMap<>();
    for (Claim c : claims) {
      if (c.status() == Status.REJECTED) {
        continue;
      }
      String key = normalize(c.mechanism().subject()) + "\u0000"
          + normalize(c.mechanism().object());
      byTriple.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      byStatement.computeIfAbsent(normalize(c.statement()), k -> new ArrayList<>()).add(c);
    }
    Set<Conflict> out = new TreeSet<>();
    for (List<Claim> group : byTriple.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Direction a = group.get(i).mechanism().direction();
          Direction b = group.get(j).mechanism().direction();
          if (a.opposes(b)) {
            out.add(Conflict.of(Conflict.Kind.CONTRADICTION, group.get(i).id(),
                group.get(j).id()));
          }
        }
      }
    }
    for (List<Claim> group : byStatement.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          out.add(Conflict.of(Conflict.Kind.DUPLICATE, group.get(i).id(), group.get(j).id()));
        }
      }
    }
    return out;
  }

  /** Whitespace collapsed (QuoteText), lower case, trailing sentence punctuation dropped. */
  static String normalize(String s) {
    String n = QuoteText.normalize(s).toLowerCase(Locale.ROOT);
    int end = n.length();
    while (end > 0 && ".;:!?".indexOf(n.charAt(end - 1)) >= 0) {
      end--;
    }
    return n.substring(0, end).trim();
  }
}
