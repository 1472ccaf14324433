package dev.evident.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes evident's canonical YAML: block style, two-space indent, keys in the order given, LF
 * line ends, no anchors or tags. A string is written plain only when every YAML 1.1 and 1.2
 * reader would read it back as that same string; otherwise it is double-quoted with escapes.
 * Values are {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code null},
 * {@code List} and {@code Map<String, ?>} (iteration order is the key order).
 */
final class YamlWriter {
  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

  private YamlWriter() {}

  static String write(Map<String, ?> document) {
    StringBuilder out = new StringBuilder(1024);
    writeMapBody(out, document, 0);
    return out.toString();
  }

  private static void writeMapBody(StringBuilder out, Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      pad(out, indent);
      out.append(e.getKey()).append(':');
      writeAfterKey(out, e.getValue(), indent);
    }
  }

  /** Writes what follows "key:" (a scalar on the same line, or a nested block below). */
  private static void writeAfterKey(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> m && !m.isEmpty()) {
      out.append('\n');
      writeMapBody(out, cast(m), indent + 2);
    } else if (value instanceof List<?> l && !l.isEmpty()) {
      out.append('\n');
      writeList(out, l, indent + 2);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void writeList(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      pad(out, indent);
      out.append("- ");
      if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        boolean first = true;
        for (Map.Entry<String, ?> e : YamlWriter.<Object>cast(m).entrySet()) {
          if (!first) {
            pad(out, indent + 2);
          }
          first = false;
          out.append(e.getKey()).append(':');
          writeAfterKey(out, e.getValue(), indent + 2);
        }
      } else if (item instanceof List<?> l && !l.isEmpty()) {
        throw new IllegalArgumentException("nested lists are not part of the claim format");
      } else {
        out.append(scalar(item)).append('\n');
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> cast(Map<?, ?> m) {
    return (Map<String, V>) m;
  }

  private static void pad(StringBuilder out, int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }

  static String scalar(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Map<?, ?>) {
      return "{}";
    }
    if (v instanceof List<?>) {
      return "[]";
    }
    if (v instanceof String s) {
      return isPlainSafe(s) ? s : quote(s);
    }
    throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName());
  }

  /**
   * Plain only when: starts with a letter (so no indicator, number, date, time or .inf), is not
   * a YAML 1.1 boolean or null word, holds no ": " or " #", does not end in ':' or space, and
   * has only printable characters and no tab.
   */
  static boolean isPlainSafe(String s) {
    int n = s.length();
    if (n == 0 || !Character.isLetter(s.codePointAt(0))) {
      return false;
    }
    // Lower-casing never makes fewer code points, so a string of more than ten chars (more
    // than five code points) cannot become one of the reserved words; this check ran for
    // every scalar of every claim read (the canonical read writes each claim back).
    if (n <= 10 && RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    char last = s.charAt(n - 1);
    if (last == ':' || last == ' ') {
      return false;
    }
    for (int i = 0; i < n; ) {
      char ch = s.charAt(i);
      if (ch >= 0x20 && ch < 0x7F) {
        // printable ASCII never needs an escape; ": " and " #" are made of it
        if ((ch == ':' && i + 1 < n && s.charAt(i + 1) == ' ')
            || (ch == ' ' && i + 1 < n && s.charAt(i + 1) == '#')) {
          return false;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      if (needsEscape(cp) || cp == '\t') {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean needsEscape(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return true;
    }
    if (cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
      return true;
    }
    // bidirectional controls: they reorder what a reader sees
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.UNASSIGNED || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (needsEscape(cp)) {
            if (cp <= 0xFFFF) {
              b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
              b.append(String.format(Locale.ROOT, "\\U%08X", cp));
            }
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
