package dev.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word and punctuation tokens of a cleaned sentence, with char offsets. */
final class Tokens {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:[-'\u2019/.+][\\p{L}\\p{N}]+)*|n't|\\S");

  final String text;
  final String lower;
  final List<int[]> spans = new ArrayList<>();
  final List<String> words = new ArrayList<>();

  Tokens(String text) {
    this.text = text;
    this.lower = Text.lower(text);
    Matcher m = TOKEN.matcher(lower);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(m.group());
    }
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  int start(int i) {
    return spans.get(i)[0];
  }

  int end(int i) {
    return spans.get(i)[1];
  }

  /** Index of the first token starting at or after {@code offset}. */
  int at(int offset) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[0] >= offset) {
        return i;
      }
    }
    return spans.size();
  }

  /** Index of the last token ending at or before {@code offset}, or -1. */
  int before(int offset) {
    int r = -1;
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[1] <= offset) {
        r = i;
      } else {
        break;
      }
    }
    return r;
  }

  /** Original-case text of tokens {@code [from, to]} inclusive. */
  String slice(int from, int to) {
    if (from > to || from < 0 || to >= spans.size()) {
      return "";
    }
    return text.substring(start(from), end(to));
  }
}
