package dev.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word and punctuation tokens of a cleaned sentence, with char offsets. */
final class Tokens {
  /**
   * The tokens, as {@code find()} with this pattern over the lower-cased text gives them; the
   * constructor scans for them by hand (the regex was a tenth of extraction's time), and
   * FastPathEquivalenceTest holds the two to the same tokens.
   */
  static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:[-'\u2019/.+][\\p{L}\\p{N}]+)*|n't|\\S");

  final String text;
  final String lower;
  final List<int[]> spans = new ArrayList<>();
  final List<String> words = new ArrayList<>();

  Tokens(String text) {
    this.text = text;
    this.lower = Text.lower(text);
    String s = lower;
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int end;
      if (letterOrNumber(cp)) {
        // a run of letters and digits, then any number of joiner + run ("n't" is one of these)
        end = run(s, i);
        while (end < n && joiner(s.charAt(end)) && end + 1 < n
            && letterOrNumber(s.codePointAt(end + 1))) {
          end = run(s, end + 1);
        }
      } else if (space(cp)) {
        i++;
        continue;
      } else {
        end = i + Character.charCount(cp); // \S: any other code point
      }
      spans.add(new int[] {i, end});
      words.add(s.substring(i, end));
      i = end;
    }
  }

  /** The end of the run of letters and numbers ({@code [\p{L}\p{N}]+}) starting at {@code i}. */
  private static int run(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!letterOrNumber(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code [\p{L}\p{N}]}: a letter or number code point, by general category. */
  private static boolean letterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  private static boolean joiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '/' || c == '.' || c == '+';
  }

  /** {@code \s}: [ \t\n\x0B\f\r]. */
  private static boolean space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
