package dev.evident.app;

import dev.evident.model.Gold;
import dev.evident.model.Mechanism;
import dev.evident.model.QuoteText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one scorer of extraction against labels, as GUIDELINES.md "Scoring" says and
 * docs/eval.md restates: texts are compared after whitespace is collapsed and line-wrap breaks
 * are joined, and a claim matches a labelled sentence when its quote lies inside the sentence
 * or covers at least half of the sentence's words.
 */
public final class GoldScore {
  private GoldScore() {}

  /** One claim as the scorer sees it: the quote as a reader sees it, and its triple. */
  public record Claimed(String quote, Mechanism mechanism) {}

  /** Sentence and triple counts of one document, or of a whole set. */
  public record Counts(int claims, int matchedClaims, int mechanisms, int recalled, int triples,
      int triplesRight, List<String> falsePositives, List<String> missed,
      List<String> wrongTriples) {
    public Counts {
      falsePositives = List.copyOf(falsePositives);
      missed = List.copyOf(missed);
      wrongTriples = List.copyOf(wrongTriples);
    }

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, List.of(), List.of(),
        List.of());

    /** Claims on a mechanism or borderline sentence, of all claims (1 when there are none). */
    public double precision() {
      return claims == 0 ? 1.0 : (double) matchedClaims / claims;
    }

    /** Mechanism sentences found by at least one claim, of all mechanism sentences. */
    public double recall() {
      return mechanisms == 0 ? 1.0 : (double) recalled / mechanisms;
    }

    /** Found mechanism sentences with a labelled triple whose claim's triple agrees. */
    public double tripleAccuracy() {
      return triples == 0 ? 1.0 : (double) triplesRight / triples;
    }

    public Counts plus(Counts o) {
      return new Counts(claims + o.claims, matchedClaims + o.matchedClaims,
          mechanisms + o.mechanisms, recalled + o.recalled, triples + o.triples,
          triplesRight + o.triplesRight, concat(falsePositives, o.falsePositives),
          concat(missed, o.missed), concat(wrongTriples, o.wrongTriples));
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }

  /** Scores the claims of one document against its labelled sentences. */
  public static Counts score(List<Claimed> claims, List<Gold.Sentence> gold) {
    int matched = 0;
    List<String> fps = new ArrayList<>();
    List<List<Claimed>> bySentence = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (Claimed c : claims) {
      boolean any = false;
      for (int i = 0; i < gold.size(); i++) {
        if (matches(c.quote(), gold.get(i).text())) {
          any = true;
          bySentence.get(i).add(c);
        }
      }
      if (any) {
        matched++;
      } else {
        fps.add(c.quote());
      }
    }
    int mechanisms = 0;
    int recalled = 0;
    int triples = 0;
    int triplesRight = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Gold.Sentence s = gold.get(i);
      if (s.label() != Gold.Label.MECHANISM) {
        continue;
      }
      mechanisms++;
      if (bySentence.get(i).isEmpty()) {
        missed.add(s.text());
        continue;
      }
      recalled++;
      if (s.hasTriple()) {
        triples++;
        boolean right = bySentence.get(i).stream().anyMatch(c -> tripleAgrees(c.mechanism(), s));
        if (right) {
          triplesRight++;
        } else {
          Mechanism m = bySentence.get(i).get(0).mechanism();
          wrong.add(s.text() + "\n    labelled: " + s.subject() + " | "
              + (s.direction() == null ? "?" : s.direction().wire()) + " | " + s.object()
              + (Boolean.TRUE.equals(s.negated()) ? " (negated)" : "")
              + "\n    extracted: " + m.subject() + " | " + m.relation().wire() + " | "
              + m.object() + (m.negated() ? " (negated)" : ""));
        }
      }
    }
    return new Counts(claims.size(), matched, mechanisms, recalled, triples, triplesRight, fps,
        missed, wrong);
  }

  /** Whether a claim's quote matches a labelled sentence (GUIDELINES.md, "Scoring"). */
  public static boolean matches(String quote, String sentence) {
    String q = norm(quote);
    String s = norm(sentence);
    if (q.isEmpty()) {
      return false;
    }
    if (s.contains(q)) {
      return true;
    }
    List<String> sw = Arrays.asList(s.split(" "));
    Set<String> qw = new HashSet<>(Arrays.asList(q.split(" ")));
    long covered = sw.stream().filter(qw::contains).count();
    return covered * 2 >= sw.size();
  }

  /**
   * Whether an extracted triple agrees with a labelled one: subject and object each name the
   * same thing (one's content words contain the other's, or they share at least half of all
   * their content words), the relation's direction is the labelled one (when labelled), and
   * negation is the same (when labelled).
   */
  public static boolean tripleAgrees(Mechanism m, Gold.Sentence s) {
    if (!phraseAgrees(m.subject(), s.subject()) || !phraseAgrees(m.object(), s.object())) {
      return false;
    }
    if (s.direction() != null && m.relation().direction() != s.direction()) {
      return false;
    }
    return s.negated() == null || s.negated() == m.negated();
  }

  static boolean phraseAgrees(String extracted, String labelled) {
    Set<String> a = contentWords(extracted);
    Set<String> b = contentWords(labelled);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.containsAll(b) || b.containsAll(a)) {
      return true;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return both.size() * 2 >= all.size();
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
      "its", "their", "this", "these", "that", "those", "as", "into", "via");

  static Set<String> contentWords(String phrase) {
    Set<String> out = new HashSet<>();
    if (phrase == null) {
      return out;
    }
    for (String w : NON_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static String norm(String s) {
    return QuoteText.normalize(s).toLowerCase(Locale.ROOT);
  }
}
