package dev.evident.ingest;

import dev.evident.model.Entity;
import dev.evident.model.PublicationType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown paper summary: {@code # Title}, a bold authors line, a metadata line of
 * "·"-separated parts (archive, DOI, journal, date), then sections. TL;DR, contribution and key
 * findings are summaries, the abstract is the abstract, entity sections feed the record, and
 * full-text, figure and reference sections are pointers, not prose.
 *
 * <p>Peer review: the summary states a journal article when its metadata line names a journal
 * (not a preprint server) together with a DOI; then {@code peerReviewed} is true. A named
 * preprint server makes it false; otherwise it stays null, as the seed does not say.
 */
final class PaperSummary {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern AUTHORS_LINE = Pattern.compile("^\\*\\*Authors?:?\\*\\*:?.*");
  private static final Pattern AUTHORS_LABEL = Pattern.compile("^\\*\\*Authors?:?\\*\\*:?");
  private static final Pattern MIDDLE_DOT = Pattern.compile("\\s+\u00B7\\s+");
  private static final Pattern PMC_ID = Pattern.compile("PMC\\d+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern KEYWORDS_LINE = Pattern.compile("^\\*\\*Keywords?:?\\*\\*:?.*");
  private static final Pattern KEYWORDS_LABEL = Pattern.compile("^\\*\\*Keywords?:?\\*\\*:?");
  private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+");
  private static final Pattern TAXON_ID = Pattern.compile("\\[([^\\]]+)\\]\\s*$");
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]*)\\)\\s*$");
  private static final Pattern ONTOLOGY_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*:[A-Za-z0-9_.]+");

  private PaperSummary() {}

  /** Sections that list metadata or point elsewhere; their text is never a claim. */
  private static final Set<String> SKIPPED = Set.of(
      "linked entities", "full-text entities", "full text", "figures", "figure", "tables",
      "references", "bibliography", "citations", "cited by", "related", "related papers",
      "links", "supplementary", "supplementary material", "source", "metadata", "notes",
      "funding", "conflict of interest", "competing interests");
  private static final Set<String> ARCHIVES = Set.of("pmc", "pubmed", "europe pmc", "doaj");
  private static final Set<String> PREPRINTS = Set.of(
      "arxiv", "biorxiv", "medrxiv", "research square", "ssrn", "preprints.org", "chemrxiv");
  private static final Pattern SOURCE = Pattern.compile("^Source:\\s*(\\S+)\\s*$");
  private static final Pattern ENTITY_LINE = Pattern.compile("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");

  static Reading read(TextLines lines) {
    String text = lines.text();
    String title = null;
    List<String> authors = List.of();
    String journal = null;
    String date = null;
    Integer year = null;
    String doi = null;
    String pmid = null;
    String pmcid = null;
    String url = null;
    Boolean peer = null;
    List<String> keywords = List.of();
    boolean metaDone = false;
    for (TextLines.Line l : lines.lines()) {
      String t = l.trimmed();
      if (title == null && t.startsWith("# ")) {
        title = TextLines.collapse(t.substring(2));
      } else if (authors.isEmpty() && AUTHORS_LINE.matcher(t).matches()) {
        authors = Meta.authors(AUTHORS_LABEL.matcher(t).replaceFirst(""));
      } else if (!metaDone && t.contains(" \u00B7 ")) {
        metaDone = true;
        for (String raw : MIDDLE_DOT.split(t)) {
          String p = TextLines.strip(raw);
          String lower = p.toLowerCase(Locale.ROOT);
          if (lower.startsWith("doi")) {
            doi = Meta.doi(p);
          } else if (lower.startsWith("pmid")) {
            pmid = Meta.pmid(p);
          } else if (PMC_ID.matcher(p).matches()) {
            pmcid = p;
          } else if (Meta.isoDate(p) != null) {
            date = Meta.isoDate(p);
            year = Meta.year(p);
          } else if (YEAR.matcher(p).matches()) {
            year = Integer.valueOf(p);
            date = p;
          } else if (PREPRINTS.contains(lower)) {
            journal = p;
            peer = Boolean.FALSE;
          } else if (!ARCHIVES.contains(lower) && journal == null && TextLines.words(p) >= 1) {
            journal = p;
          }
        }
      } else if (KEYWORDS_LINE.matcher(t).matches()) {
        keywords = Meta.keywords(KEYWORDS_LABEL.matcher(t).replaceFirst(""), "[;,]");
      }
      Matcher s = SOURCE.matcher(t);
      if (s.matches()) {
        url = s.group(1);
      }
    }
    if (peer == null && journal != null && doi != null) {
      peer = Boolean.TRUE;
    }

    Prose prose = new Prose(text);
    List<Entity> entities = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String section = null;
    StringBuilder cues = new StringBuilder(title == null ? "" : title);
    List<String> idSources = new ArrayList<>();
    if (url != null) {
      idSources.add(url);
    }
    for (MarkdownScanner.Part part : MarkdownScanner.scan(lines, 0, lines.size())) {
      if (part instanceof MarkdownScanner.Heading h) {
        section = h.level() == 1 ? null : TextLines.collapse(h.text());
        continue;
      }
      MarkdownScanner.Chunk c = (MarkdownScanner.Chunk) part;
      String body = text.substring(c.start(), c.end());
      String key = section == null ? "" : section.toLowerCase(Locale.ROOT);
      if (key.endsWith("entities")) {
        entities(text.substring(lines.get(c.line()).start(), c.end()), entities, seen);
        continue;
      }
      if (section == null || SKIPPED.contains(key)) {
        if (!key.equals("references")) {
          idSources.add(body);
        }
        continue;
      }
      BlockKind kind = key.equals("abstract") ? BlockKind.ABSTRACT : BlockKind.SUMMARY;
      prose.add(section, kind, c.start(), c.end());
      cues.append(' ').append(body);
    }
    if (pmcid == null) {
      // The summary's own links name its PubMed Central id; reference lists are not searched.
      for (String s : idSources) {
        pmcid = Meta.pmcid(s);
        if (pmcid != null) {
          break;
        }
      }
    }
    PublicationType type = Meta.publicationType(cues.toString(),
        journal != null ? PublicationType.ARTICLE : PublicationType.SUMMARY);
    Bibliography bib = new Bibliography(title, authors, journal, year, date, doi, pmid, pmcid, url,
        keywords, type, peer, entities);
    return new Reading(bib, prose.blocks());
  }

  /** Parses {@code - **Type:** name (ID), name (ID)} into entities of one type. */
  private static void entities(String line, List<Entity> out, Set<String> seen) {
    String t = BULLET.matcher(TextLines.strip(line)).replaceFirst("");
    Matcher m = ENTITY_LINE.matcher(t);
    if (!m.matches()) {
      return;
    }
    String type = singular(TextLines.collapse(m.group(1)).toLowerCase(Locale.ROOT));
    for (String item : splitTopLevel(m.group(2))) {
      String s = TextLines.strip(item);
      String id = null;
      Matcher tax = TAXON_ID.matcher(s);
      if (tax.find()) {
        id = tax.group(1).trim();
        s = TextLines.strip(s.substring(0, tax.start()));
      }
      Matcher paren = TRAILING_PAREN.matcher(s);
      if (paren.find()) {
        String inner = paren.group(1).trim();
        // An ontology id such as MONDO:0004989 is an id; anything else is a gloss on the name.
        if (id == null && ONTOLOGY_ID.matcher(inner).matches()) {
          id = inner;
          s = TextLines.strip(s.substring(0, paren.start()));
        } else if (id != null) {
          s = TextLines.strip(s.substring(0, paren.start()));
        }
      }
      if (!s.isEmpty() && seen.add(type + "\u0000" + s + "\u0000" + id)) {
        out.add(new Entity(type, s, id));
      }
    }
  }

  private static String singular(String type) {
    if (type.endsWith("species") || type.endsWith("ss")) {
      return type;
    }
    if (type.endsWith("ies")) {
      return type.substring(0, type.length() - 3) + "y";
    }
    return type.endsWith("s") ? type.substring(0, type.length() - 1) : type;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
