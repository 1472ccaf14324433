package dev.evident.model;

/**
 * Makes text safe to print on a terminal: control characters, escape sequences and
 * bidirectional overrides in content or file names are shown escaped, never interpreted.
 */
public final class Safe {
  private Safe() {}

  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean bad = (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)
          || invisible(cp) || cp == 0x2028 || cp == 0x2029;
      if (bad) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  /**
   * Bidirectional controls and zero-width characters: a reader does not see them, so a
   * doctored twin sentence could look like the real one.
   */
  static boolean invisible(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
        || cp == 0x200F || cp == 0x061C || (cp >= 0x200B && cp <= 0x200D)
        || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || cp == 0x180E;
  }

  /** The char offset of the first invisible or bidirectional control character, or -1. */
  public static int invisibleAt(String s) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (invisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Like {@link #text} but also escapes line breaks and tabs, for one-line fields. */
  public static String line(String s) {
    return text(s).replace("\t", "\\t").replace("\n", "\\n");
  }
}
