package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * YamlWriter.isPlainSafe decides every scalar of every claim written, and of every claim read
 * (the canonical read writes each claim back), so it has a fast path for printable ASCII. This
 * checks it against the plain statement of the rule on edge cases and random strings.
 */
class PlainScalarTest {
  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

  /** The rule as documented, one clause at a time, without shortcuts. */
  private static boolean reference(String s) {
    if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
      return false;
    }
    if (RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == '\t' || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028
          || cp == 0x2029 || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E)
          || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
        return false;
      }
      int type = Character.getType(cp);
      if (type == Character.UNASSIGNED || type == Character.SURROGATE
          || type == Character.PRIVATE_USE) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  @Test
  void fastPathAgreesWithTheRule() {
    List<String> cases = new ArrayList<>(List.of("", "a", "Yes", "NULL", "off", "False",
        "Falsey", "on:", "on ", "a: b", "a:b", "a #b", "a#b", "a\tb", "x\u0085", "x\u2028",
        "x\u202Ey", "\u00e9t\u00e9", "\u0130s", "\uD801\uDC00abc", "x\uD800", "Hypoxia: a",
        "NO", "n", "~", "\u212Aey", "tumour (TME)", "a\u00a0b", "a\u007fb"));
    Random rnd = new Random(7);
    String alphabet = "aAyYnNoOfFlLsStTeEuU :#~-\t\n\"'\\\u00e9\u0130\u212A\u2028\u202E"
        + "\u0085\u00a0\uD83D\uDE00\uFEFF\uE000";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      cases.add(sb.toString());
    }
    int plain = 0;
    for (String s : cases) {
      boolean expected = reference(s);
      assertEquals(expected, YamlWriter.isPlainSafe(s), () -> "for '" + s + "'");
      plain += expected ? 1 : 0;
    }
    assertEquals(true, plain > 1000 && plain < cases.size() - 1000, "both answers occur");
  }
}
