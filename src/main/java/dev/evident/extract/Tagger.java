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
  /** Each entry's literal terms, one group per entry: its pattern needs one of them. */
  private final Literals terms;

  Tagger(Vocabulary vocabulary) {
    List<Entry> list = new ArrayList<>();
    List<List<String>> literalGroups = new ArrayList<>();
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
            "(?<![\\p{L}\\p{N}])(?:" + sb + ")(?![\\p{L}\\p{N}])")));
        literalGroups.add(literals);
      }
    }
    this.entries = List.copyOf(list);
    this.terms = new Literals(literalGroups);
  }

  List<String> tags(String sentence) {
    String lower = Text.lower(sentence);
    List<String> out = new ArrayList<>();
    // A tag's pattern runs only when one of its terms occurs at all, found for every tag in
    // one pass over the sentence.
    boolean[] present = terms.groups(lower);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (present[i] && e.pattern().matcher(lower).find()) {
        out.add(e.name());
      }
    }
    return out;
  }
}
