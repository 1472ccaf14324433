package dev.evident.model;

/**
 * The one normalization under which a quote is compared with its seed: whitespace runs collapse
 * to one space, a hyphen at a line end joins the next line without a space ("PD-\nL1" is
 * "PD-L1"), and the ends are trimmed. Parse, lint and diff all use it.
 */
public final class QuoteText {
  private QuoteText() {}

  public static String normalize(CharSequence raw) {
    return normalize(raw, null).text();
  }

  /**
   * A normalized text together with, for each of its chars, the char offset in the raw text it
   * came from (a collapsed whitespace run maps to the run's first char), so that a match in the
   * normalized text can be located in the original.
   */
  public record Mapped(String text, int[] origins) {
    /** The raw char offset of normalized offset {@code i}; {@code i == length} maps past the end. */
    public int origin(int i, int rawLength) {
      return i < origins.length ? origins[i] : rawLength;
    }

    /** The first normalized offset whose origin is at or after raw offset {@code raw}. */
    public int indexOf(int raw) {
      int i = java.util.Arrays.binarySearch(origins, raw);
      return i >= 0 ? i : -i - 1;
    }
  }

  /** {@link #normalize(CharSequence)}, keeping where each char came from. */
  public static Mapped normalizeMapped(CharSequence raw) {
    return normalize(raw, new int[raw.length()]);
  }

  private static Mapped normalize(CharSequence raw, int[] origins) {
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
          if (origins != null) {
            origins[out.length()] = i;
          }
          out.append(' ');
        }
        i = j;
      } else {
        if (origins != null) {
          origins[out.length()] = i;
        }
        out.append(c);
        i++;
      }
    }
    return new Mapped(out.toString(),
        origins == null ? new int[0] : java.util.Arrays.copyOf(origins, out.length()));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
        || c == '\u00A0';
  }
}
