package dev.evident.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * The maximal runs of {@code [\w-]} chars (ASCII letters, digits, "_" and "-") of a text: where
 * a pattern that opens with {@code (?<![\w-])} and then a word can match, and what it can match
 * as a whole word. The detector's triggers are such patterns; trying them only where a run
 * starts, and skipping those whose words are absent, gives the same matches as {@code find()}
 * for a fraction of the cost.
 */
final class WordRuns {
  private final String text;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String[] words = new String[16];
  private int size;
  /** The matcher {@link #find} is iterating, the next run to try, and the end of its match. */
  private Matcher current;
  private int next;
  private int from;

  WordRuns(String text) {
    this.text = text;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        words = Arrays.copyOf(words, size * 2);
      }
      starts[size] = s;
      ends[size] = i;
      words[size] = text.substring(s, i);
      size++;
    }
  }

  /** {@code [\w-]} without the UNICODE_CHARACTER_CLASS flag. */
  static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
        || c == '-';
  }

  int size() {
    return size;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  String word(int k) {
    return words[k];
  }

  boolean contains(String word) {
    for (int k = 0; k < size; k++) {
      if (words[k].equals(word)) {
        return true;
      }
    }
    return false;
  }

  boolean containsAny(Collection<String> set) {
    for (int k = 0; k < size; k++) {
      if (set.contains(words[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next match of {@code m}'s pattern in the text, as repeated {@code m.find()} calls would
   * give it, for a pattern whose every match starts with a {@code [\w-]} char not preceded by
   * one, and with a whole run that {@code opener} accepts: such a match starts where such a
   * run starts, so only those places are tried. A new matcher starts from the beginning.
   */
  boolean find(Matcher m, Predicate<String> opener) {
    if (m != current) {
      current = m;
      next = 0;
      from = 0;
      m.useTransparentBounds(true);
    }
    while (next < size) {
      int k = next++;
      int s = starts[k];
      if (s < from || !opener.test(words[k])) {
        continue;
      }
      m.region(s, text.length());
      if (m.lookingAt()) {
        from = m.end();
        return true;
      }
    }
    return false;
  }
}
