package dev.evident.model;

import java.util.Arrays;

/**
 * Line and column lookups over a text, and conversion between Java char offsets and the Unicode
 * code point offsets that claim files store. CR LF, lone CR and LF each end one line.
 */
public final class TextIndex {
  private final String text;
  private final int[] lineStarts;
  /** Char offsets of the high surrogates of surrogate pairs, ascending; empty for BMP text. */
  private final int[] pairs;

  public TextIndex(String text) {
    this.text = text;
    int[] ps = new int[0];
    int np = 0;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (np == ps.length) {
          ps = Arrays.copyOf(ps, Math.max(8, np * 2));
        }
        ps[np++] = i;
      }
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.pairs = Arrays.copyOf(ps, np);
  }

  public String text() {
    return text;
  }

  /** 1-based line of a char offset. */
  public int line(int charOffset) {
    int i = Arrays.binarySearch(lineStarts, charOffset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based column, in code points, of a char offset. */
  public int column(int charOffset) {
    int start = lineStarts[line(charOffset) - 1];
    return text.codePointCount(start, Math.min(charOffset, text.length())) + 1;
  }

  /** Code point offset of a char offset. */
  public int codePoints(int charOffset) {
    // Pairs that end at or before the offset count one code point for two chars.
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] + 2 <= charOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return charOffset - lo;
  }

  /** Char offset of a code point offset, or -1 when it lies past the end of the text. */
  public int chars(int codePointOffset) {
    // Logarithmic, not a scan from the start: lint converts every claim's locator.
    if (codePointOffset < 0) {
      return -1;
    }
    int lo = 0;
    int hi = pairs.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] - mid < codePointOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int c = codePointOffset + lo;
    return c <= text.length() ? c : -1;
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int s = lineStarts[line - 1];
    int e = line < lineStarts.length ? lineStarts[line] : text.length();
    while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
      e--;
    }
    return text.substring(s, e);
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
