package dev.evident.check;

/**
 * Finds the line of a field in a claim, source or settings file, so that a finding about a
 * value points at it. Files that reach the semantic rules have parsed; evident writes them
 * with two-space indentation and block lists, which is all this needs. Anything not found
 * points at line 1.
 */
final class Positions {
  private final String text;
  private String[] split;

  /** Splits lazily: most files have no finding, and their lines are never needed. */
  Positions(String text) {
    this.text = text;
  }

  private String[] lines() {
    if (split == null) {
      split = text == null ? new String[0] : text.split("\r\n|\r|\n", -1);
    }
    return split;
  }

  /** 1-based line and column of a key path such as {"evidence", "level"}; {1, 1} if absent. */
  int[] key(String... path) {
    int from = 0;
    int to = lines().length;
    int indent = 0;
    int found = -1;
    for (String k : path) {
      found = -1;
      for (int i = from; i < to; i++) {
        String l = lines()[i];
        int ind = indentOf(l);
        if (ind == indent && l.startsWith(k + ":", ind)) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        return new int[] {1, 1};
      }
      from = found + 1;
      to = end(found, indent);
      indent += 2;
    }
    return new int[] {found + 1, indent - 2 + 1};
  }

  /** The line of item {@code index} of the block list under top-level {@code key}. */
  int[] item(String key, int index) {
    int[] k = key(key);
    if (k[0] == 1 && (lines().length == 0 || !lines()[0].startsWith(key + ":"))) {
      return k;
    }
    int count = -1;
    for (int i = k[0]; i < lines().length; i++) {
      String l = lines()[i];
      if (!l.isEmpty() && indentOf(l) == 0) {
        break;
      }
      if (l.startsWith("  - ")) {
        count++;
        if (count == index) {
          return new int[] {i + 1, 5};
        }
      }
    }
    return k;
  }

  /** The first line that contains {@code needle}, or {1, 1}. */
  int[] containing(String needle) {
    for (int i = 0; i < lines().length; i++) {
      int c = lines()[i].indexOf(needle);
      if (c >= 0) {
        return new int[] {i + 1, c + 1};
      }
    }
    return new int[] {1, 1};
  }

  String line(int line) {
    return line >= 1 && line <= lines().length ? lines()[line - 1] : null;
  }

  private int end(int start, int indent) {
    for (int i = start + 1; i < lines().length; i++) {
      String l = lines()[i];
      if (!l.isBlank() && indentOf(l) <= indent && !l.startsWith("- ", indent)) {
        return i;
      }
    }
    return lines().length;
  }

  private static int indentOf(String l) {
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
