package dev.evident.ingest;

import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Q&A page kept as YAML front matter (question, answer, title, date, seo fields). The
 * front matter is read by a small line scanner, not a YAML library: only the {@code store}
 * package may use one, and offsets into the raw text matter more here than full YAML.
 *
 * <p>The answer is one string whose paragraphs are often separated by the two characters
 * backslash and n; each paragraph or list item becomes an ANSWER block, sectioned by its bold
 * lead-in ("1. **Multistep Process**: ..."), else "Answer". The generated page description
 * becomes a SUMMARY block. A byline counts as an author only when it looks like a person's
 * name; a site name ("QuickTakes") is not an author. The page is unreviewed web content, so
 * {@code peerReviewed} is false.
 */
final class FrontMatterQa {
  private FrontMatterQa() {}

  /** A front-matter value: its text (folded as YAML would, escapes kept) and its raw span. */
  record Value(String text, int start, int end) {}

  private static final Pattern KEY = Pattern.compile("^(\\s*)([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*?))?\\s*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)-\\s+(.*?)\\s*$");
  private static final Pattern BLOCK_SCALAR = Pattern.compile("^[>|][+-]?\\d?$");
  private static final Pattern BREAKS = Pattern.compile(
      "(?:\\\\n|\\\\r)+|(?:(?:\\r\\n|\\r|\\n)[ \\t]*){2,}");
  private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,3}[.)]|[-*+\u2022])\\s+");
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");

  static Reading read(TextLines lines) {
    String text = lines.text();
    int open = 0;
    while (open < lines.size() && lines.get(open).blank()) {
      open++;
    }
    int close = open + 1;
    while (close < lines.size() && !lines.get(close).trimmed().equals("---")
        && !lines.get(close).trimmed().equals("...")) {
      close++;
    }
    Map<String, Value> values = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    scan(lines, open + 1, Math.min(close, lines.size()), values, lists);

    Prose prose = new Prose(text);
    Value description = first(values, "seo.page_description", "description", "summary");
    if (description != null) {
      prose.add("Description", BlockKind.SUMMARY, description.start(), description.end());
    }
    Value answer = values.get("answer");
    boolean escaped = false;
    if (answer != null) {
      escaped = text.substring(answer.start(), answer.end()).contains("\\n");
      answerBlocks(text, answer, prose);
    } else if (close + 1 < lines.size()) {
      String section = "Answer";
      for (MarkdownScanner.Part part : MarkdownScanner.scan(lines, close + 1, lines.size())) {
        if (part instanceof MarkdownScanner.Heading h) {
          section = TextLines.collapse(h.text());
        } else if (part instanceof MarkdownScanner.Chunk c) {
          prose.add(c.leadIn() != null ? c.leadIn() : section, BlockKind.ANSWER, c.start(), c.end());
        }
      }
    }
    List<Block> blocks = new ArrayList<>(prose.blocks());
    blocks.sort(Comparator.comparingInt(Block::start));

    String title = textOf(first(values, "title", "article_title", "seo.title", "question"));
    String dateRaw = textOf(first(values, "date", "published", "date_published", "pubdate"));
    String date = dateRaw == null ? null : Meta.isoDate(dateRaw);
    Integer year = Meta.year(dateRaw);
    List<String> authors = new ArrayList<>();
    String author = textOf(values.get("author"));
    if (author != null && Meta.looksPersonal(author)) {
      authors.add(TextLines.collapse(author));
    }
    for (String a : lists.getOrDefault("authors", List.of())) {
      if (Meta.looksPersonal(a)) {
        authors.add(TextLines.collapse(a));
      }
    }
    String url = textOf(first(values, "url", "permalink", "canonical_url", "seo.canonical_url"));
    List<String> keywords = new ArrayList<>();
    Value kw = first(values, "seo.page_keywords", "keywords", "tags", "seo.keywords");
    if (kw != null) {
      keywords.addAll(Meta.keywords(kw.text(), ","));
    } else {
      keywords.addAll(lists.getOrDefault("keywords", lists.getOrDefault("tags", List.of())));
    }
    String doiRaw = textOf(values.get("doi"));
    String doi = doiRaw == null ? null : Meta.doi("doi: " + doiRaw.replaceFirst("(?i)^doi:\\s*", ""));
    boolean qa = values.containsKey("question") || answer != null;
    Bibliography bib = new Bibliography(title, authors, null, year, date, doi, null, null, url,
        keywords, qa ? PublicationType.WEB_QA : PublicationType.ARTICLE, Boolean.FALSE, List.of());
    return new Reading(bib, blocks, escaped);
  }

  /** Splits the answer at escaped or blank-line breaks into paragraphs and list items. */
  private static void answerBlocks(String text, Value answer, Prose prose) {
    String raw = text.substring(answer.start(), answer.end());
    Matcher m = BREAKS.matcher(raw);
    int from = 0;
    String section = "Answer";
    List<int[]> pieces = new ArrayList<>();
    while (m.find()) {
      pieces.add(new int[] {from, m.start()});
      from = m.end();
    }
    pieces.add(new int[] {from, raw.length()});
    for (int[] p : pieces) {
      int a = p[0];
      int b = p[1];
      while (a < b && TextLines.isSpace(raw.charAt(a))) {
        a++;
      }
      String piece = raw.substring(a, b);
      Matcher h = MD_HEADING.matcher(piece.strip());
      if (h.matches()) {
        section = TextLines.collapse(h.group(1));
        continue;
      }
      String blockSection = section;
      Matcher mk = MARKER.matcher(piece);
      if (mk.lookingAt()) {
        a += mk.end();
        piece = raw.substring(a, b);
      }
      Matcher lead = MarkdownScanner.LEAD_IN.matcher(piece);
      if (lead.lookingAt()) {
        blockSection = TextLines.collapse(lead.group(1));
        a += lead.end();
      }
      prose.add(blockSection, BlockKind.ANSWER, answer.start() + a, answer.start() + b);
    }
  }

  private static Value first(Map<String, Value> values, String... keys) {
    for (String k : keys) {
      Value v = values.get(k);
      if (v != null && !v.text().isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String textOf(Value v) {
    return v == null ? null : TextLines.strip(v.text());
  }

  /**
   * Scans front-matter lines into dotted keys ("seo.page_keywords"): plain, quoted and block
   * scalars ({@code >-}, {@code |}) become values with their raw spans; block lists under a
   * key become lists.
   */
  static void scan(TextLines lines, int from, int to, Map<String, Value> values,
      Map<String, List<String>> lists) {
    List<int[]> stackIndent = new ArrayList<>();
    List<String> stackPrefix = new ArrayList<>();
    int i = from;
    while (i < to) {
      TextLines.Line l = lines.get(i);
      String raw = l.text();
      if (l.blank() || raw.trim().startsWith("#")) {
        i++;
        continue;
      }
      Matcher k = KEY.matcher(raw);
      if (!k.matches()) {
        i++;
        continue;
      }
      int indent = k.group(1).length();
      while (!stackIndent.isEmpty() && stackIndent.get(stackIndent.size() - 1)[0] >= indent) {
        stackIndent.remove(stackIndent.size() - 1);
        stackPrefix.remove(stackPrefix.size() - 1);
      }
      String path = (stackPrefix.isEmpty() ? "" : stackPrefix.get(stackPrefix.size() - 1)) + k.group(2);
      String v = k.group(3) == null ? "" : k.group(3);
      int valueStart = l.start() + (k.group(3) == null ? raw.length() : k.start(3));
      i++;
      if (v.isEmpty()) {
        List<String> items = new ArrayList<>();
        while (i < to && (lines.get(i).blank() || LIST_ITEM.matcher(lines.get(i).text()).matches()
            && leading(lines.get(i).text()) >= indent)) {
          Matcher li = LIST_ITEM.matcher(lines.get(i).text());
          if (li.matches()) {
            items.add(unquote(li.group(2)));
          }
          i++;
        }
        if (!items.isEmpty()) {
          lists.put(path, items);
        } else {
          stackIndent.add(new int[] {indent});
          stackPrefix.add(path + ".");
        }
      } else if (BLOCK_SCALAR.matcher(v).matches()) {
        boolean folded = v.startsWith(">");
        int start = -1;
        int end = -1;
        StringBuilder sb = new StringBuilder();
        boolean pendingBlank = false;
        while (i < to && (lines.get(i).blank() || leading(lines.get(i).text()) > indent)) {
          TextLines.Line c = lines.get(i);
          if (c.blank()) {
            pendingBlank = start >= 0;
          } else {
            if (start < 0) {
              start = c.contentStart();
            } else {
              sb.append(pendingBlank ? "\n" : folded ? " " : "\n");
            }
            pendingBlank = false;
            sb.append(c.trimmed());
            end = c.contentEnd();
          }
          i++;
        }
        if (start >= 0) {
          values.put(path, new Value(sb.toString(), start, end));
        }
      } else if (v.startsWith("\"") || v.startsWith("'")) {
        char q = v.charAt(0);
        String text = lines.text();
        int s = valueStart + 1;
        int e = s;
        while (e < text.length()) {
          char c = text.charAt(e);
          if (q == '"' && c == '\\') {
            e += 2;
            continue;
          }
          if (c == q) {
            if (q == '\'' && e + 1 < text.length() && text.charAt(e + 1) == '\'') {
              e += 2;
              continue;
            }
            break;
          }
          e++;
        }
        e = Math.min(e, text.length());
        values.put(path, new Value(TextLines.collapse(text.substring(s, e)), s, e));
        while (i < to && lines.get(i).end() <= e) {
          i++;
        }
        if (i < to && lines.get(i).start() <= e) {
          i++;
        }
      } else {
        int end = l.contentEnd();
        StringBuilder sb = new StringBuilder(v);
        // A plain scalar may continue on more-indented lines.
        while (i < to && !lines.get(i).blank() && leading(lines.get(i).text()) > indent
            && !KEY.matcher(lines.get(i).text()).matches()) {
          sb.append(' ').append(lines.get(i).trimmed());
          end = lines.get(i).contentEnd();
          i++;
        }
        values.put(path, new Value(sb.toString(), valueStart, end));
      }
    }
  }

  private static int leading(String s) {
    int n = 0;
    while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\t')) {
      n++;
    }
    return n;
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }
}
