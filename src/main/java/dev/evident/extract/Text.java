package dev.evident.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small string helpers: length-preserving lower case, citation and markup removal. */
final class Text {
  private Text() {}

  /** Numeric citations: "[3]", "[3, 4]", "[3–5]". */
  static final Pattern NUMERIC_CITATION = Pattern.compile(
      "\\s*\\[\\s*\\d+(?:\\s*[-\u2013\u2014,;]\\s*\\d+)*\\s*\\]");

  /** Author-year citations: "(Samuel et al., 2010)", "(Smith and Jones 2019; Lee 2020)". */
  static final Pattern AUTHOR_YEAR = Pattern.compile(
      "\\s*\\((?:see |e\\.g\\.,? |cf\\. )?\\p{Lu}[\\p{L}'\u2019-]+(?: et al\\.?| (?:and|&) "
          + "\\p{Lu}[\\p{L}'\u2019-]+)?,? (?:19|20)\\d{2}[a-z]?(?:[;,] [^()]{1,80})?\\)");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|(?<![\\w*])\\*(?![\\s*])");
  private static final Pattern LEAD_IN = Pattern.compile(
      "^(?:(?:[-*+\u2022]|\\d+[.)])\\s+)?(?:\\*\\*[^*]{1,80}\\*\\*\\s*:?\\s*)?");
  /** Brackets left empty once a citation inside them is gone: "()", "( ; )", "[ ]". */
  private static final Pattern EMPTY_BRACKETS = Pattern.compile(
      "\\s*(?:\\(\\s*[,;]*\\s*\\)|\\[\\s*[,;]*\\s*\\])");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.;:!?])");

  /** Lower case that keeps every char at its offset (Locale-independent). */
  static String lower(String s) {
    // Most texts reaching here are lower case already (the extractor lowers the same sentence
    // in several places): find the first char that changes before copying anything.
    int n = s.length();
    int i = 0;
    while (i < n && Character.toLowerCase(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] c = s.toCharArray();
    for (; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  // Each pattern below runs only when the text holds a char that every match of it holds.

  static boolean hasCitation(String quote) {
    return quote.indexOf('[') >= 0 && NUMERIC_CITATION.matcher(quote).find()
        || quote.indexOf('(') >= 0 && AUTHOR_YEAR.matcher(quote).find();
  }

  /** Removes citations, Markdown emphasis and list lead-ins; collapses the spaces left over. */
  static String clean(String quote) {
    String s = quote.indexOf('[') < 0 ? quote : NUMERIC_CITATION.matcher(quote).replaceAll("");
    s = s.indexOf('(') < 0 ? s : AUTHOR_YEAR.matcher(s).replaceAll("");
    s = LEAD_IN.matcher(s).replaceFirst("");
    s = s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0 ? s
        : MARKUP.matcher(s).replaceAll("");
    s = s.indexOf('(') < 0 && s.indexOf('[') < 0 ? s : EMPTY_BRACKETS.matcher(s).replaceAll("");
    s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /** Removes leading discourse markers ("Moreover, ") and inner ones (", for example,"). */
  static String stripDiscourse(String s) {
    Matcher m = Lexicon.DISCOURSE.matcher(s);
    String out = m.find() ? s.substring(m.end()) : s;
    out = Lexicon.INNER_DISCOURSE.matcher(out).replaceAll("");
    return out;
  }

  static String capitalize(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    int sp = s.indexOf(' ');
    String first = sp < 0 ? s : s.substring(0, sp);
    // keep gene-like tokens such as "mTOR" or "miRNAs" as written
    for (int i = 1; i < first.length(); i++) {
      if (Character.isUpperCase(first.charAt(i))) {
        return s;
      }
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first letter unless the first word looks like an acronym or gene name. */
  static String decapitalize(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    int sp = s.indexOf(' ');
    String first = sp < 0 ? s : s.substring(0, sp);
    for (int i = 1; i < first.length(); i++) {
      char c = first.charAt(i);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        return s;
      }
    }
    if (first.length() == 1) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The number of {@code split("\\s+")} parts of the trimmed text, counted without a regex. */
  static int wordCount(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return 0;
    }
    // trim() leaves no \s at either end, so the parts are one more than the \s runs inside
    int count = 1;
    for (int i = 1; i < t.length(); i++) {
      if (isRegexSpace(t.charAt(i)) && !isRegexSpace(t.charAt(i - 1))) {
        count++;
      }
    }
    return count;
  }

  /** {@code \s}: [ \t\n\x0B\f\r]. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
