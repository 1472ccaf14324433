package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Relation;
import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The extractor's fast paths must give exactly what the plain regular expressions they replace
 * give: each is checked here against the plain form on many generated texts full of the edge
 * cases (punctuation, non-ASCII letters and spaces, surrogate pairs, hyphens, apostrophes).
 */
class FastPathEquivalenceTest {
  private static final String[] PIECES = {
      "the", "a", "of", "cells", "epithelial-mesenchymal", "transition", "tumour", "growth",
      "TGF-\u03B2", "p53/MDM2", "don\u2019t", "cells'", "x1", "12", "\u00E9tude", "\uD835\uDC00BC",
      "(EMT)", "(TGF-\u03B21)", "(Abc)", "(X)", "(ABCDEFGHIJKLM)", "(\uD835\uDC00BC)", "(", ")",
      "((", "(e.g.", "(MMPs)", "(IL-6)", "(see", "[3]", "induces", "promotes", "is", "by",
      "driven", "leads", "to", "plays", "a", "role", "in", "due", "inhibits", "up-regulates",
      "-", "'", "\u2019", ",", ".", ";", ":", "and", "Induces", "INDUCES", "_x", "via",
      "was", "been", "being", "further", "in part", "regulated", "thereby", "thus", "promoting",
      "leading to", "resulting in", "giving rise to", "playing a key role in", "contributing to",
      "plays an important role in", "has a central role in", "is involved in", "participates in",
      "is essential for", "are required", "critical", "for", "necessary", "because of",
      "as a result of", "arises from", "caused by", "through", "by forming", "is a key driver of",
      "acts as a mediator of", "are major regulators of", "is one of the causes of",
      "correlates with", "is strongly associated with", "linked to", "aids in", "responsible",
      "mesenchymal", "niche", "ctc", "ctcs", "mmp-9", "vegf", "pd-l1", "dormant", "hypoxia",
      "mutation", "evs", "tme", "invasive", "genetic", "histone", "extracellular matrix",
      "blood vessels", "immune evasion", "\u00B5m", "\u00DFcell", "remains a major mediator of",
      "functions as a regulator of", "serve as key drivers of", "was largely responsible for",
      "been linked to", "gave rise to", "correlating with", "aided in", "having a role in",
      "played the central role in", "participated in", "owing to", "as a consequence of",
      "stemmed from", "arose from", "being essential for", "remain crucial for",
      "not required for", "acts as an inhibitor of", "are determinants of", "is a cause of",
      "were triggers of", "be the promoter of", "functions as the suppressor of",
      "results from", "stems from", "arises from", "led to", "resulted in", "by inducing",
      "via", "through", "is thought to", "contributed to", "have a key role in",
      "were implicated in", "be vital for", "remains pivotal for", "highly important for",
      "mortality", "cell death", "deaths", "death rates", "incidence", "prognostic",
      "overall survival", "patient outcomes", "quality of life", "burden", "risk", "worldwide",
      "diagnosed", "epidemiology", "hospitalization", "is still needed", "remains unclear",
      "whether", "holds promise", "should be", "this review", "we", "is the process by which"};
  private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0",
      "", ", ", ". ", "; ", "-"};

  /** Texts of 1 to 60 pieces, reproducible. */
  static List<String> texts(int count, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        sb.append(SPACES[r.nextInt(SPACES.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String describe(List<MatchResult> ms) {
    StringBuilder sb = new StringBuilder();
    for (MatchResult m : ms) {
      sb.append(m.start()).append('-').append(m.end()).append(':').append(m.group(1))
          .append('|').append(m.group(2)).append('|').append(m.start(2)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void acronymDefinitionsAreThoseOfAFindOverTheWholeText() {
    int found = 0;
    for (String text : texts(10_000, 1)) {
      List<MatchResult> plain = new ArrayList<>();
      Matcher m = AnaphoraResolver.DEFINITION.matcher(text);
      while (m.find()) {
        plain.add(m.toMatchResult());
      }
      assertEquals(describe(plain), describe(AnaphoraResolver.definitions(text)), text);
      found += plain.size();
    }
    assertTrue(found > 1000, "the texts hold definitions: " + found);
  }

  /** Generated texts and the lines of the seeds and test documents, as the detector sees them. */
  static synchronized List<String> sentences() throws IOException {
    if (sentences != null) {
      return sentences;
    }
    List<String> out = new ArrayList<>(texts(8_000, 2));
    for (String dir : List.of("seeds", "src/test/resources")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\\n|\\. ")) {
            out.add(line);
          }
        }
      }
    }
    sentences = List.copyOf(out);
    return sentences;
  }

  private static List<String> sentences;

  /** MechanismDetector.hits as it was: every trigger pattern's find() over the sentence. */
  private static List<MechanismDetector.Hit> plainHits(String lower) {
    List<MechanismDetector.Hit> out = new ArrayList<>();
    Matcher m = MechanismDetector.PASSIVE.matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.PASSIVE,
          MechanismDetector.PARTICIPLES.get(m.group(1).replaceAll("\\s+", " ")),
          m.start(), m.end(), false));
    }
    m = MechanismDetector.PARTICIPLE.matcher(lower);
    while (m.find()) {
      String g = m.group(1);
      Relation r = MechanismDetector.GERUNDS.get(g);
      if (r == null) {
        r = g.startsWith("leading") || g.startsWith("resulting") || g.startsWith("giving")
            ? Relation.CAUSES
            : g.startsWith("contributing") ? Relation.CONTRIBUTES_TO : Relation.PLAYS_ROLE_IN;
      }
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.PARTICIPLE, r, m.start(1),
          m.end(1), false));
    }
    m = MechanismDetector.FINITE_VERB.matcher(lower);
    WordRuns runs = new WordRuns(lower);
    while (m.find()) {
      String w = m.group();
      if (Lexicon.NOUN_HOMOGRAPHS.contains(w)) {
        int k = 0;
        while (runs.start(k) != m.start()) {
          k++;
        }
        if (!MechanismDetector.verbUse(lower, runs, k)) {
          continue;
        }
      }
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.ACTIVE,
          MechanismDetector.FINITE.get(w), m.start(), m.end(),
          MechanismDetector.PAST_FORMS.contains(w)));
    }
    for (MechanismDetector.Trigger p : MechanismDetector.PHRASES) {
      m = p.pattern().matcher(lower);
      while (m.find()) {
        out.add(new MechanismDetector.Hit(MechanismDetector.Kind.PHRASE, p.relation(),
            m.start(), m.end(), false));
      }
    }
    m = Lexicon.ROLE.matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.ROLE, Relation.PLAYS_ROLE_IN,
          m.start(), m.end(), false));
    }
    m = Lexicon.REQUIRED.matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.REQUIRED,
          Relation.IS_REQUIRED_FOR, m.start(), m.end(), false));
    }
    m = Lexicon.REVERSE.matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.REVERSE, Relation.CAUSES,
          m.start(), m.end(), false));
    }
    m = java.util.regex.Pattern.compile("[\u2192\u21D2\u27F6\u21FE]|(?<![-<])[-=]>")
        .matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.PHRASE, Relation.CAUSES,
          m.start(), m.end(), false));
    }
    m = Lexicon.NEEDS.matcher(lower);
    while (m.find()) {
      out.add(new MechanismDetector.Hit(MechanismDetector.Kind.REVERSE,
          m.group().startsWith("involv") ? Relation.PLAYS_ROLE_IN : Relation.IS_REQUIRED_FOR,
          m.start(), m.end(), false));
    }
    out.sort(Comparator.comparingInt(MechanismDetector.Hit::start)
        .thenComparing(h -> -(h.end() - h.start())));
    return out;
  }

  @Test
  void triggerHitsAreThoseOfFindOverEverySentence() throws IOException {
    int hits = 0;
    for (String sentence : sentences()) {
      String lower = Text.lower(sentence);
      List<MechanismDetector.Hit> plain = plainHits(lower);
      assertEquals(plain, MechanismDetector.hits(lower, new WordRuns(lower)), sentence);
      hits += plain.size();
    }
    assertTrue(hits > 10_000, "the sentences hold triggers: " + hits);
  }

  @Test
  void meansMatchesAreThoseOfFind() throws IOException {
    int found = 0;
    for (String sentence : sentences()) {
      String lower = Text.lower(sentence);
      Matcher plain = Lexicon.MEANS.matcher(lower);
      Matcher fast = Lexicon.MEANS.matcher(lower);
      WordRuns runs = new WordRuns(lower);
      while (plain.find()) {
        assertTrue(runs.find(fast, Lexicon.MEANS_OPENERS::contains), sentence);
        assertEquals(plain.start() + "-" + plain.end(), fast.start() + "-" + fast.end(),
            sentence);
        found++;
      }
      assertTrue(!runs.find(fast, Lexicon.MEANS_OPENERS::contains), sentence);
    }
    assertTrue(found > 1000, "the sentences hold means clauses: " + found);
  }

  @Test
  void tagsAreThoseOfThePlainPatterns() throws IOException {
    Vocabulary v = Vocabulary.defaults();
    Tagger tagger = new Tagger(v);
    Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
    for (Tag tag : v.tags()) {
      Set<String> terms = new LinkedHashSet<>();
      terms.add(tag.name());
      terms.add(tag.name().replace('-', ' '));
      terms.addAll(tag.synonyms());
      StringBuilder sb = new StringBuilder();
      for (String term : terms) {
        if (!term.trim().isEmpty()) {
          sb.append(sb.length() > 0 ? "|" : "").append(Pattern.quote(Text.lower(term.trim())));
        }
      }
      patterns.put(tag.name(),
          Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + sb + ")(?![\\p{L}\\p{N}])"));
    }
    int tagged = 0;
    for (String sentence : sentences()) {
      List<String> plain = new ArrayList<>();
      patterns.forEach((name, p) -> {
        if (p.matcher(Text.lower(sentence)).find()) {
          plain.add(name);
        }
      });
      assertEquals(plain, tagger.tags(sentence), sentence);
      tagged += plain.size();
    }
    assertTrue(tagged > 1000, "the sentences hold tags: " + tagged);
  }

  @Test
  void tokensAreThoseOfTheTokenPattern() throws IOException {
    List<String> all = new ArrayList<>(sentences());
    all.addAll(List.of("don't", " n't x", "a\uD835\uDC00b c", "\uDC00 \uD835", "x-\uD835\uDC00",
        "\u2164\u2165 \u00B2 \u0660", "a-b-c.d/e+f\u2019g'h", "a- b", "-a", "a--b", "1.5-fold"));
    for (String sentence : all) {
      Tokens t = new Tokens(sentence);
      List<String> plain = new ArrayList<>();
      Matcher m = Tokens.TOKEN.matcher(t.lower);
      while (m.find()) {
        plain.add(m.start() + ":" + m.group());
      }
      List<String> fast = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        fast.add(t.start(i) + ":" + t.word(i));
        assertEquals(t.lower.substring(t.start(i), t.end(i)), t.word(i));
      }
      assertEquals(plain, fast, sentence);
    }
  }

  @Test
  void wordCountIsThatOfSplit() throws IOException {
    List<String> all = new ArrayList<>(sentences());
    all.addAll(List.of("", " ", "a", " a ", "a  b", "\ta\u000Bb\fc\rd\ne", "a\u0001b",
        "\u0001", "a \u00A0 b"));
    for (String s : all) {
      String t = s.trim();
      assertEquals(t.isEmpty() ? 0 : t.split("\\s+").length, Text.wordCount(s), s);
    }
  }

  @Test
  void exclusionIsThatOfThePlainPatterns() throws IOException {
    int excluded = 0;
    for (String sentence : sentences()) {
      String lower = Text.lower(sentence);
      boolean plain = lower.endsWith("?") || Text.wordCount(lower) < 3
          || Lexicon.META.matcher(lower).lookingAt() || Lexicon.AGENDA.matcher(lower).find()
          || Lexicon.EPIDEMIOLOGY.matcher(lower).find()
          || Lexicon.DEFINITION.matcher(lower).lookingAt()
          || Lexicon.METHODS.matcher(lower).lookingAt()
          || Lexicon.SIDE_EFFECT.matcher(lower).find()
          || Lexicon.THERAPY_GOAL.matcher(lower).find();
      assertEquals(plain, MechanismDetector.excluded(lower), sentence);
      excluded += plain ? 1 : 0;
    }
    assertTrue(excluded > 1000, "some sentences are excluded: " + excluded);
  }
}
