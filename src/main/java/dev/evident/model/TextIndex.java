package dev.evident.model;

import java.util.Arrays;

/**
 * Line and column lookups over a text, and conversion between Java char offsets and the Unicode
 * code point offsets that claim files store. CR LF, lone CR and LF each end one line.
 */
public final class TextIndex {
  private final String text;
  private final int[] lineStarts;

  public TextIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
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
    return text.codePointCount(0, charOffset);
  }

  /** Char offset of a code point offset, or -1 when it lies past the end of the text. */
  public int chars(int codePointOffset) {
    try {
      return text.offsetByCodePoints(0, codePointOffset);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
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
