package dev.evident.app;

import dev.evident.model.QuoteText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores claims against gold labels exactly as GUIDELINES.md "Scoring" says: texts compared
 * after whitespace collapse and line-wrap joins; a claim matches a gold sentence when its quote
 * lies inside that sentence or covers at least half of its words.
 */
public final class GoldScorer {
  /** One labelled sentence. */
  public record Gold(String label, String text) {}

  /** Counts for one document or a whole set. */
  public record Score(int claims, int matchedClaims, int mechanisms, int recalled,
      List<String> falsePositives, List<String> missed) {
    public double precision() {
      return claims == 0 ? 1.0 : (double) matchedClaims / claims;
    }

    public double recall() {
      return mechanisms == 0 ? 1.0 : (double) recalled / mechanisms;
    }

    public Score plus(Score o) {
      List<String> fp = new ArrayList<>(falsePositives);
      fp.addAll(o.falsePositives);
      List<String> m = new ArrayList<>(missed);
      m.addAll(o.missed);
      return new Score(claims + o.claims, matchedClaims + o.matchedClaims,
          mechanisms + o.mechanisms, recalled + o.recalled, fp, m);
    }

    public static Score zero() {
      return new Score(0, 0, 0, 0, List.of(), List.of());
    }
  }

  private GoldScorer() {}

  /** Reads a gold file: lines "- label: X" followed by "  text: Y" (plain or quoted). */
  public static List<Gold> read(Path file) {
    List<Gold> out = new ArrayList<>();
    try {
      String label = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String t = line.trim();
        if (t.startsWith("- label:")) {
          label = t.substring("- label:".length()).trim();
        } else if (t.startsWith("text:") && label != null) {
          String v = t.substring("text:".length()).trim();
          if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"")
              || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
          }
          out.add(new Gold(label, v));
          label = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static Score score(List<String> quotes, List<Gold> gold) {
    int matched = 0;
    List<String> fps = new ArrayList<>();
    Set<Integer> recalled = new HashSet<>();
    for (String q : quotes) {
      boolean any = false;
      for (int i = 0; i < gold.size(); i++) {
        if (matches(q, gold.get(i).text())) {
          any = true;
          if (gold.get(i).label().equals("mechanism")) {
            recalled.add(i);
          }
        }
      }
      if (any) {
        matched++;
      } else {
        fps.add(q);
      }
    }
    int mechanisms = 0;
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).label().equals("mechanism")) {
        mechanisms++;
        if (!recalled.contains(i)) {
          missed.add(gold.get(i).text());
        }
      }
    }
    return new Score(quotes.size(), matched, mechanisms, recalled.size(), fps, missed);
  }

  static boolean matches(String quote, String sentence) {
    String q = norm(quote);
    String s = norm(sentence);
    if (s.contains(q)) {
      return true;
    }
    List<String> sw = Arrays.asList(s.split(" "));
    Set<String> qw = new HashSet<>(Arrays.asList(q.split(" ")));
    long covered = sw.stream().filter(qw::contains).count();
    return q.length() > 0 && covered * 2 >= sw.size();
  }

  static String norm(String s) {
    return QuoteText.normalize(s).toLowerCase(Locale.ROOT);
  }
}
