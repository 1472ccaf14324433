package dev.evident.ingest;

import java.util.regex.Pattern;
import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a plain-text article with hard line wraps: the first line is the title, short lines
 * without a final period are headings, and paragraphs separated by blank lines are body text
 * whose offsets span the original wrapped lines. A reference section ends the prose.
 */
final class PlainArticle {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern ENDS_PHRASE = Pattern.compile(".*[.;,!?\"\u201D)]$");
  private static final Pattern TRAILING_COLON = Pattern.compile(":$");

  private PlainArticle() {}

  /** Headings after which only references, notes or legal text follow. */
  static final Set<String> END_SECTIONS = Set.of(
      "references", "reference", "bibliography", "works cited", "literature cited", "notes",
      "footnotes", "sources", "citations", "acknowledgements", "acknowledgments", "funding",
      "conflict of interest", "conflicts of interest", "competing interests", "disclosures",
      "author contributions", "further reading", "see also");

  static Reading read(TextLines lines) {
    Parsed p = parse(lines, BlockKind.BODY, true);
    Bibliography bib = new Bibliography(p.title(), List.of(), null, null, null,
        null, null, null, null, List.of(), PublicationType.ARTICLE, null, List.of());
    return new Reading(bib, p.blocks());
  }

  /** A title and the blocks of a plain text. */
  record Parsed(String title, List<Block> blocks) {}

  /**
   * Parses plain text into a title and paragraphs with headings as sections; with
   * {@code firstLineTitle} the first line is always the title, otherwise only a short one.
   */
  static Parsed parse(TextLines lines, BlockKind kind, boolean firstLineTitle) {
    String text = lines.text();
    Prose prose = new Prose(text);
    String title = null;
    String section = "Body";
    boolean titleTaken = false;
    List<int[]> paras = Prose.paragraphs(lines, 0, lines.size(), 100);
    int width = typicalWidth(lines);
    boolean ended = false;
    for (int[] p : paras) {
      int a = p[0];
      int b = p[1];
      // Leading lines of a run that are title or headings come off before the paragraph.
      while (a < b) {
        String t = TextLines.collapse(lines.get(a).trimmed());
        if (!titleTaken) {
          titleTaken = true;
          if (firstLineTitle || (isHeading(t, a + 1 < b ? width : Integer.MAX_VALUE)
              && TextLines.words(t) <= 15)) {
            title = t;
            a++;
            continue;
          }
        }
        if (isHeading(t, a + 1 < b ? width : Integer.MAX_VALUE)) {
          section = TRAILING_COLON.matcher(t).replaceAll("");
          ended |= END_SECTIONS.contains(section.toLowerCase(Locale.ROOT));
          a++;
          continue;
        }
        break;
      }
      if (a >= b || ended) {
        continue;
      }
      prose.add(section, kind, lines.get(a).contentStart(), lines.get(b - 1).contentEnd());
    }
    return new Parsed(title, prose.blocks());
  }

  /**
   * A heading is a short line (at most eight words, well under the typical wrapped width when
   * more lines follow it) that starts with a capital or digit and does not end a sentence.
   */
  static boolean isHeading(String t, int widthOfFollowingRun) {
    if (t.isEmpty() || TextLines.words(t) > 8 || t.length() > 60 || ENDS_PHRASE.matcher(t).matches()) {
      return false;
    }
    char c = t.charAt(0);
    if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
      return false;
    }
    return widthOfFollowingRun == Integer.MAX_VALUE || t.length() * 10 < widthOfFollowingRun * 7;
  }

  /** The median length of lines that are part of multi-line runs: the wrap width. */
  private static int typicalWidth(TextLines lines) {
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).blank() && !lines.get(i + 1).blank()) {
        lengths.add(lines.get(i).trimmed().length());
      }
    }
    if (lengths.isEmpty()) {
      return 60;
    }
    lengths.sort(null);
    return lengths.get(lengths.size() / 2);
  }
}
