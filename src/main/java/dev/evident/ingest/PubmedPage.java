package dev.evident.ingest;

import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PubMed abstract page saved as text: the header (publication type, citation, DOI,
 * title, authors) comes before the "Abstract" heading, the abstract runs until the keyword line
 * or the first page section, and everything after it (disclaimer, conflicts, similar articles,
 * references) is page furniture.
 */
final class PubmedPage {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern PMCID = Pattern.compile("\\bPMCID:\\s*(PMC\\d+)");
  private static final Pattern PUBMED_URL = Pattern.compile("https?://pubmed\\.ncbi\\.nlm\\.nih\\.gov/\\d+/?");
  private static final Pattern TRAILING_COLON = Pattern.compile(":$");
  private static final Pattern ENDS_PHRASE = Pattern.compile(".*[.;,!?]$");
  private static final Pattern SURNAME_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}");

  private PubmedPage() {}

  /** Headings that end the abstract; nothing after them is the paper's prose. */
  private static final Set<String> STOPS = Set.of(
      "pubmed disclaimer", "conflict of interest statement", "similar articles", "cited by",
      "references", "substances", "linkout - more resources", "figures", "comment in",
      "comment on", "grants and funding", "publication types", "mesh terms",
      "related information", "supplementary info", "associated data", "erratum in",
      "full text links", "actions", "cite", "proof of concept", "update of", "update in");

  /** PubMed's publication type labels, as shown above the citation. */
  private static final Map<String, PublicationType> TYPES = Map.ofEntries(
      Map.entry("review", PublicationType.REVIEW),
      Map.entry("systematic review", PublicationType.SYSTEMATIC_REVIEW),
      Map.entry("meta-analysis", PublicationType.SYSTEMATIC_REVIEW),
      Map.entry("randomized controlled trial", PublicationType.PRIMARY_RESEARCH),
      Map.entry("clinical trial", PublicationType.PRIMARY_RESEARCH),
      Map.entry("observational study", PublicationType.PRIMARY_RESEARCH),
      Map.entry("comparative study", PublicationType.PRIMARY_RESEARCH),
      Map.entry("case reports", PublicationType.PRIMARY_RESEARCH),
      Map.entry("multicenter study", PublicationType.PRIMARY_RESEARCH),
      Map.entry("editorial", PublicationType.ARTICLE),
      Map.entry("comment", PublicationType.ARTICLE),
      Map.entry("letter", PublicationType.ARTICLE));

  private static final Pattern LABEL_PREFIX =
      Pattern.compile("^([A-Z][A-Za-z ,/&()-]{1,60}?)\\s*:\\s+(?=\\S)");
  private static final Pattern CITATION_DATE = Pattern.compile(
      "(?:^|\\.)\\s*((?:19|20)\\d{2})(?:\\s+([A-Z][a-z]{2,8}))?(?:\\s+(\\d{1,2}))?\\s*[;:.]");
  private static final Set<String> BANNER = Set.of(
      "skip to main page content", "u.s. flag", "dot gov", "https", "the site is secure.",
      "affiliations", "abstract", "review");

  static Reading read(TextLines lines) {
    String text = lines.text();
    int abstractIdx = -1;
    int refsIdx = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trimmed();
      if (abstractIdx < 0 && t.equals("Abstract")) {
        abstractIdx = i;
      }
      if (t.equals("References") && i < refsIdx) {
        refsIdx = i;
      }
    }
    int headerEnd = abstractIdx >= 0 ? abstractIdx : firstStop(lines, 0);

    String title = title(lines, headerEnd);
    List<String> authors = new ArrayList<>();
    String journal = null;
    Integer year = null;
    String date = null;
    String doi = null;
    PublicationType type = null;
    for (int i = 0; i < headerEnd; i++) {
      String t = TextLines.collapse(lines.get(i).trimmed());
      Matcher m = FormatDetector.ET_AL.matcher(t);
      if (m.matches() && authors.isEmpty()) {
        authors.add(TextLines.strip(m.group(1)));
        journal = TextLines.strip(m.group(2));
        year = Integer.valueOf(m.group(3));
        date = Meta.pubmedDate(m.group(3), m.group(4), m.group(5));
      }
      if (FormatDetector.PUBMED_CITATION.matcher(t).matches()) {
        Matcher d = CITATION_DATE.matcher(t);
        if (d.find()) {
          year = Integer.valueOf(d.group(1));
          date = Meta.pubmedDate(d.group(1), d.group(2), d.group(3));
          String before = TextLines.strip(t.substring(0, d.start()));
          if (journal == null && !before.isEmpty() && TextLines.words(before) <= 10) {
            journal = before;
          } else if (journal == null && before.isEmpty()) {
            // The saved page often puts the journal abbreviation on the line above the date.
            String above = previousNonBlank(lines, i);
            if (above != null && TextLines.words(above) <= 8 && !above.endsWith(".")
                && !TYPES.containsKey(above.toLowerCase(Locale.ROOT))
                && !Prose.isBoilerplate(above) && !above.startsWith("Access keys")) {
              journal = above;
            }
          }
        }
      }
      if (doi == null && t.toLowerCase(Locale.ROOT).startsWith("doi:")) {
        doi = Meta.doi(t);
      }
      PublicationType pt = TYPES.get(t.toLowerCase(Locale.ROOT));
      if (pt != null && (type == null || pt == PublicationType.SYSTEMATIC_REVIEW)) {
        type = pt;
      }
      if (t.equals("Affiliations") && i > 0) {
        List<String> full = fullAuthors(lines, i, title);
        if (!full.isEmpty()) {
          authors = full;
        }
      }
    }
    if (doi == null) {
      doi = Meta.doi(text.substring(0, lineStart(lines, headerEnd)));
    }
    String front = text.substring(0, lineStart(lines, refsIdx));
    String pmid = Meta.pmid(front);
    Matcher pmc = PMCID.matcher(front);
    String pmcid = pmc.find() ? pmc.group(1) : null;
    Matcher url = PUBMED_URL.matcher(front);

    List<String> keywords = List.of();
    for (int i = 0; i < refsIdx; i++) {
      String t = lines.get(i).trimmed();
      if (t.startsWith("Keywords:")) {
        keywords = Meta.keywords(t.substring("Keywords:".length()), ";");
        break;
      }
    }

    Prose prose = new Prose(text);
    if (abstractIdx >= 0) {
      abstractBlocks(lines, abstractIdx + 1, firstStop(lines, abstractIdx + 1), prose);
    }
    List<Block> blocks = prose.blocks();
    if (type == null) {
      // A PubMed record without a type label is a journal article; its abstract may say more.
      StringBuilder abs = new StringBuilder(title == null ? "" : title);
      for (Block b : blocks) {
        abs.append(' ').append(text, b.start(), b.end());
      }
      type = Meta.publicationType(abs.toString(), PublicationType.ARTICLE);
    }
    // PubMed indexes journal literature; preprints carry a "Preprint" label instead.
    Boolean peer = lineEquals(lines, headerEnd, "Preprint") ? Boolean.FALSE : Boolean.TRUE;
    Bibliography bib = new Bibliography(title, authors, journal, year, date, doi, pmid, pmcid,
        url.find() ? url.group() : null, keywords, type, peer, List.of());
    return new Reading(bib, blocks);
  }

  private static void abstractBlocks(TextLines lines, int from, int to, Prose prose) {
    String section = "Abstract";
    for (int[] p : Prose.paragraphs(lines, from, to, 100)) {
      List<Integer> cuts = new ArrayList<>();
      cuts.add(p[0]);
      for (int k = p[0] + 1; k < p[1]; k++) {
        if (LABEL_PREFIX.matcher(lines.get(k).trimmed()).find() || isLabelLine(lines.get(k).trimmed())) {
          cuts.add(k);
        }
      }
      cuts.add(p[1]);
      for (int c = 0; c + 1 < cuts.size(); c++) {
        int a = cuts.get(c);
        int b = cuts.get(c + 1);
        TextLines.Line first = lines.get(a);
        String t = first.trimmed();
        if (b - a == 1 && isLabelLine(t)) {
          section = TRAILING_COLON.matcher(t).replaceAll("");
          continue;
        }
        int start = first.contentStart();
        Matcher m = LABEL_PREFIX.matcher(t);
        if (m.find() && TextLines.words(m.group(1)) <= 6) {
          section = m.group(1).trim();
          start = first.contentStart() + m.end();
        }
        prose.add(section, BlockKind.ABSTRACT, start, lines.get(b - 1).contentEnd());
      }
    }
  }

  /** A structured-abstract label on a line of its own ("Methods", "Results:"). */
  private static boolean isLabelLine(String t) {
    return TextLines.words(t) <= 4 && t.length() <= 40 && !ENDS_PHRASE.matcher(t).matches()
        && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  private static int firstStop(TextLines lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String t = lines.get(i).trimmed();
      if (t.startsWith("Keywords:") || STOPS.contains(t.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return lines.size();
  }

  /** The title is the line PubMed repeats in its header; else the first prose-like line after the DOI. */
  private static String title(TextLines lines, int headerEnd) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < headerEnd; i++) {
      String t = TextLines.collapse(lines.get(i).trimmed());
      if (TextLines.words(t) >= 3 && !Prose.isBoilerplate(t)) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    for (int i = 0; i < headerEnd; i++) {
      String t = TextLines.collapse(lines.get(i).trimmed());
      if (counts.getOrDefault(t, 0) >= 2) {
        return t;
      }
    }
    boolean afterDoi = false;
    for (int i = 0; i < headerEnd; i++) {
      String t = TextLines.collapse(lines.get(i).trimmed());
      if (t.toLowerCase(Locale.ROOT).startsWith("doi:") || t.startsWith("PMID:")) {
        afterDoi = true;
        continue;
      }
      if (afterDoi && TextLines.words(t) >= 3 && !BANNER.contains(t.toLowerCase(Locale.ROOT))
          && !FormatDetector.ET_AL.matcher(t).matches() && !t.startsWith("PMCID:")
          && !t.startsWith("PMID:")) {
        return t;
      }
    }
    return null;
  }

  /** A full author list is the line right before "Affiliations", when every item is a name. */
  private static List<String> fullAuthors(TextLines lines, int affiliations, String title) {
    int i = affiliations - 1;
    while (i >= 0 && lines.get(i).blank()) {
      i--;
    }
    if (i < 0) {
      return List.of();
    }
    String t = TextLines.collapse(lines.get(i).trimmed());
    if (t.equals(title) || !t.contains(",")) {
      return List.of();
    }
    List<String> names = Meta.authors(t);
    for (String n : names) {
      if (!Meta.looksPersonal(n) && !SURNAME_INITIALS.matcher(n).matches()) {
        return List.of();
      }
    }
    return names;
  }

  private static boolean lineEquals(TextLines lines, int end, String value) {
    for (int i = 0; i < end; i++) {
      if (lines.get(i).trimmed().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String previousNonBlank(TextLines lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).blank()) {
        return TextLines.collapse(lines.get(i).trimmed());
      }
    }
    return null;
  }

  private static int lineStart(TextLines lines, int index) {
    return index >= lines.size() ? lines.text().length() : lines.get(index).start();
  }
}
