package dev.evident.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page furniture of text taken from a paged layout (a PDF saved as text, a printed page): page
 * numbers and the running headers or footers that repeat on every page. Masking it keeps a
 * sentence that runs across a page break in one piece: the furniture and the blank lines around
 * it read as nothing when the text before them does not end a sentence, and as a paragraph break
 * when it does. Offsets do not move (see {@link Document#prose()}).
 */
final class Furniture {
  private Furniture() {}

  /** A line that is only a page number: "12", "Page 3", "3 of 12", "- 4 -". */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:page\\s+)?[-\u2013]?\\s*\\d{1,4}\\s*[-\u2013]?(?:\\s*(?:of|/)\\s*\\d{1,4})?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** A running line repeats at least this often; a page break needs a page number or one. */
  static final int REPEATS = 3;

  /** The text with its page furniture masked, or the text itself when it has none. */
  static String mask(String text) {
    TextLines lines = new TextLines(text);
    int n = lines.size();
    Map<String, Integer> counts = new HashMap<>();
    for (TextLines.Line line : lines.lines()) {
      String key = key(line.trimmed());
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    boolean[] furniture = new boolean[n];
    int found = 0;
    for (int i = 0; i < n; i++) {
      String t = lines.get(i).trimmed();
      if (t.isEmpty()) {
        continue;
      }
      String key = key(t);
      boolean repeated = key != null && counts.get(key) >= REPEATS;
      boolean page = PAGE_NUMBER.matcher(t).matches() && isolated(lines, i);
      if (repeated || page || t.indexOf('\f') >= 0 && t.replace("\f", "").isBlank()) {
        furniture[i] = true;
        found++;
      }
    }
    if (found < 2) {
      return text;
    }
    char[] out = text.toCharArray();
    int i = 0;
    while (i < n) {
      if (!furniture[i]) {
        i++;
        continue;
      }
      // the run of furniture and blank lines around line i
      int a = i;
      while (a > 0 && (furniture[a - 1] || lines.get(a - 1).blank())) {
        a--;
      }
      int b = i;
      while (b + 1 < n && (furniture[b + 1] || lines.get(b + 1).blank())) {
        b++;
      }
      boolean continues = a > 0 && b + 1 < n && !endsSentence(lines.get(a - 1).trimmed());
      int from = lines.get(a).start();
      int to = b + 1 < n ? lines.get(b + 1).start() : text.length();
      for (int k = from; k < to; k++) {
        if (continues) {
          out[k] = Document.UNSEEN; // the sentence goes on across the page break
        } else if (furniture[lineOf(lines, a, b, k)] && out[k] != '\n' && out[k] != '\r') {
          out[k] = ' ';
        }
      }
      i = b + 1;
    }
    return new String(out);
  }

  /** The line among {@code a..b} that holds char {@code k}. */
  private static int lineOf(TextLines lines, int a, int b, int k) {
    for (int j = b; j >= a; j--) {
      if (lines.get(j).start() <= k) {
        return j;
      }
    }
    return a;
  }

  /** A page number stands alone: blank or furniture-like lines on at least one side. */
  private static boolean isolated(TextLines lines, int i) {
    boolean before = i == 0 || lines.get(i - 1).blank();
    boolean after = i + 1 >= lines.size() || lines.get(i + 1).blank();
    return before || after;
  }

  /** The key under which a possible running line is counted: digits folded, or null. */
  private static String key(String trimmed) {
    if (trimmed.length() < 3 || trimmed.length() > 120 || trimmed.chars().noneMatch(
        Character::isLetter) || trimmed.startsWith("|") || trimmed.startsWith("#")) {
      return null; // rules, table rows and headings repeat without being furniture
    }
    return DIGITS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("#");
  }

  private static boolean endsSentence(String line) {
    if (line.isEmpty()) {
      return true;
    }
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  }
}
