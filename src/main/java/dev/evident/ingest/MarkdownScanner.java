package dev.evident.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Markdown lines into headings, paragraphs and list items with char offsets, skipping
 * code fences, tables, rules, images, HTML and link-only lines, which never hold claims.
 */
final class MarkdownScanner {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^=+$|^-+$");

  private MarkdownScanner() {}

  /** One structural piece of Markdown. */
  sealed interface Part permits Heading, Chunk {}

  /** A heading and its level (1 for {@code #}). */
  record Heading(int level, String text, int line) implements Part {}

  /**
   * A paragraph or a list item: its text runs from {@code start} to {@code end};
   * {@code leadIn} is a bold label that opened a list item ("Multistep Process"), or null;
   * {@code line} is the index of its first line.
   */
  record Chunk(int start, int end, String leadIn, boolean item, int line) implements Part {}

  static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+\u2022]|\\d{1,3}[.)])\\s+");
  static final Pattern LEAD_IN = Pattern.compile(
      "^(?:\\*\\*|__)([^*_]{1,80}?)(?:(:)\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*(:|\u2014|\u2013| -))\\s*");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern LINK_ONLY = Pattern.compile(
      "^\\s*(?:!?\\[[^\\]]*\\]\\([^)]*\\)[\\s,;|\u00B7]*)+$|^\\s*<?https?://\\S+>?\\s*$");
  private static final Pattern HTML = Pattern.compile("^\\s*(?:<[^>]+>\\s*)+$|^\\s*&nbsp;\\s*$");

  static List<Part> scan(TextLines lines, int from, int to) {
    List<Part> out = new ArrayList<>();
    int i = from;
    String fence = null;
    int paraStart = -1;
    int paraLine = -1;
    int paraEnd = -1;
    String lead = null;
    boolean item = false;
    while (i < to) {
      TextLines.Line l = lines.get(i);
      String raw = l.text();
      String t = l.trimmed();
      if (fence != null) {
        if (t.startsWith(fence)) {
          fence = null;
        }
        i++;
        continue;
      }
      if (t.startsWith("```") || t.startsWith("~~~")) {
        flush(out, paraStart, paraEnd, lead, item, paraLine);
        paraStart = -1;
        fence = t.substring(0, 3);
        i++;
        continue;
      }
      Matcher h = HEADING.matcher(raw);
      boolean setext = paraStart >= 0 && !item && paraLine == i - 1 && SETEXT_UNDERLINE.matcher(t).matches();
      if (setext) {
        out.add(new Heading(t.startsWith("=") ? 1 : 2, lines.get(i - 1).trimmed(), i - 1));
        paraStart = -1;
        i++;
        continue;
      }
      if (t.isEmpty() || h.matches() || RULE.matcher(raw).matches() || t.startsWith("|")
          || LINK_ONLY.matcher(raw).matches() || HTML.matcher(raw).matches()) {
        flush(out, paraStart, paraEnd, lead, item, paraLine);
        paraStart = -1;
        if (h.matches()) {
          out.add(new Heading(h.group(1).length(), h.group(2), i));
        }
        i++;
        continue;
      }
      Matcher m = ITEM.matcher(raw);
      if (m.lookingAt()) {
        flush(out, paraStart, paraEnd, lead, item, paraLine);
        int s = l.start() + m.end();
        String rest = raw.substring(m.end());
        Matcher b = LEAD_IN.matcher(rest);
        lead = null;
        if (b.lookingAt()) {
          lead = TextLines.collapse(b.group(1));
          s += b.end();
        }
        paraStart = s;
        paraEnd = l.contentEnd();
        paraLine = i;
        item = true;
        i++;
        continue;
      }
      if (paraStart < 0) {
        int s = l.contentStart();
        String rest = t;
        if (rest.startsWith(">")) {
          // A quotation's text, without its marker.
          int k = raw.indexOf('>') + 1;
          while (k < raw.length() && raw.charAt(k) == ' ') {
            k++;
          }
          s = l.start() + k;
        }
        lead = null;
        Matcher b = LEAD_IN.matcher(raw.substring(s - l.start()));
        if (b.lookingAt()) {
          lead = TextLines.collapse(b.group(1));
          s += b.end();
        }
        paraStart = s;
        paraLine = i;
        item = false;
      }
      paraEnd = l.contentEnd();
      i++;
    }
    flush(out, paraStart, paraEnd, lead, item, paraLine);
    return out;
  }

  private static void flush(List<Part> out, int start, int end, String lead, boolean item, int line) {
    if (start >= 0 && end > start) {
      out.add(new Chunk(start, end, lead, item, line));
    }
  }
}
