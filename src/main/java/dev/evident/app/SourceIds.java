package dev.evident.app;

import dev.evident.ingest.Bibliography;
import dev.evident.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives a short, typable source id from what a seed states: first author's family name, year,
 * and a distinctive title word ({@code chen-2025-breast}). Missing facts are left out rather
 * than guessed; with no author a second title word keeps the id distinctive.
 */
final class SourceIds {
  private static final Set<String> SKIP = Set.of(
      "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "by", "from", "how",
      "what", "why", "when", "do", "does", "is", "are", "its", "their", "into", "at", "as",
      "mechanism", "mechanisms", "role", "roles", "review", "study", "analysis", "new", "novel",
      "insights", "toward", "towards", "via", "between", "beyond", "unveiling", "involvement",
      "understanding", "recent", "advances", "bridging");

  private SourceIds() {}

  /**
   * The id of a new source: {@code family-year-titleword}; with no author, two title words and
   * the year; with no title either, two words of the journal's name and the year; with none of
   * these, {@code source-} and six hex digits of the seed's content hash. A file name is never
   * used: its digits and words say nothing the document states.
   */
  static String derive(Bibliography b, String contentHash) {
    List<String> parts = new ArrayList<>();
    String family = familyName(b.authors().isEmpty() ? null : b.authors().get(0));
    List<String> words = titleWords(b.title());
    if (family == null && words.isEmpty()) {
      words = titleWords(b.journal());
    }
    if (family != null) {
      // chen-2025-breast: author, year, a title word
      parts.add(family);
      if (b.year() != null) {
        parts.add(Integer.toString(b.year()));
      }
      if (!words.isEmpty()) {
        parts.add(words.get(0));
      }
    } else {
      // no author stated: two title words, then the year (cancer-cells-2024)
      parts.addAll(words.subList(0, Math.min(2, words.size())));
      if (b.year() != null) {
        parts.add(Integer.toString(b.year()));
      }
    }
    String id = Ids.slug(String.join("-", parts));
    if (id.isEmpty() || id.chars().allMatch(c -> Character.isDigit(c) || c == '-')) {
      // nothing stated but perhaps a year: an id from the content, stable across re-parse
      id = "source-" + contentHash.substring(0, 6) + (id.isEmpty() ? "" : "-" + id);
    }
    if (id.length() > 40) {
      id = id.substring(0, 40).replaceAll("-+$", "");
    }
    if (!Ids.isValid(id)) {
      id = "src-" + id;
    }
    return id;
  }

  /** "Chen R" (Vancouver) gives Chen; "Rui Chen" gives Chen. */
  static String familyName(String author) {
    if (author == null || author.isBlank()) {
      return null;
    }
    String a = author.trim();
    String[] tokens = a.split("[\\s,]+");
    if (a.contains(",")) {
      return Ids.slug(tokens[0]);
    }
    if (tokens.length >= 2 && tokens[tokens.length - 1].matches("\\p{Lu}{1,3}")) {
      return Ids.slug(tokens[0]);
    }
    return Ids.slug(tokens[tokens.length - 1]);
  }

  static List<String> titleWords(String title) {
    List<String> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    for (String w : Ids.slug(title).split("-")) {
      if (w.length() >= 3 && !SKIP.contains(w.toLowerCase(Locale.ROOT))
          && !w.chars().allMatch(Character::isDigit)) {
        out.add(w);
      }
    }
    return out;
  }
}
