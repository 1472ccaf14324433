package dev.evident.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for exactly the layout {@link YamlWriter} produces (block mappings and lists
 * at two-space steps, one scalar per line, plain or double-quoted scalars, {@code []} and
 * {@code {}}). It returns null for anything else, and callers must accept its tree only when
 * writing the value read from it gives back the same text: the writer is deterministic and
 * injective and the strict reader reads its output back to the same value, so a match proves
 * the strict reader would have produced the same result. Reading 100,000 claim files through
 * Jackson cost about 60 µs of CPU each; this costs a few.
 */
final class CanonicalYaml {
  private final String text;
  private int pos;
  private int line = 1;

  private CanonicalYaml(String text) {
    this.text = text;
  }

  /** The tree of a canonical document, or null when the text is not in the canonical subset. */
  static YNode.YMap read(String text) {
    if (text.isEmpty() || text.length() > YamlReader.MAX_FILE_CHARS
        || text.charAt(text.length() - 1) != '\n') {
      return null;
    }
    try {
      CanonicalYaml r = new CanonicalYaml(text);
      YNode.YMap root = r.map(0);
      return root != null && r.pos == text.length() ? root : null;
    } catch (RuntimeException e) {
      // Anything unexpected (an index past the end on a malformed line, a bad escape): not
      // canonical, so the strict reader decides and reports.
      return null;
    }
  }

  /** How many spaces the current line starts with, or -1 at the end of the text. */
  private int indentHere() {
    if (pos >= text.length()) {
      return -1;
    }
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i - pos;
  }

  /** A key at pos: letters, digits and '_' up to ':'; -1 if there is none. */
  private int keyEnd(int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > from ? i : -1;
      }
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private YNode.YMap map(int indent) {
    int startLine = line;
    int startCol = indent + 1;
    Map<String, YNode.Entry> entries = new LinkedHashMap<>();
    while (indentHere() == indent) {
      int keyAt = pos + indent;
      if (text.charAt(keyAt) == '-') {
        return null;
      }
      if (!entry(entries, keyAt, indent)) {
        return null;
      }
    }
    return entries.isEmpty() ? null : new YNode.YMap(startLine, startCol, entries);
  }

  /**
   * Reads "key: scalar" or "key:" plus a nested block, starting at keyAt on the current line
   * (the line's indentation, or after "- " in a list item); blockIndent is the key's column - 1.
   */
  private boolean entry(Map<String, YNode.Entry> entries, int keyAt, int blockIndent) {
    int colon = keyEnd(keyAt);
    if (colon < 0) {
      return false;
    }
    String key = text.substring(keyAt, colon);
    if (entries.containsKey(key)) {
      return false;
    }
    int keyLine = line;
    int keyCol = keyAt - lineStart() + 1;
    YNode value;
    if (text.charAt(colon + 1) == '\n') {
      nextLine(colon + 1);
      int child = indentHere();
      if (child != blockIndent + 2) {
        return false;
      }
      value = text.charAt(pos + child) == '-' ? list(child) : map(child);
    } else if (text.charAt(colon + 1) == ' ') {
      value = scalarToEol(colon + 2);
    } else {
      return false;
    }
    if (value == null) {
      return false;
    }
    entries.put(key, new YNode.Entry(keyLine, keyCol, value));
    return true;
  }

  private int lineStartCache = 0;

  private int lineStart() {
    return lineStartCache;
  }

  private void nextLine(int newlineAt) {
    pos = newlineAt + 1;
    lineStartCache = pos;
    line++;
  }

  private YNode.YList list(int indent) {
    int startLine = line;
    List<YNode> items = new ArrayList<>();
    while (indentHere() == indent && text.startsWith("- ", pos + indent)) {
      int itemAt = pos + indent + 2;
      if (keyEnd(itemAt) > 0 && isEntryStart(itemAt)) {
        int itemLine = line;
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        if (!entry(entries, itemAt, indent + 2)) {
          return null;
        }
        while (indentHere() == indent + 2) {
          if (!entry(entries, pos + indent + 2, indent + 2)) {
            return null;
          }
        }
        items.add(new YNode.YMap(itemLine, indent + 3, entries));
      } else {
        YNode s = scalarToEol(itemAt);
        if (s == null) {
          return null;
        }
        items.add(s);
      }
    }
    return items.isEmpty() ? null : new YNode.YList(startLine, indent + 1, items);
  }

  /** True when "key:" at i is followed by a space or the line end (a mapping entry). */
  private boolean isEntryStart(int i) {
    int colon = keyEnd(i);
    char after = text.charAt(colon + 1);
    return after == ' ' || after == '\n';
  }

  /** The scalar from {@code at} to the end of the line; moves to the next line. */
  private YNode scalarToEol(int at) {
    int eol = text.indexOf('\n', at);
    int col = at - lineStart() + 1;
    int ln = line;
    YNode node;
    if (text.charAt(at) == '"') {
      String s = unquote(at, eol);
      node = s == null ? null : new YNode.YScalar(ln, col, YNode.ScalarKind.STRING, s);
    } else {
      String raw = text.substring(at, eol);
      node = plain(ln, col, raw);
    }
    nextLine(eol);
    return node;
  }

  private static YNode plain(int ln, int col, String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    switch (raw) {
      case "null":
        return new YNode.YScalar(ln, col, YNode.ScalarKind.NULL, null);
      case "true":
      case "false":
        return new YNode.YScalar(ln, col, YNode.ScalarKind.BOOL, raw);
      case "[]":
        return new YNode.YList(ln, col, List.of());
      case "{}":
        return new YNode.YMap(ln, col, Map.of());
      default:
        break;
    }
    char c = raw.charAt(0);
    if (c == '-' || c >= '0' && c <= '9') {
      for (int i = c == '-' ? 1 : 0; i < raw.length(); i++) {
        char d = raw.charAt(i);
        if (d < '0' || d > '9') {
          return null;
        }
      }
      return raw.length() > (c == '-' ? 1 : 0)
          ? new YNode.YScalar(ln, col, YNode.ScalarKind.INT, raw) : null;
    }
    // Anything the writer would not write plain fails the caller's write-back comparison.
    return new YNode.YScalar(ln, col, YNode.ScalarKind.STRING, raw);
  }

  /** Decodes a double-quoted scalar spanning [at, eol); null if it does not close at eol. */
  private String unquote(int at, int eol) {
    if (eol - at < 2 || text.charAt(eol - 1) != '"') {
      return null;
    }
    StringBuilder b = new StringBuilder(eol - at);
    int i = at + 1;
    int end = eol - 1;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '"') {
        return null;
      }
      if (c != '\\') {
        b.append(c);
        i++;
        continue;
      }
      if (i + 1 >= end) {
        return null;
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'u', 'U' -> {
          int n = e == 'u' ? 4 : 8;
          if (i + 2 + n > end) {
            return null;
          }
          int cp = Integer.parseInt(text, i + 2, i + 2 + n, 16);
          if (!Character.isValidCodePoint(cp)) {
            return null;
          }
          b.appendCodePoint(cp);
          i += n;
        }
        default -> {
          return null;
        }
      }
      i += 2;
    }
    return b.toString();
  }
}
