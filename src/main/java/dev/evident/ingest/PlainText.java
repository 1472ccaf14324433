package dev.evident.ingest;

import java.util.List;

/**
 * Reads text with no recognisable structure: paragraphs separated by blank lines (wrapped
 * lines joined), a short first line taken as the title, nothing else about the source assumed.
 */
final class PlainText {
  private PlainText() {}

  static Reading read(TextLines lines) {
    PlainArticle.Parsed p = PlainArticle.parse(lines, BlockKind.BODY, false);
    Bibliography bib = new Bibliography(p.title(), List.of(), null, null, null, null, null, null,
        null, List.of(), null, null, List.of());
    return new Reading(bib, p.blocks());
  }
}
