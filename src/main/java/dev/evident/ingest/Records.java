package dev.evident.ingest;

import dev.evident.model.PublicationType;
import dev.evident.model.SeedFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the record a format reader found with what any document may state about itself,
 * whatever its format: HTML meta tags ({@code citation_*}, Dublin Core), JATS article-meta,
 * YAML front matter, label lines ("Authors:", "**Journal:**", "DOI:") and citation lines
 * ("Citation:", "Cite this article", "Published in final edited form as:") in the Vancouver,
 * APA and Nature styles. The rules are a bibliographer's, for any document; none knows a site.
 *
 * <p>What the document states in a structured form (meta tags, article-meta, front matter) comes
 * first, then what the format reader found, then label lines, then a citation line. A title is
 * never a section heading, a URL, a comment, navigation or a page counter; a field nothing
 * states stays null. A citation in a reference list is another work's, so only a labelled
 * citation line (or the "final edited form" note of an author manuscript) is read.
 */
final class Records {
  private Records() {}

  /** One source of facts; null fields are unknown. */
  record Facts(String title, List<String> authors, String journal, Integer year, String date,
      String doi, String pmid, String pmcid, String url, PublicationType type) {
    static final Facts NONE = new Facts(null, List.of(), null, null, null, null, null, null,
        null, null);
  }

  /** Completes {@code found} from {@code text}; {@code format} says which scans apply. */
  static Bibliography complete(Bibliography found, String text, SeedFormat format) {
    List<Facts> sources = new ArrayList<>();
    if (format == SeedFormat.MARKUP) {
      sources.add(metaTags(text));
      sources.add(articleMeta(text));
    }
    if (format != SeedFormat.FRONT_MATTER_QA) {
      sources.add(frontMatter(text));
    }
    sources.add(fromBibliography(found));
    String head = head(text);
    sources.add(labelLines(head));
    sources.add(citationLines(head));

    String title = null;
    List<String> authors = List.of();
    String journal = null;
    Integer year = null;
    String date = found.date();
    String doi = null;
    String pmid = null;
    String pmcid = null;
    String url = found.url();
    PublicationType type = null;
    for (Facts f : sources) {
      if (title == null && isTitle(f.title())) {
        title = clean(f.title());
      }
      if (authors.isEmpty() && !f.authors().isEmpty()) {
        authors = f.authors();
      }
      journal = journal == null && f.journal() != null && !f.journal().isBlank()
          ? clean(f.journal()) : journal;
      year = year == null && validYear(f.year()) ? f.year() : year;
      date = date == null ? f.date() : date;
      doi = doi == null && f.doi() != null ? f.doi() : doi;
      pmid = pmid == null ? f.pmid() : pmid;
      pmcid = pmcid == null ? f.pmcid() : pmcid;
      url = url == null ? f.url() : url;
      type = type == null ? f.type() : type;
    }
    return new Bibliography(title, authors, journal, year, date, doi, pmid, pmcid, url,
        found.keywords(), type, found.peerReviewed(), found.entities());
  }

  private static Facts fromBibliography(Bibliography b) {
    return new Facts(b.title(), b.authors(), b.journal(), b.year(), b.date(), b.doi(), b.pmid(),
        b.pmcid(), b.url(), b.publicationType());
  }

  private static boolean validYear(Integer y) {
    return y != null && y >= 1800 && y <= 2100;
  }

  /** The part of a document before its body: its first 60 lines after any front matter. */
  private static String head(String text) {
    String t = text;
    if (t.startsWith("---")) {
      int close = t.indexOf("\n---", 3);
      if (close > 0) {
        t = t.substring(close + 4);
      }
    }
    return firstLines(t);
  }

  private static String firstLines(String text) {
    int at = 0;
    for (int i = 0; i < 60 && at >= 0; i++) {
      at = text.indexOf('\n', at + 1);
    }
    return at < 0 ? text : text.substring(0, at);
  }

  // ---- titles

