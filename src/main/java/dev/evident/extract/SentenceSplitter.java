package dev.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rule-based sentence segmentation that survives abbreviations, citations, decimals and wraps. */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** Abbreviations after which a period never ends a sentence (lower case, without final dot). */
  static final Set<String> NEVER_FINAL = Set.of(
      "e.g", "i.e", "eg", "ie", "al", "fig", "figs", "vs", "approx", "dr", "mr", "mrs", "ms",
      "prof", "cf", "ca", "resp", "ref", "refs", "no", "nos", "vol", "eq", "eqs", "sp", "spp",
      "st", "inc", "ltd", "jr", "sr", "viz", "est", "dept", "univ", "min", "max", "mol", "wt",
      "chr", "incl", "tab", "suppl", "sect", "ch", "p", "pp");

  /** Abbreviations that end a sentence only when a capitalised word follows. */
  static final Set<String> MAYBE_FINAL = Set.of("etc", "al", "co", "corp");

  /**
   * Splits {@code text[start, end)} into sentences and returns {@code [start, end)} offsets of
   * each, trimmed of surrounding whitespace. When {@code escapedBreaks} is true, the two
   * characters backslash and n form a hard break that no sentence spans.
   */
  public static List<int[]> split(String text, int start, int end, boolean escapedBreaks) {
    List<int[]> out = new ArrayList<>();
    if (start < 0 || end > text.length() || start >= end) {
      return out;
    }
    if (!escapedBreaks) {
      splitSegment(text, start, end, out);
      return out;
    }
    int segStart = start;
    int i = start;
    while (i < end - 1) {
      if (text.charAt(i) == '\\' && text.charAt(i + 1) == 'n') {
        splitSegment(text, segStart, i, out);
        i += 2;
        segStart = i;
      } else {
        i++;
      }
    }
    splitSegment(text, segStart, end, out);
    return out;
  }

  private static void splitSegment(String text, int start, int end, List<int[]> out) {
    int[] close = matchBrackets(text, start, end);
    int sentStart = start;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if ((c == '(' || c == '[') && close[i - start] > i) {
        i = close[i - start] + 1;
        // "(... ends here.)" followed by a new sentence
        if (i - 2 >= start && isTerminal(text.charAt(i - 2)) && startsSentence(text, i, end)) {
          i = absorbTrailing(text, i, end);
          add(text, sentStart, i, out);
          sentStart = i;
        }
        continue;
      }
      if (isTerminal(c)) {
        int j = i + 1;
        while (j < end && isTerminal(text.charAt(j))) {
          j++;
        }
        if (c == '.' && !periodEnds(text, start, i, end)) {
          i = j;
          continue;
        }
        int after = j;
        while (after < end && isCloser(text.charAt(after))) {
          after++;
        }
        if (after < end && !Character.isWhitespace(text.charAt(after))
            && !(after > j)) {
          // "3.5", ".gov", "e.g.," : not a boundary
          i = after;
          continue;
        }
        if (!startsSentence(text, after, end)) {
          i = after;
          continue;
        }
        int stop = absorbTrailing(text, after, end);
        add(text, sentStart, stop, out);
        sentStart = stop;
        i = stop;
        continue;
      }
      i++;
    }
    add(text, sentStart, end, out);
  }

  /** Includes a citation such as " [3]" or " [3, 4]" that directly follows a sentence end. */
  private static int absorbTrailing(String text, int pos, int end) {
    int k = pos;
    while (k < end && isBlank(text.charAt(k))) {
      k++;
    }
    if (k < end && text.charAt(k) == '[') {
      int m = k + 1;
      while (m < end && m - k < 40 && isCitationChar(text.charAt(m))) {
        m++;
      }
      if (m < end && text.charAt(m) == ']' && m > k + 1
          && Character.isDigit(text.charAt(k + 1))) {
        return m + 1;
      }
    }
    return pos;
  }

  private static boolean isCitationChar(char c) {
    return Character.isDigit(c) || c == ',' || c == ' ' || c == '-' || c == '\u2013'
        || c == '\u2014' || c == ';';
  }

  /** Decides whether the period at {@code i} can end a sentence, looking at the word before it. */
  private static boolean periodEnds(String text, int segStart, int i, int end) {
    int w = i;
    while (w > segStart && isWordChar(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return true;
    }
    // decimal number: "2.5"
    if (i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
      return false;
    }
    String bare = word.startsWith("(") ? word.substring(1) : word;
    if (NEVER_FINAL.contains(bare) && !(MAYBE_FINAL.contains(bare) && nextIsCapital(text, i, end)
        && !bare.equals("al"))) {
      return false;
    }
    if (MAYBE_FINAL.contains(bare) && !nextIsCapital(text, i, end)) {
      return false;
    }
    if (bare.equals("al") && w >= 3 && text.substring(Math.max(segStart, w - 4), w)
        .toLowerCase(Locale.ROOT).endsWith("et ")) {
      return false;
    }
    // single initial in a name: "J. Smith"
    if (bare.length() == 1 && Character.isUpperCase(text.charAt(i - 1))) {
      return false;
    }
    // list number at the start of a segment or line: "1. Multistep"
    if (bare.chars().allMatch(Character::isDigit) && atLineStart(text, segStart, w)) {
      return false;
    }
    return true;
  }

  private static boolean atLineStart(String text, int segStart, int w) {
    int k = w - 1;
    while (k >= segStart && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k < segStart || text.charAt(k) == '\n';
  }

  private static boolean nextIsCapital(String text, int i, int end) {
    int k = i + 1;
    while (k < end && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k < end && Character.isUpperCase(text.charAt(k));
  }

  /** After a terminal mark: whitespace, then something that can open a sentence. */
  private static boolean startsSentence(String text, int pos, int end) {
    if (pos >= end) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(pos))) {
      return false;
    }
    int k = pos;
    while (k < end && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= end) {
      return true;
    }
    char n = text.charAt(k);
    return !Character.isLowerCase(n) && n != ',' && n != ';' && n != ':' && n != ')';
  }

  private static int[] matchBrackets(String text, int start, int end) {
    int[] close = new int[end - start];
    int[] stack = new int[64];
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        if (depth < stack.length) {
          stack[depth] = i;
        }
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
        if (depth < stack.length) {
          int open = stack[depth];
          char o = text.charAt(open);
          // only pair brackets of the same kind that close within a reasonable span
          if (((o == '(' && c == ')') || (o == '[' && c == ']')) && i - open < 400) {
            close[open - start] = i;
          }
        }
      }
    }
    return close;
  }

  private static void add(String text, int s, int e, List<int[]> out) {
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '*' || c == '_' || c == dev.evident.ingest.Document.UNSEEN;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '(';
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
