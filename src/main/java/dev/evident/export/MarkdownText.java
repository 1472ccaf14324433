package dev.evident.export;

import java.nio.charset.StandardCharsets;

/**
 * Escaping for GitHub-flavoured Markdown: any text becomes one line of inline content that a
 * GFM reader shows as the text itself, so a claim cannot end a table row, add a cell, open a
 * code span, a link, emphasis or raw HTML, or start a heading, quote or list.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /**
   * The text as a reader will see it: line breaks and other control characters become spaces
   * (a table row is one line), leading and trailing white space is dropped (GFM trims cells).
   */
  public static String plain(String s) {
    if (s == null) {
      return "";
    }
    if (isPlain(s)) {
      return s; // the common case, without a copy
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue; // CR LF is one line break, so one space
      }
      sb.append(isControl(c) ? ' ' : c);
    }
    return sb.toString().strip();
  }

  private static boolean isPlain(String s) {
    int n = s.length();
    if (n > 0 && (Character.isWhitespace(s.charAt(0))
        || Character.isWhitespace(s.charAt(n - 1)))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters a document must not carry into a rendered page or a terminal: C0 and C1
   * controls, line separators, and bidirectional controls that reorder what a reader sees.
   */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /** Escapes {@link #plain(String) plain(s)} for a table cell or a heading. */
  public static String inline(String s) {
    String p = plain(s);
    if (needsNoEscape(p)) {
      return p;
    }
    StringBuilder sb = new StringBuilder(p.length() + 16);
    int i = 0;
    if (!p.isEmpty()) {
      char first = p.charAt(0);
      if (first == '#' || first == '-' || first == '+' || first == '=') {
        // block markers: heading, list item, setext underline
        sb.append('\\').append(first);
        i = 1;
      } else if (first >= '0' && first <= '9') {
        int j = 0;
        while (j < p.length() && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
          j++;
        }
        if (j < p.length() && (p.charAt(j) == '.' || p.charAt(j) == ')')) {
          // "1. " or "1) " would start an ordered list
          sb.append(p, 0, j).append('\\').append(p.charAt(j));
          i = j + 1;
        }
      }
    }
    for (; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        // table parsing removes the backslash of every "\\|" before inline parsing runs, so
        // "\\" next to a pipe loses a backslash; a character reference needs no such care
        case '\\' -> sb.append("&#92;");
        case '|' -> sb.append("\\|");
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '`', '*', '_', '[', ']', '~', '$' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsNoEscape(String p) {
    if (p.isEmpty()) {
      return true;
    }
    char first = p.charAt(0);
    if (first == '#' || first == '-' || first == '+' || first == '='
        || first >= '0' && first <= '9') {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      switch (p.charAt(i)) {
        case '\\', '|', '&', '<', '>', '`', '*', '_', '[', ']', '~', '$' -> {
          return false;
        }
        default -> {
          // plain text
        }
      }
    }
    return true;
  }

  /**
   * The https://doi.org/ address of a DOI, or null when there is no DOI. Every character other
   * than letters, digits, {@code - . _ ~ /} is percent-encoded, so the address is safe inside a
   * Markdown link and a table cell whatever the DOI contains (parentheses, spaces, pipes).
   */
  public static String doiUrl(String doi) {
    if (doi == null || doi.isBlank()) {
      return null;
    }
    String d = doi.strip();
    for (String prefix : new String[] {"https://doi.org/", "http://doi.org/",
        "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
      if (d.regionMatches(true, 0, prefix, 0, prefix.length())) {
        d = d.substring(prefix.length());
        break;
      }
    }
    if (d.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("https://doi.org/");
    for (byte b : d.getBytes(StandardCharsets.UTF_8)) {
      int u = b & 0xFF;
      if (u >= 'a' && u <= 'z' || u >= 'A' && u <= 'Z' || u >= '0' && u <= '9'
          || u == '-' || u == '.' || u == '_' || u == '~' || u == '/') {
        sb.append((char) u);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(u & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  /** A Markdown link to the DOI when there is one, else the escaped label alone. */
  public static String link(String label, String doi) {
    String url = doiUrl(doi);
    String text = inline(label);
    return url == null ? text : "[" + text + "](" + url + ")";
  }
}
