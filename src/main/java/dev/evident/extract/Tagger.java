package dev.evident.extract;

import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Assigns the vocabulary tags whose name or synonyms occur in a sentence, in vocabulary order. */
final class Tagger {
  /** A tag, its pattern, and the literal terms one of which the pattern needs. */
  private record Entry(String name, Pattern pattern, List<String> terms) {
    /** Whether the sentence has the tag; the pattern runs only when a term occurs at all. */
    boolean in(String lower) {
      for (String t : terms) {
        if (lower.contains(t)) {
          return pattern.matcher(lower).find();
        }
      }
      return false;
    }
  }

  private final List<Entry> entries;

  Tagger(Vocabulary vocabulary) {
    List<Entry> list = new ArrayList<>();
    for (Tag tag : vocabulary.tags()) {
      Set<String> terms = new LinkedHashSet<>();
      terms.add(tag.name());
      terms.add(tag.name().replace('-', ' '));
      terms.addAll(tag.synonyms());
      StringBuilder sb = new StringBuilder();
      List<String> literals = new ArrayList<>();
      for (String term : terms) {
        String t = term.trim();
        if (t.isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(Pattern.quote(Text.lower(t)));
        literals.add(Text.lower(t));
      }
      if (sb.length() > 0) {
        list.add(new Entry(tag.name(), Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + sb + ")(?![\\p{L}\\p{N}])"), List.copyOf(literals)));
      }
    }
    this.entries = List.copyOf(list);
  }

  List<String> tags(String sentence) {
    String lower = Text.lower(sentence);
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.in(lower)) {
        out.add(e.name());
      }
    }
    return out;
  }
}
