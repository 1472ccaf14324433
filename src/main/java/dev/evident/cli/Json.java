package dev.evident.cli;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for command output: maps (in their iteration order), lists, strings,
 * numbers, booleans and null, two-space indented. Strings are escaped per RFC 8259, with every
 * control character and the line separators U+2028 and U+2029 written as {@code \\uXXXX}.
 */
final class Json {
  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        pad(out, indent + 2);
        string(out, String.valueOf(e.getKey()));
        out.append(": ");
        write(out, e.getValue(), indent + 2);
      }
      out.append('\n');
      pad(out, indent);
      out.append('}');
    } else if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object o : l) {
        out.append(first ? "\n" : ",\n");
        first = false;
        pad(out, indent + 2);
        write(out, o, indent + 2);
      }
      out.append('\n');
      pad(out, indent);
      out.append(']');
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
              && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(s.charAt(i - 1)));
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || loneSurrogate) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void pad(StringBuilder out, int n) {
    out.append(" ".repeat(n));
  }
}
