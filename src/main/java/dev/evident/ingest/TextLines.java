package dev.evident.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a decoded text with their char offsets, where CR LF, a lone CR and LF all end a
 * line, so that offsets keep pointing into the text exactly as it was decoded.
 */
public final class TextLines {

  /**
   * One line: {@code start} is its first char, {@code end} the char after its content (before
   * the line break), {@code number} is 1-based.
   */
  public record Line(int number, int start, int end, String text) {
    /** True when the line holds nothing but whitespace (and masked markup, which is unseen). */
    public boolean blank() {
      return trimmed().isEmpty();
    }

    /** The content without surrounding whitespace (NBSP included) or masked markup. */
    public String trimmed() {
      int a = 0;
      int b = text.length();
      while (a < b && (isSpace(text.charAt(a)) || text.charAt(a) == Document.UNSEEN)) {
        a++;
      }
      while (b > a && (isSpace(text.charAt(b - 1)) || text.charAt(b - 1) == Document.UNSEEN)) {
        b--;
      }
      return text.substring(a, b);
    }

    /** Offset of the first non-whitespace char, or {@code end} for a blank line. */
    public int contentStart() {
      int i = 0;
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      return start + i;
    }

    /** Offset after the last non-whitespace char, or {@code start} for a blank line. */
    public int contentEnd() {
      int i = text.length();
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      return start + i;
    }
  }

  private final String text;
  private final List<Line> lines;

  public TextLines(String text) {
    this.text = text;
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int number = 1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(new Line(number++, start, i, text.substring(start, i)));
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < n) {
      out.add(new Line(number, start, n, text.substring(start, n)));
    }
    this.lines = List.copyOf(out);
  }

  public String text() {
    return text;
  }

  public List<Line> lines() {
    return lines;
  }

  public int size() {
    return lines.size();
  }

  public Line get(int index) {
    return lines.get(index);
  }

  /** The 1-based line and column of a char offset. */
  public int[] position(int offset) {
    for (Line l : lines) {
      if (offset <= l.end()) {
        return new int[] {l.number(), Math.max(1, offset - l.start() + 1)};
      }
    }
    Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
    return last == null ? new int[] {1, 1} : new int[] {last.number(), last.text().length() + 1};
  }

  /** Whitespace as a reader sees it, including NBSP, which web pages use between names. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\u3000';
  }

  /** Like {@link String#strip()}, but NBSP counts as whitespace. */
  public static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Collapses whitespace runs (NBSP included) to one space and trims. */
  public static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Counts words: runs of chars holding at least one letter. */
  public static int words(String s) {
    int count = 0;
    boolean inWord = false;
    boolean letter = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (isSpace(c)) {
        if (inWord && letter) {
          count++;
        }
        inWord = false;
        letter = false;
      } else {
        inWord = true;
        letter |= Character.isLetter(c);
      }
    }
    return count;
  }
}
