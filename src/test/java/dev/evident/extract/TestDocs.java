package dev.evident.extract;

import dev.evident.ingest.Bibliography;
import dev.evident.ingest.Block;
import dev.evident.ingest.BlockKind;
import dev.evident.ingest.Document;
import dev.evident.model.PublicationType;
import dev.evident.model.QuoteText;
import dev.evident.model.SeedFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only stand-in for ingest: builds a Document from a seed by a plain paragraph splitter
 * that keeps every prose paragraph and skips only obvious headings, tables and reference lines.
 */
final class TestDocs {
  private TestDocs() {}

  /** One labelled sentence of a gold file. */
  record Gold(String label, String text) {}

  private static final Pattern REFERENCE = Pattern.compile(
      "^(?:\\d+\\.\\s+)?\\p{Lu}[\\p{L}'-]+ (?:\\p{Lu}{1,3}|[A-Z]\\.)[,.].*");
  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?:[-*+]|\\d+\\.)\\s+)?(?:\\*\\*[^*]+\\*\\*\\s*:?\\s*)?");

  static List<Gold> gold(Path yaml) throws IOException {
    List<Gold> out = new ArrayList<>();
    String label = null;
    for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.startsWith("- label:")) {
        label = t.substring("- label:".length()).trim();
      } else if (t.startsWith("text:") && label != null) {
        out.add(new Gold(label, QuoteText.normalize(t.substring(5).trim())));
        label = null;
      }
    }
    return out;
  }

  static Document load(Path seed, PublicationType type, Boolean peerReviewed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Bibliography bib = new Bibliography(null, null, null, null, null, null, null, null, null,
        null, type, peerReviewed, null);
    if (text.startsWith("---") && text.contains("\nanswer:")) {
      return frontMatter(seed, text, bib);
    }
    return paragraphs(seed, text, bib);
  }

  private static Document frontMatter(Path seed, String text, Bibliography bib) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^[ \\t]*(question|page_description|answer):[ \\t]*>-?[ \\t]*"
        + "\\r?\\n[ \\t]+(\\S.*)$").matcher(text);
    while (m.find()) {
      String key = m.group(1);
      BlockKind kind = key.equals("answer") ? BlockKind.ANSWER : BlockKind.SUMMARY;
      int s = m.start(2);
      int e = m.end(2);
      // one block per escaped paragraph, without its list marker and bold lead-in
      int p = s;
      while (p < e) {
        int q = text.indexOf("\\n", p);
        if (q < 0 || q > e) {
          q = e;
        }
        Matcher lead = LEAD_IN.matcher(text.substring(p, q));
        int ps = p + (lead.lookingAt() ? lead.end() : 0);
        if (q > ps && !text.substring(ps, q).isBlank()) {
          blocks.add(new Block(key, kind, ps, q));
        }
        p = q + 2;
      }
    }
    return new Document(seed.toString(), text, SeedFormat.FRONT_MATTER_QA, bib, blocks, true);
  }

  private static Document paragraphs(Path seed, String text, Bibliography bib) {
    List<Block> blocks = new ArrayList<>();
    String section = "body";
    int i = 0;
    int n = text.length();
    while (i < n) {
      // find the next paragraph: a run of non-blank lines
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = text.substring(i, lineEnd).trim();
      if (line.isEmpty()) {
        i = lineEnd + 1;
        continue;
      }
      int ps = i;
      int pe = lineEnd;
      int j = lineEnd + 1;
      boolean bullets = line.startsWith("- ");
      while (!bullets && j < n) {
        int le = text.indexOf('\n', j);
        if (le < 0) {
          le = n;
        }
        if (text.substring(j, le).trim().isEmpty()) {
          break;
        }
        pe = le;
        j = le + 1;
      }
      String para = text.substring(ps, pe).trim();
      String lowerPara = para.toLowerCase(Locale.ROOT).replaceAll("^#+\\s*", "");
      if (lowerPara.equals("references") || lowerPara.equals("similar articles")
          || lowerPara.equals("cited by")) {
        break;
      }
      if (para.startsWith("#") || !endsLikeProse(para)) {
        if (!para.contains(" ") || para.startsWith("#") || para.length() < 40) {
          section = lowerPara;
        }
      } else if (!para.startsWith("|") && !REFERENCE.matcher(para).matches()
          && para.split("\\s+").length >= 4 && !para.contains("doi.org")) {
        int s = ps;
        while (Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        Matcher lead = LEAD_IN.matcher(text.substring(s, pe));
        if (lead.lookingAt()) {
          s += lead.end();
        }
        int e = pe;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        blocks.add(new Block(section, kind(section), s, e));
      }
      i = bullets ? lineEnd + 1 : pe + 1;
    }
    return new Document(seed.toString(), text, SeedFormat.PLAIN_TEXT, bib, blocks, false);
  }

  private static boolean endsLikeProse(String para) {
    char c = para.charAt(para.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ')' || c == ']';
  }

  private static BlockKind kind(String section) {
    if (section.contains("abstract")) {
      return BlockKind.ABSTRACT;
    }
    if (section.contains("tl;dr") || section.contains("key findings")
        || section.contains("contribution")) {
      return BlockKind.SUMMARY;
    }
    return BlockKind.BODY;
  }

  /** Precision/recall bookkeeping exactly as GUIDELINES.md "Scoring" describes. */
  record Score(int claims, int claimsMatched, int mechanisms, int mechanismsMatched,
      List<String> falsePositives, List<String> misses) {
    double precision() {
      return claims == 0 ? 1.0 : (double) claimsMatched / claims;
    }

    double recall() {
      return mechanisms == 0 ? 1.0 : (double) mechanismsMatched / mechanisms;
    }
  }

  static Score score(List<Extraction> claims, List<Gold> gold) {
    int matchedClaims = 0;
    List<String> fps = new ArrayList<>();
    for (Extraction c : claims) {
      boolean ok = false;
      for (Gold g : gold) {
        if (matches(c.quote(), g.text())) {
          ok = true;
          break;
        }
      }
      if (ok) {
        matchedClaims++;
      } else {
        fps.add(c.quote());
      }
    }
    int mech = 0;
    int mechMatched = 0;
    List<String> misses = new ArrayList<>();
    for (Gold g : gold) {
      if (!g.label().equals("mechanism")) {
        continue;
      }
      mech++;
      boolean hit = claims.stream().anyMatch(c -> matches(c.quote(), g.text()));
      if (hit) {
        mechMatched++;
      } else {
        misses.add(g.text());
      }
    }
    return new Score(claims.size(), matchedClaims, mech, mechMatched, fps, misses);
  }

  /** A claim matches when its quote lies inside the sentence or covers half its words. */
  static boolean matches(String quote, String sentence) {
    String q = QuoteText.normalize(quote);
    String s = QuoteText.normalize(sentence);
    if (s.contains(q)) {
      return true;
    }
    String[] sw = s.split(" ");
    String[] qw = q.split(" ");
    int best = 0;
    for (int i = 0; i < sw.length; i++) {
      for (int j = 0; j < qw.length; j++) {
        int k = 0;
        while (i + k < sw.length && j + k < qw.length && sw[i + k].equals(qw[j + k])) {
          k++;
        }
        best = Math.max(best, k);
      }
    }
    return best * 2 >= sw.length;
  }
}
