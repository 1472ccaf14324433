package dev.evident.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal strings, each with a group number, found in one pass over a text: which
 * groups have a literal somewhere in it. The extractor runs a costly pattern only when a text
 * holds a literal that every match of the pattern holds, so this must only ever say "absent"
 * when the literal really is absent.
 */
final class Literals {
  private record Entry(String literal, int group) {}

  /** Entries by first char: ASCII in an array, the rest in a map. */
  private final Entry[][] ascii = new Entry[128][];
  private final Map<Character, Entry[]> other = new HashMap<>();
  private final int groups;

  /** One group per list of literals. */
  Literals(List<List<String>> groups) {
    this.groups = groups.size();
    Map<Character, List<Entry>> byFirst = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String lit : groups.get(g)) {
        if (lit.isEmpty()) {
          throw new IllegalArgumentException("empty literal");
        }
        byFirst.computeIfAbsent(lit.charAt(0), k -> new ArrayList<>()).add(new Entry(lit, g));
      }
    }
    byFirst.forEach((c, list) -> {
      Entry[] a = list.toArray(new Entry[0]);
      if (c < 128) {
        ascii[c] = a;
      } else {
        other.put(c, a);
      }
    });
  }

  /** A single group. */
  static Literals of(String... literals) {
    return new Literals(List.of(List.of(literals)));
  }

  /** Whether any literal occurs in {@code text}. */
  boolean any(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      Entry[] es = bucket(text.charAt(i));
      if (es != null) {
        for (Entry e : es) {
          if (text.startsWith(e.literal(), i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** For each group, whether one of its literals occurs in {@code text}. */
  boolean[] groups(String text) {
    boolean[] out = new boolean[groups];
    int n = text.length();
    for (int i = 0; i < n; i++) {
      Entry[] es = bucket(text.charAt(i));
      if (es != null) {
        for (Entry e : es) {
          if (!out[e.group()] && text.startsWith(e.literal(), i)) {
            out[e.group()] = true;
          }
        }
      }
    }
    return out;
  }

  private Entry[] bucket(char c) {
    return c < 128 ? ascii[c] : other.isEmpty() ? null : other.get(c);
  }
}
