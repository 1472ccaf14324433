package dev.evident.ingest;

import dev.evident.model.SeedFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a text against each seed format by structural signals (page furniture, headings,
 * metadata lines, line shapes) and picks the best; file names play no part.
 */
final class FormatDetector {
  // Compiled once: String.matches/replaceAll/split compile their pattern on every call.
  private static final Pattern PMID_LINE = Pattern.compile(".*\\bPMID:\\s*\\d+.*");
  private static final Pattern TLDR_HEADING = Pattern.compile("^#{1,3}\\s+TL;?DR\\b.*");
  private static final Pattern KEY_FINDINGS_HEADING = Pattern.compile("^#{1,3}\\s+Key findings\\b.*");
  private static final Pattern ENTITIES_HEADING = Pattern.compile("^#{1,3}\\s+(Linked|Full-text) entities\\b.*");
  private static final Pattern DOI_MENTION = Pattern.compile(".*\\bDOI:?\\s*10\\..*");
  private static final Pattern VOL_OR_ISSUE = Pattern.compile(".*\\b(Vol|Issue)\\b.*");
  private static final Pattern SLASH = Pattern.compile(" / ");
  private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.:;,!?]$");

  private FormatDetector() {}

  /** A specific format wins only with at least this score; otherwise Markdown or plain text. */
  static final int THRESHOLD = 4;

  static final Pattern PUBMED_CITATION =
      Pattern.compile("^(?:.*\\.\\s+)?\\.?\\s*(?:19|20)\\d{2}(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?;\\s*\\d+.*:.*$");
  static final Pattern ET_AL = Pattern.compile(
      "^(.+?)\\s+et al\\.\\s+(.+?)\\.\\s+((?:19|20)\\d{2})(?:\\s+([A-Z][a-z]{2,8}))?(?:\\s+(\\d{1,2}))?\\.?.*$");
  static final Pattern JOURNAL_ISSUE_LINE = Pattern.compile(
      "^.+?\\s*(?:\u203A\u203A|\u00BB|\u203A|>>)\\s*.*(?:19|20)\\d{2}.*$");
  static final Pattern REF_ROW = Pattern.compile("^\\|\\s*\\[\\d+\\]\\s*\\|.*$");
  static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+\\S.*$");
  static final Pattern MD_BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+\\S.*$");
  static final Pattern CITATION_MARK = Pattern.compile("\\[\\d+(?:[,\u2013-]\\s*\\d+)*\\]");
  static final Pattern FRONT_KEY = Pattern.compile("^([A-Za-z_][\\w.-]*):(?:\\s.*)?$");

  static SeedFormat detect(TextLines lines) {
    Map<SeedFormat, Integer> s = scores(lines);
    SeedFormat best = null;
    int bestScore = 0;
    for (SeedFormat f : new SeedFormat[] {SeedFormat.FRONT_MATTER_QA, SeedFormat.PUBMED_PAGE,
        SeedFormat.PAPER_SUMMARY, SeedFormat.JOURNAL_PAGE, SeedFormat.PLAIN_ARTICLE}) {
      int v = s.get(f);
      if (v >= THRESHOLD && v > bestScore) {
        best = f;
        bestScore = v;
      }
    }
    if (best != null) {
      return best;
    }
    return s.get(SeedFormat.MARKDOWN) >= 2 ? SeedFormat.MARKDOWN : SeedFormat.PLAIN_TEXT;
  }

  /** Every format's score, for detection and for tests that explain a detection. */
  static Map<SeedFormat, Integer> scores(TextLines lines) {
    int pubmed = 0;
    int summary = 0;
    int journal = 0;
    int plain = 0;
    int qa = 0;
    int markdown = 0;

    boolean govBanner = false;
    boolean disclaimer = false;
    boolean citation = false;
    boolean doiLine = false;
    boolean pmid = false;
    boolean abstractHeading = false;
    boolean keywordsLine = false;
    boolean etAl = false;
    boolean pageSections = false;
    boolean authorsBold = false;
    boolean tldr = false;
    boolean keyFindings = false;
    boolean entities = false;
    boolean dotMeta = false;
    boolean h1 = false;
    boolean issueLine = false;
    boolean licence = false;
    boolean slashKeywords = false;
    int refRows = 0;
    int headings = 0;
    int bullets = 0;
    int bold = 0;
    int citations = 0;
    int nonBlank = 0;
    int wrapped = 0;
    int shortHeads = 0;

    String first = null;
    for (TextLines.Line line : lines.lines()) {
      String t = line.trimmed();
      if (t.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (first == null) {
        first = t;
      }
      govBanner |= t.contains("official website of the United States government");
      disclaimer |= t.equals("PubMed Disclaimer");
      // Each pattern runs only while its signal is unseen and when the line holds the
      // literal text it needs: the same scores for far fewer regular-expression runs.
      citation = citation || t.indexOf(';') >= 0 && t.indexOf(':') >= 0
          && PUBMED_CITATION.matcher(t).matches();
      doiLine |= t.startsWith("doi: 10.");
      pmid = pmid || t.contains("PMID:") && PMID_LINE.matcher(t).matches();
      abstractHeading |= t.equals("Abstract");
      keywordsLine |= t.startsWith("Keywords:");
      etAl = etAl || t.contains("et al.") && ET_AL.matcher(t).matches();
      pageSections |= t.equals("Similar articles") || t.equals("Cited by")
          || t.equals("LinkOut - more resources");
      authorsBold |= t.startsWith("**Authors:**") || t.startsWith("**Authors**:");
      boolean hash = t.startsWith("#");
      tldr = tldr || hash && TLDR_HEADING.matcher(t).matches();
      keyFindings = keyFindings || hash && KEY_FINDINGS_HEADING.matcher(t).matches();
      entities = entities || hash && ENTITIES_HEADING.matcher(t).matches();
      dotMeta = dotMeta || t.contains(" \u00B7 ") && DOI_MENTION.matcher(t).matches();
      h1 |= t.startsWith("# ");
      issueLine = issueLine || (t.indexOf('\u203A') >= 0 || t.indexOf('\u00BB') >= 0
          || t.contains(">>")) && JOURNAL_ISSUE_LINE.matcher(t).matches()
          && VOL_OR_ISSUE.matcher(t).matches();
      licence |= t.contains("The Author(s)") && t.contains("published by");
      slashKeywords = slashKeywords || t.contains(" / ") && !t.endsWith(".") && TextLines.words(t) <= 20
          && SLASH.split(t).length >= 3;
      if (t.startsWith("|") && REF_ROW.matcher(t).matches()) {
        refRows++;
      }
      if (MD_HEADING.matcher(line.text()).matches()) {
        headings++;
      }
      if (MD_BULLET.matcher(line.text()).matches()) {
        bullets++;
      }
      if (t.contains("**")) {
        bold++;
      }
      if (t.indexOf('[') >= 0) {
        Matcher m = CITATION_MARK.matcher(t);
        while (m.find()) {
          citations++;
        }
      }
      int len = line.text().length();
      if (len >= 35 && len <= 90) {
        wrapped++;
      }
      if (TextLines.words(t) <= 5 && t.length() <= 50 && !ENDS_CLAUSE.matcher(t).matches()
          && Character.isUpperCase(t.charAt(0))) {
        shortHeads++;
      }
    }

    pubmed += govBanner ? 2 : 0;
    pubmed += disclaimer ? 3 : 0;
    pubmed += citation ? 2 : 0;
    pubmed += doiLine ? 1 : 0;
    pubmed += pmid ? 2 : 0;
    pubmed += abstractHeading ? 1 : 0;
    pubmed += keywordsLine ? 1 : 0;
    pubmed += etAl ? 2 : 0;
    pubmed += pageSections ? 1 : 0;

    summary += authorsBold ? 3 : 0;
    summary += tldr ? 3 : 0;
    summary += keyFindings ? 2 : 0;
    summary += entities ? 2 : 0;
    summary += dotMeta ? 2 : 0;
    summary += h1 ? 1 : 0;

    journal += issueLine ? 4 : 0;
    journal += refRows >= 5 ? 2 : 0;
    journal += licence ? 1 : 0;
    journal += slashKeywords ? 1 : 0;
    journal += first != null && repeatsEarly(lines, first) ? 1 : 0;

    boolean markdownish = headings > 0 || bold >= 2;
    if (nonBlank >= 5 && wrapped * 10 >= nonBlank * 6) {
      plain += 3;
    }
    plain += citations >= 2 ? 2 : 0;
    // A title alone is not structure; a title and a heading are.
    plain += shortHeads >= 2 ? 1 : 0;
    plain -= markdownish ? 3 : 0;
    plain -= refRows > 0 ? 2 : 0;

    qa = frontMatterScore(lines);

    markdown += headings > 0 ? 2 : 0;
    markdown += bullets > 0 ? 1 : 0;
    markdown += bold > 0 ? 1 : 0;

    Map<SeedFormat, Integer> out = new EnumMap<>(SeedFormat.class);
    out.put(SeedFormat.PUBMED_PAGE, pubmed);
    out.put(SeedFormat.PAPER_SUMMARY, summary);
    out.put(SeedFormat.JOURNAL_PAGE, journal);
    out.put(SeedFormat.PLAIN_ARTICLE, plain);
    out.put(SeedFormat.FRONT_MATTER_QA, qa);
    out.put(SeedFormat.MARKDOWN, markdown);
    out.put(SeedFormat.PLAIN_TEXT, 1);
    return out;
  }

  private static boolean repeatsEarly(TextLines lines, String first) {
    int seen = 0;
    for (int i = 1; i < Math.min(lines.size(), 12); i++) {
      if (lines.get(i).trimmed().equals(first) && TextLines.words(first) >= 3) {
        seen++;
      }
    }
    return seen > 0;
  }

  private static int frontMatterScore(TextLines lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).blank()) {
      i++;
    }
    if (i >= lines.size() || !lines.get(i).trimmed().equals("---")) {
      return 0;
    }
    int score = 2;
    boolean question = false;
    boolean answer = false;
    for (int j = i + 1; j < lines.size(); j++) {
      String raw = lines.get(j).text();
      if (raw.trim().equals("---") || raw.trim().equals("...")) {
        score += 1;
        break;
      }
      Matcher m = FRONT_KEY.matcher(raw);
      if (m.matches()) {
        question |= m.group(1).equals("question");
        answer |= m.group(1).equals("answer");
      }
    }
    return score + (question ? 3 : 0) + (answer ? 3 : 0);
  }
}
