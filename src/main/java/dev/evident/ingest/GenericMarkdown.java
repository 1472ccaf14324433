package dev.evident.ingest;

import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Markdown with no known layout: the first heading is the title, paragraphs and list
 * items (after markers and bold lead-ins) are body blocks under their heading, and reference,
 * notes and disclosure sections are skipped. Nothing about authorship or venue is assumed.
 */
final class GenericMarkdown {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]");

  private GenericMarkdown() {}

  static Reading read(TextLines lines) {
    String text = lines.text();
    int from = 0;
    String title = null;
    // Front matter without a question and answer still carries a title, never prose.
    int firstLine = 0;
    while (firstLine < lines.size() && lines.get(firstLine).blank()) {
      firstLine++;
    }
    if (firstLine < lines.size() && lines.get(firstLine).trimmed().equals("---")) {
      int close = firstLine + 1;
      while (close < lines.size() && !lines.get(close).trimmed().equals("---")) {
        close++;
      }
      if (close < lines.size()) {
        Map<String, FrontMatterQa.Value> values = new LinkedHashMap<>();
        FrontMatterQa.scan(lines, firstLine + 1, close, values, new LinkedHashMap<>());
        FrontMatterQa.Value t = values.get("title");
        title = t == null ? null : TextLines.collapse(t.text());
        from = close + 1;
      }
    }
    Prose prose = new Prose(text);
    String section = "Body";
    int skipLevel = 0;
    for (MarkdownScanner.Part part : MarkdownScanner.scan(lines, from, lines.size())) {
      if (part instanceof MarkdownScanner.Heading h) {
        String name = EMPHASIS.matcher(TextLines.collapse(h.text())).replaceAll("");
        if (title == null) {
          title = name;
        }
        if (skipLevel > 0 && h.level() > skipLevel) {
          continue;
        }
        skipLevel = PlainArticle.END_SECTIONS.contains(name.toLowerCase(Locale.ROOT)) ? h.level() : 0;
        section = name;
        continue;
      }
      if (skipLevel > 0) {
        continue;
      }
      MarkdownScanner.Chunk c = (MarkdownScanner.Chunk) part;
      prose.add(c.leadIn() != null ? c.leadIn() : section, BlockKind.BODY, c.start(), c.end());
    }
    Bibliography bib = new Bibliography(title, List.of(), null, null, null, null, null, null,
        null, List.of(), null, null, List.of());
    return new Reading(bib, prose.blocks());
  }
}
