package dev.evident.ingest;

import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a journal landing page saved as text: a title line (often repeated), an author line, a
 * "Journal ›› year, Vol. v ›› Issue (i) : id" line, the abstract, a keyword line, then a
 * reference table and licence text, which are never prose.
 *
 * <p>Journal name: landing pages often shout the name in the issue line ("MEDCOMM - Oncology");
 * when the same name appears elsewhere on the page in mixed case (the licence line), that
 * spelling wins, with its dashes written as the issue line writes them (ASCII hyphen-minus).
 * Peer review: a named journal with a volume or issue is a published journal article, so
 * {@code peerReviewed} is true; without that it stays null.
 */
final class JournalPage {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern REFERENCES_HEADING = Pattern.compile("(?i)references?|bibliography");
  private static final Pattern TRAILING_COLON = Pattern.compile(":$");
  private static final Pattern VOL_OR_ISSUE = Pattern.compile("(?i).*\\b(vol|issue)\\b.*");
  private static final Pattern SLASHES = Pattern.compile("\\s+/\\s+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");
  private static final Pattern ENDS_PHRASE = Pattern.compile(".*[.;,!?]$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DASH_CHAR = Pattern.compile("[\u2010-\u2015\u2212]");

  private JournalPage() {}

  private static final Pattern ISSUE_SPLIT = Pattern.compile("\\s*(?:\u203A\u203A|\u00BB|\u203A|>>)\\s*");
  private static final Pattern DASH = Pattern.compile("\\s*[\u2010-\u2015\u2212-]\\s*");
  private static final Pattern KEYWORDS_PREFIX = Pattern.compile("^(?i)key\\s*words?\\s*[:.]\\s*");

  static Reading read(TextLines lines) {
    String text = lines.text();
    int issueIdx = -1;
    int tableIdx = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trimmed();
      if (issueIdx < 0 && FormatDetector.JOURNAL_ISSUE_LINE.matcher(t).matches()) {
        issueIdx = i;
      }
      if (tableIdx == lines.size() && (t.startsWith("|") || REFERENCES_HEADING.matcher(t).matches())) {
        tableIdx = i;
      }
    }
    // Title: the first line, confirmed when the page repeats it.
    int firstIdx = nextNonBlank(lines, 0);
    String title = firstIdx < 0 ? null : TextLines.collapse(lines.get(firstIdx).trimmed());
    int headerEnd = issueIdx >= 0 ? issueIdx + 1 : (firstIdx < 0 ? 0 : firstIdx + 1);
    for (int i = headerEnd; i < Math.min(tableIdx, headerEnd + 3); i++) {
      if (TextLines.collapse(lines.get(i).trimmed()).equals(title)) {
        headerEnd = i + 1;
      }
    }

    List<String> authors = List.of();
    for (int i = firstIdx + 1; i >= 1 && i < headerEnd; i++) {
      String t = TextLines.collapse(lines.get(i).trimmed());
      if (i != issueIdx && !t.equals(title) && authors.isEmpty()) {
        List<String> names = Meta.authors(t);
        if (!names.isEmpty() && names.stream().allMatch(Meta::looksPersonal)) {
          authors = names;
        }
      }
    }

    String journal = null;
    Integer year = null;
    if (issueIdx >= 0) {
      String[] parts = ISSUE_SPLIT.split(lines.get(issueIdx).trimmed());
      journal = preferMixedCase(TextLines.collapse(parts[0]), text, lines.get(issueIdx));
      for (int p = 1; p < parts.length && year == null; p++) {
        year = Meta.year(parts[p]);
      }
    }

    Prose prose = new Prose(text);
    List<String> keywords = List.of();
    StringBuilder abs = new StringBuilder(title == null ? "" : title);
    String section = "Abstract";
    BlockKind kind = BlockKind.ABSTRACT;
    for (int[] p : Prose.paragraphs(lines, headerEnd, tableIdx, 100)) {
      String t = TextLines.collapse(lines.get(p[0]).trimmed());
      if (p[1] - p[0] == 1 && keywords.isEmpty() && isKeywordLine(t)) {
        String list = KEYWORDS_PREFIX.matcher(t).replaceFirst("");
        keywords = Meta.keywords(list, list.contains(" / ") ? "\\s+/\\s+" : "\\s*[;,]\\s*");
        continue;
      }
      if (p[1] - p[0] == 1 && isHeading(t)) {
        section = TRAILING_COLON.matcher(t).replaceAll("");
        kind = section.equalsIgnoreCase("abstract") ? BlockKind.ABSTRACT : BlockKind.BODY;
        continue;
      }
      if (TextLines.words(t) < 4 || t.equals(title)) {
        continue;
      }
      prose.add(section, kind, lines.get(p[0]).contentStart(), lines.get(p[1] - 1).contentEnd());
      if (kind == BlockKind.ABSTRACT) {
        abs.append(' ').append(t);
      }
      if (!keywords.isEmpty() && kind == BlockKind.ABSTRACT) {
        // Prose after the keyword line is the body of the article.
        section = "Body";
        kind = BlockKind.BODY;
      }
    }
    String doi = Meta.doi(text.substring(0, tableIdx >= lines.size() ? text.length() : lines.get(tableIdx).start()));
    PublicationType type = Meta.publicationType(abs.toString(), PublicationType.ARTICLE);
    Boolean peer = journal != null && VOL_OR_ISSUE.matcher(lines.get(issueIdx).trimmed()).matches()
        ? Boolean.TRUE : null;
    Bibliography bib = new Bibliography(title, authors, journal, year, null, doi, null, null,
        null, keywords, type, peer, List.of());
    return new Reading(bib, prose.blocks());
  }

  private static boolean isKeywordLine(String t) {
    if (KEYWORDS_PREFIX.matcher(t).lookingAt()) {
      return true;
    }
    String[] parts = SLASHES.split(t);
    if (parts.length < 2 || ENDS_SENTENCE.matcher(t).matches()) {
      return false;
    }
    for (String p : parts) {
      if (TextLines.words(p) > 6) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeading(String t) {
    return TextLines.words(t) <= 6 && t.length() <= 60 && !ENDS_PHRASE.matcher(t).matches();
  }

  /**
   * The journal name as spelled in mixed case elsewhere on the page, with dashes written as in
   * the issue line; the issue line's spelling when there is no other.
   */
  static String preferMixedCase(String header, String text, TextLines.Line issueLine) {
    String[] words = NON_WORD.split(header);
    List<String> parts = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        parts.add(Pattern.quote(w));
      }
    }
    String dashForm = "-";
    Matcher d = DASH.matcher(header);
    if (d.find()) {
      dashForm = DASH_CHAR.matcher(d.group()).replaceAll("-");
    }
    String chosen = header;
    if (!parts.isEmpty()) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("[\\s\\p{Pd}\u2212&.,]+", parts)
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Matcher m = p.matcher(text);
      while (m.find()) {
        boolean inIssueLine = m.start() >= issueLine.start() && m.end() <= issueLine.end();
        String found = m.group();
        if (!inIssueLine && !found.equals(found.toUpperCase(Locale.ROOT))
            && !found.equals(found.toLowerCase(Locale.ROOT))) {
          chosen = found;
          break;
        }
      }
    }
    return TextLines.collapse(DASH.matcher(chosen).replaceAll(Matcher.quoteReplacement(dashForm)));
  }

  private static int nextNonBlank(TextLines lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }
}
