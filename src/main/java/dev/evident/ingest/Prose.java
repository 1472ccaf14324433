package dev.evident.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects prose blocks in document order, trimming them to their content and dropping text
 * that is boilerplate rather than prose, so every format reader applies the same rules.
 */
final class Prose {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern TRAILING_STOP = Pattern.compile("[.:]$");
  private static final Pattern BARE_URL = Pattern.compile("^(https?://|www\\.)\\S+$");


  /** Fragments that mark page furniture, legal text or omitted-content notes, never claims. */
  private static final List<String> BOILERPLATE = List.of(
      ".gov means it", "official website of the united states government",
      "federal government websites", "https:// ensures", "the site is secure",
      "conflict of interest", "competing interest", "declare no competing",
      "declare that they have no", "all rights reserved", "creative commons",
      "licensed under", "this is an open access article", "the author(s).", "&nbsp;",
      "skip to main");

  /** Whole-block texts that are page section labels. */
  private static final List<String> LABELS = List.of(
      "pubmed disclaimer", "similar articles", "cited by", "linkout - more resources",
      "substances", "references", "affiliations", "abstract", "keywords");

  private static final Pattern SOURCE_LINE = Pattern.compile("^(?i)(source|sources|figure|fig\\.|table)\\s*\\d*[:.]\\s.*");
  private static final Pattern COPYRIGHT = Pattern.compile("^(?i)(©|\\(c\\)\\s|copyright\\b).*");

  private final String text;
  private final List<Block> blocks = new ArrayList<>();

  Prose(String text) {
    this.text = text;
  }

  /**
   * Adds the text between {@code start} and {@code end} as a block unless it is empty or
   * boilerplate; whitespace and emphasis markers around it are trimmed off.
   */
  void add(String section, BlockKind kind, int start, int end) {
    int a = start;
    int b = end;
    boolean changed = true;
    while (changed && a < b) {
      changed = false;
      while (a < b && TextLines.isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && TextLines.isSpace(text.charAt(b - 1))) {
        b--;
      }
      // An emphasis run around the whole block is markup, not prose.
      if (b - a >= 2 && text.charAt(a) == text.charAt(b - 1)
          && (text.charAt(a) == '_' || text.charAt(a) == '*')) {
        a++;
        b--;
        changed = true;
      }
    }
    if (a >= b) {
      return;
    }
    String body = text.substring(a, b);
    if (isBoilerplate(body) || TextLines.words(body) == 0) {
      return;
    }
    blocks.add(new Block(section, kind, a, b));
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  /** True for text that is page furniture, legal text or a note about omitted content. */
  static boolean isBoilerplate(String raw) {
    String s = TextLines.collapse(raw);
    String lower = s.toLowerCase(Locale.ROOT);
    for (String b : BOILERPLATE) {
      if (lower.contains(b)) {
        return true;
      }
    }
    if (LABELS.contains(TRAILING_STOP.matcher(lower).replaceAll(""))) {
      return true;
    }
    return SOURCE_LINE.matcher(s).matches() || COPYRIGHT.matcher(s).matches()
        || BARE_URL.matcher(lower).matches();
  }

  /**
   * Splits lines {@code from..to} into paragraphs (as line index ranges): blank lines separate
   * paragraphs; inside a run, lines join when the run looks hard-wrapped (every line but the
   * last is at most {@code wrapWidth} chars), and otherwise each line is its own paragraph,
   * as web pages saved as text write one paragraph per line.
   */
  static List<int[]> paragraphs(TextLines lines, int from, int to, int wrapWidth) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (lines.get(i).blank()) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && !lines.get(j).blank()) {
        j++;
      }
      boolean wrapped = true;
      for (int k = i; k < j - 1; k++) {
        if (lines.get(k).trimmed().length() > wrapWidth) {
          wrapped = false;
          break;
        }
      }
      if (wrapped) {
        out.add(new int[] {i, j});
      } else {
        for (int k = i; k < j; k++) {
          out.add(new int[] {k, k + 1});
        }
      }
      i = j;
    }
    return out;
  }
}
