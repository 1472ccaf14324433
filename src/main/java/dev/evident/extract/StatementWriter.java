package dev.evident.extract;

import java.util.regex.Pattern;

/** Writes a clean, faithful statement from a cleaned sentence and its resolved subject. */
final class StatementWriter {
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:]+$");

  private StatementWriter() {}

  /**
   * Replaces an anaphoric phrase that opens the sentence by its antecedent, capitalises the
   * first letter and ends the statement with a period.
   */
  static String write(String body, String anaphor, String antecedent) {
    String s = body.trim();
    if (anaphor != null && antecedent != null && !anaphor.isBlank()
        && !antecedent.equalsIgnoreCase(anaphor)
        && Text.lower(s).startsWith(Text.lower(anaphor))
        && (s.length() == anaphor.length() || !Character.isLetterOrDigit(
            s.charAt(anaphor.length())))) {
      s = antecedent + s.substring(anaphor.length());
    }
    s = TRAILING_PUNCT.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      return s;
    }
    char last = s.charAt(s.length() - 1);
    if (last != '.' && last != '!' && last != '?') {
      s = s + ".";
    }
    return Text.capitalize(s);
  }
}
