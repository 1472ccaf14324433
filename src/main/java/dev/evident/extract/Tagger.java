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
  private record Entry(String name, Pattern pattern) {}

  private final List<Entry> entries;

  Tagger(Vocabulary vocabulary) {
    List<Entry> list = new ArrayList<>();
    for (Tag tag : vocabulary.tags()) {
      Set<String> terms = new LinkedHashSet<>();
      terms.add(tag.name());
      terms.add(tag.name().replace('-', ' '));
      terms.addAll(tag.synonyms());
      StringBuilder sb = new StringBuilder();
      for (String term : terms) {
        String t = term.trim();
        if (t.isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(Pattern.quote(Text.lower(t)));
      }
      if (sb.length() > 0) {
        list.add(new Entry(tag.name(), Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + sb + ")(?![\\p{L}\\p{N}])")));
      }
    }
    this.entries = List.copyOf(list);
  }

  List<String> tags(String sentence) {
    String lower = Text.lower(sentence);
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.pattern().matcher(lower).find()) {
        out.add(e.name());
      }
    }
    return out;
  }
}
