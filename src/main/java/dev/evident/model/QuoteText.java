package dev.evident.model;

/**
 * The one normalization under which a quote is compared with its seed: whitespace runs collapse
 * to one space, a hyphen at a line end joins the next line without a space ("PD-\nL1" is
 * "PD-L1"), and the ends are trimmed. Parse, lint and diff all use it.
 */
public final class QuoteText {
  private QuoteText() {}

  public static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        int j = i;
        boolean newline = false;
        while (j < n && isSpace(raw.charAt(j))) {
          newline |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
          j++;
        }
        boolean afterHyphen = out.length() > 0 && out.charAt(out.length() - 1) == '-';
        boolean hyphenWrap = newline && afterHyphen && out.length() > 1
            && Character.isLetterOrDigit(out.charAt(out.length() - 2));
        if (!hyphenWrap && out.length() > 0 && j < n) {
          out.append(' ');
        }
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
        || c == '\u00A0';
  }
}