  /** Words that head a section, never a work's title. */
  private static final Set<String> HEADINGS = Set.of(
      "abstract", "introduction", "background", "summary", "methods", "results", "discussion",
      "conclusion", "conclusions", "references", "contents", "table of contents", "menu",
      "navigation", "home", "search", "overview", "key points", "key findings", "tl;dr",
      "highlights", "keywords", "notes", "outline", "main menu", "skip to main content",
      "skip to content", "article", "full text", "cite", "share", "download", "pdf", "main");
  private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
  private static final Pattern COUNTER = Pattern.compile(
      "(?i)^(?:page\\s+)?\\d+\\s*(?:of|/)\\s*\\d+$|^\\d+$");
  private static final Pattern NAVIGATION = Pattern.compile(
      "\\s(?:>|\u203A|\u00BB|\\|)\\s.*\\s(?:>|\u203A|\u00BB|\\|)\\s");

  /** Whether a candidate title is a title: not a heading, URL, comment, counter or menu. */
  static boolean isTitle(String t) {
    if (t == null) {
      return false;
    }
    String s = clean(t);
    if (s.length() < 4 || s.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
    return !HEADINGS.contains(lower) && !URL.matcher(s).matches()
        && !COUNTER.matcher(s).matches() && !s.startsWith("<!--") && !s.startsWith("//")
        && !s.startsWith("#!") && !NAVIGATION.matcher(" " + s + " ").find();
  }

  private static final Pattern EMPHASIS = Pattern.compile("^(?:\\*\\*|__)(.*)(?:\\*\\*|__)$");

  /** Whitespace collapsed; a Markdown bold wrapper and a trailing period removed. */
  static String clean(String s) {
    String c = TextLines.collapse(s);
    Matcher m = EMPHASIS.matcher(c);
    if (m.matches()) {
      c = m.group(1).trim();
    }
    while (c.endsWith(".") && !c.endsWith("..") && !c.endsWith("et al.")) {
      c = c.substring(0, c.length() - 1).trim();
    }
    return c;
  }

  // ---- HTML meta tags and JATS article-meta

  private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile(
      "([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /** {@code citation_*} (Highwire) and Dublin Core {@code DC.*} meta tags of an HTML page. */
  static Facts metaTags(String text) {
    Map<String, List<String>> meta = new LinkedHashMap<>();
    Matcher m = META.matcher(text);
    while (m.find()) {
      String name = null;
      String content = null;
      Matcher a = ATTR.matcher(m.group());
      while (a.find()) {
        String key = a.group(1).toLowerCase(Locale.ROOT);
        String value = a.group(2) != null ? a.group(2) : a.group(3);
        if (key.equals("name") || key.equals("property")) {
          name = value.toLowerCase(Locale.ROOT);
        } else if (key.equals("content")) {
          content = unescape(value);
        }
      }
      if (name != null && content != null && !content.isBlank()) {
        meta.computeIfAbsent(name, k -> new ArrayList<>()).add(TextLines.collapse(content));
      }
    }
    if (meta.isEmpty()) {
      return Facts.NONE;
    }
    List<String> authors = new ArrayList<>(meta.getOrDefault("citation_author",
        meta.getOrDefault("dc.creator", List.of())));
    String dateText = first(meta, "citation_publication_date", "citation_date",
        "citation_online_date", "dc.date", "article:published_time");
    String doi = first(meta, "citation_doi", "dc.identifier");
    return new Facts(first(meta, "citation_title", "dc.title"), authors,
        first(meta, "citation_journal_title", "citation_journal_abbrev", "dc.source",
            "citation_conference_title"),
        Meta.year(dateText), dateText == null ? null : Meta.isoDate(dateText),
        doi == null ? null : Meta.doi("doi: " + doi.replaceFirst("(?i)^doi:\\s*", "")),
        digits(first(meta, "citation_pmid")), first(meta, "citation_pmcid"),
        first(meta, "citation_fulltext_html_url", "citation_abstract_html_url", "og:url"),
        typeOf(first(meta, "citation_article_type", "dc.type")));
  }

  private static String first(Map<String, List<String>> m, String... keys) {
    for (String k : keys) {
      List<String> v = m.get(k);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  private static final Pattern ARTICLE_META = Pattern.compile(
      "<article-meta[\\s>](.*?)</article-meta>", Pattern.DOTALL);
  private static final Pattern JOURNAL_META = Pattern.compile(
      "<journal-meta[\\s>](.*?)</journal-meta>", Pattern.DOTALL);
  private static final Pattern ARTICLE_TYPE = Pattern.compile(
      "<article\\s[^>]*article-type\\s*=\\s*\"([^\"]+)\"");

  /** JATS/NLM {@code <front>}: title, authors, journal, year and identifiers. */
  static Facts articleMeta(String text) {
    Matcher am = ARTICLE_META.matcher(text);
    if (!am.find()) {
      return Facts.NONE;
    }
    String meta = am.group(1);
    Matcher jm = JOURNAL_META.matcher(text);
    String journalMeta = jm.find() ? jm.group(1) : "";
    String title = element(meta, "article-title");
    List<String> authors = new ArrayList<>();
    Matcher contrib = Pattern.compile("<contrib\\s[^>]*contrib-type\\s*=\\s*\"author\"[^>]*>"
        + "(.*?)</contrib>", Pattern.DOTALL).matcher(meta);
    while (contrib.find()) {
      String surname = element(contrib.group(1), "surname");
      String given = element(contrib.group(1), "given-names");
      if (surname != null) {
        authors.add(given == null ? surname : surname + " " + initials(given));
      }
    }
    String journal = element(journalMeta, "journal-title");
    if (journal == null) {
      journal = element(journalMeta, "abbrev-journal-title");
    }
    Integer year = null;
    Matcher pd = Pattern.compile("<pub-date[^>]*>(.*?)</pub-date>", Pattern.DOTALL).matcher(meta);
    while (year == null && pd.find()) {
      String y = element(pd.group(1), "year");
      year = y == null ? null : Meta.year(y);
    }
    Matcher t = ARTICLE_TYPE.matcher(text);
    PublicationType type = t.find() ? typeOf(t.group(1)) : null;
    return new Facts(title, authors, journal, year, null, articleId(meta, "doi"),
        articleId(meta, "pmid"), pmc(articleId(meta, "pmc")), null, type);
  }

  private static String pmc(String id) {
    return id == null ? null : id.startsWith("PMC") ? id : "PMC" + id;
  }

  private static String articleId(String meta, String type) {
    Matcher m = Pattern.compile("<article-id\\s[^>]*pub-id-type\\s*=\\s*\"" + type
        + "\"[^>]*>\\s*([^<]+?)\\s*</article-id>").matcher(meta);
    return m.find() ? m.group(1) : null;
  }

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  /** The text of the first {@code <name>} element, tags inside it removed. */
  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + "(?:\\s[^>]*)?>(.*?)</" + name + ">",
        Pattern.DOTALL).matcher(xml);
    if (!m.find()) {
      return null;
    }
    String v = TextLines.collapse(unescape(TAG.matcher(m.group(1)).replaceAll(" ")));
    v = v.replace(" ,", ",").replace(" .", ".").replace(" :", ":");
    return v.isEmpty() ? null : v;
  }

  private static String initials(String given) {
    StringBuilder b = new StringBuilder();
    for (String part : given.trim().split("[\\s.-]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
        .replace("&nbsp;", " ");
  }

  private static String digits(String s) {
    return s == null ? null : s.replaceAll("\\D", "").isEmpty() ? null : s.replaceAll("\\D", "");
  }

  /** A publication type a document states of itself: "review-article", "Review", "research". */
  static PublicationType typeOf(String stated) {
    if (stated == null) {
      return null;
    }
    String s = stated.toLowerCase(Locale.ROOT);
    if (s.contains("systematic") || s.contains("meta-analysis")) {
      return PublicationType.SYSTEMATIC_REVIEW;
    }
    if (s.contains("review")) {
      return PublicationType.REVIEW;
    }
    if (s.contains("research") || s.contains("original")) {
      return PublicationType.PRIMARY_RESEARCH;
    }
    return null;
  }

  // ---- YAML front matter

  /** The record of a YAML front matter block at the top of a document, if there is one. */
  static Facts frontMatter(String text) {
    int first = 0;
    while (first < text.length() && TextLines.isSpace(text.charAt(first))) {
      first++;
    }
    if (!text.startsWith("---", first)) {
      return Facts.NONE; // most seeds: no need to split the whole text into lines
    }
    TextLines lines = new TextLines(text);
    int open = 0;
    while (open < lines.size() && lines.get(open).blank()) {
      open++;
    }
    if (open >= lines.size() || !lines.get(open).trimmed().equals("---")) {
      return Facts.NONE;
    }
    int close = open + 1;
    while (close < lines.size() && !lines.get(close).trimmed().equals("---")
        && !lines.get(close).trimmed().equals("...")) {
      close++;
    }
    if (close >= lines.size()) {
      return Facts.NONE;
    }
    Map<String, FrontMatterQa.Value> values = new LinkedHashMap<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    FrontMatterQa.scan(lines, open + 1, close, values, lists);
    String title = text(values, "title", "article_title");
    List<String> authors = new ArrayList<>();
    for (String key : List.of("authors", "author")) {
      if (lists.containsKey(key)) {
        lists.get(key).forEach(a -> authors.add(TextLines.collapse(unquote(a))));
      } else if (values.containsKey(key) && authors.isEmpty()) {
        authors.addAll(Meta.authors(unquote(values.get(key).text())));
      }
    }
    String dateText = text(values, "date", "published", "year", "issued", "pubdate");
    String doi = text(values, "doi");
    String journal = text(values, "journal", "container-title", "container_title",
        "publication", "venue", "source");
    return new Facts(title, authors, journal, Meta.year(dateText),
        dateText == null ? null : Meta.isoDate(dateText),
        doi == null ? null : Meta.doi("doi: " + doi.replaceFirst("(?i)^doi:\\s*", "")),
        digits(text(values, "pmid")), text(values, "pmcid"), text(values, "url"),
        typeOf(text(values, "type", "publication_type", "article_type")));
  }

  private static String text(Map<String, FrontMatterQa.Value> values, String... keys) {
    for (String k : keys) {
      FrontMatterQa.Value v = values.get(k);
      if (v != null && !v.text().isBlank()) {
        return unquote(TextLines.collapse(v.text()));
      }
    }
    return null;
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"")
        || t.startsWith("'") && t.endsWith("'"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  // ---- label lines

  private static final Pattern LABEL = Pattern.compile(
      "(?im)^[ \\t>]*(?:[-*+][ \\t]+)?(?:\\*\\*|__)?(title|authors?|by|journal|source|"
          + "published in|publication|year|published|publication date|date|doi|pmid|pmcid|"
          + "article type|type)(?:\\*\\*|__)?[ \\t]*:[ \\t]*(?:\\*\\*|__)?[ \\t]*(.+?)[ \\t]*$");

  /** Facts given on label lines: "Authors: ...", "**Journal:** ...", "DOI: ...". */
  static Facts labelLines(String head) {
    Map<String, String> v = new LinkedHashMap<>();
    Matcher m = LABEL.matcher(head);
    while (m.find()) {
      v.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), clean(m.group(2)));
    }
    if (v.isEmpty()) {
      return Facts.NONE;
    }
    String authorLine = v.getOrDefault("authors", v.getOrDefault("author", v.get("by")));
    List<String> authors = new ArrayList<>();
    if (authorLine != null) {
      // a byline that is a site or team name is not an author
      Meta.authors(authorLine).stream().filter(Meta::looksPersonal).forEach(authors::add);
    }
    String dateText = v.getOrDefault("year", v.getOrDefault("published",
        v.getOrDefault("publication date", v.get("date"))));
    String journal = v.getOrDefault("journal", v.getOrDefault("published in",
        v.getOrDefault("publication", v.get("source"))));
    String doi = v.get("doi");
    return new Facts(v.get("title"), authors, journal == null ? null : journalOnly(journal),
        Meta.year(dateText), dateText == null ? null : Meta.isoDate(dateText),
        doi == null ? null : Meta.doi("doi: " + doi), digits(v.get("pmid")),
        v.get("pmcid") == null ? null : Meta.pmcid(v.get("pmcid")), null,
        typeOf(v.getOrDefault("article type", v.get("type"))));
  }

  /** "Nature Medicine 25(3):120-130" gives "Nature Medicine". */
  private static String journalOnly(String s) {
    Matcher m = Pattern.compile("^(.+?)[.,;]?\\s+(?:\\(?(?:19|20)\\d{2}|\\d+\\s*\\(|vol\\b)",
        Pattern.CASE_INSENSITIVE).matcher(s);
    return m.find() ? m.group(1).trim() : s;
  }

  // ---- citation lines

  private static final Pattern CITATION_LABEL = Pattern.compile(
      "(?im)^[ \\t>*_]*(?:citation|cite this article|cite this|cite as|how to cite(?: this "
          + "article)?|to cite|reference|recommended citation)[*_ \\t]*:?[*_ \\t]*(.*)$");
  private static final Pattern FINAL_FORM = Pattern.compile(
      "(?i)published in final edited form as:?\\s*([^.\\n]{2,120}?)\\.\\s*((?:19|20)\\d{2})");
  private static final String NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:[ -]\\p{Lu}[\\p{L}'\u2019-]+)*";
  private static final Pattern VANCOUVER = Pattern.compile(
      "^(?<authors>" + NAME + " \\p{Lu}{1,3}(?:, " + NAME + " \\p{Lu}{1,3})*(?:,? et al)?)\\.\\s+"
          + "(?<title>.{8,300}?[.?!])\\s+(?<journal>\\p{Lu}[^.;]{0,100}?(?:\\.\\s?\\p{Lu}[^.;]{0,40}?)*)"
          + "\\.?\\s+(?<year>(?:19|20)\\d{2})(?:\\s+\\p{Lu}\\p{Ll}{2}(?:\\s+\\d{1,2})?)?\\s*[;:.]");
  private static final Pattern APA = Pattern.compile(
      "^(?<authors>.{3,400}?)\\s+\\((?<year>(?:19|20)\\d{2})[a-z]?(?:,[^)]{1,20})?\\)\\.\\s+"
          + "(?<title>.{8,300}?[.?!])\\s+(?<journal>\\p{Lu}[^,]{1,120}?),\\s*\\d+");
  private static final Pattern NATURE = Pattern.compile(
      "^(?<authors>.{3,400}?(?:et al\\.|\\p{Lu}\\.))\\s+(?<title>\\p{Lu}.{8,300}?[.?!])\\s+"
          + "(?<journal>\\p{Lu}[\\p{L}.& ]{1,80}?)\\s+\\d+,\\s*[\\w-]+(?:\\s*[\u2013-]\\s*[\\w-]+)?\\s*"
          + "\\((?<year>(?:19|20)\\d{2})\\)");

  /** The record in a labelled citation line, or the journal of a "final edited form" note. */
  static Facts citationLines(String head) {
    Matcher c = CITATION_LABEL.matcher(head);
    while (c.find()) {
      String line = c.group(1).trim();
      if (line.isEmpty()) {
        // the citation on the next non-blank line
        int next = head.indexOf('\n', c.end());
        while (next >= 0 && next + 1 < head.length()) {
          int end = head.indexOf('\n', next + 1);
          String l = head.substring(next + 1, end < 0 ? head.length() : end).trim();
          if (!l.isEmpty()) {
            line = l;
            break;
          }
          next = end;
        }
      }
      Facts f = citation(line);
      if (f != Facts.NONE) {
        return f;
      }
    }
    Matcher ff = FINAL_FORM.matcher(head);
    if (ff.find()) {
      return new Facts(null, List.of(), clean(ff.group(1)), Integer.valueOf(ff.group(2)), null,
          null, null, null, null, null);
    }
    return Facts.NONE;
  }

  /** Parses one citation in the Vancouver, APA or Nature style. */
  static Facts citation(String line) {
    String l = TextLines.collapse(line.replace("*", "").replace("_", " "));
    String doi = Meta.doi(l);
    String pmid = Meta.pmid(l);
    String pmcid = Meta.pmcid(l);
    for (Pattern p : List.of(VANCOUVER, APA, NATURE)) {
      Matcher m = p.matcher(l);
      if (m.find()) {
        List<String> authors = Meta.authors(m.group("authors").replaceAll(",?\\s*et al\\.?$", "")
            .replaceAll(",?\\s*&\\s*", ", "));
        if (p == APA) {
          authors = apaAuthors(m.group("authors"));
        }
        return new Facts(clean(m.group("title")), authors, clean(m.group("journal")),
            Integer.valueOf(m.group("year")), null, doi, pmid, pmcid, null, null);
      }
    }
    if (doi != null || pmid != null) {
      return new Facts(null, List.of(), null, Meta.year(l), null, doi, pmid, pmcid, null, null);
    }
    return Facts.NONE;
  }

  /** "Smith, J. A., Lee, K., & Wu, X." gives Smith JA, Lee K, Wu X. */
  private static List<String> apaAuthors(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(" + NAME + "),\\s*((?:\\p{Lu}\\.\\s?-?)+)").matcher(s);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2).replaceAll("[.\\s-]", ""));
    }
    return out;
  }
}
