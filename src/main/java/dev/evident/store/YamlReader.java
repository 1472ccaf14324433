package dev.evident.store;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.ProblemCodes;
import dev.evident.model.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * Reads one YAML document strictly into a {@link YNode} tree. Jackson does the scanning; this
 * class refuses what Jackson would silently accept: duplicate keys, anchors and aliases (an
 * alias would otherwise become a plain string), merge keys, explicit tags, several documents,
 * and non-string keys. Every refusal is a {@link Diagnostic} with line and column.
 */
final class YamlReader {
  /** Claim, source and settings files are small; anything bigger is refused before parsing. */
  static final int MAX_FILE_CHARS = 1 << 20;
  /** The same cap in bytes, checked on the file's size before it is read into memory. */
  static final long MAX_FILE_BYTES = MAX_FILE_CHARS;
  static final int MAX_DEPTH = 16;
  static final int MAX_STRING = 256 * 1024;
  static final int MAX_NAME = 256;
  private static final int MAX_CONTEXT = 400;

  private static final class Holder {
    // Built on first use: the factory costs startup time that --version should not pay.
    static final YAMLFactory FACTORY = YAMLFactory.builder()
        .disable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
        .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
        .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME)
            .maxDocumentLength(MAX_FILE_CHARS)
            .maxNumberLength(64)
            .build())
        .build();
  }

  private final String path;
  private final String text;

  /** Offsets where each line starts, built on first use; index 0 is line 1. */
  private int[] lineStarts;

  private YamlReader(String path, String text) {
    this.path = path;
    this.text = text;
  }

  /**
   * The character at a 1-based line and column, or 0 outside the text. Called for every node,
   * so it must not rescan the text from the start each time (lineOf does; it made a
   * 100,000-file read spend a tenth of its time here).
   */
  private char charAt(int line, int col) {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      lineStarts = new int[count];
      int k = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          lineStarts[k++] = i + 1;
        }
      }
    }
    if (line < 1 || line > lineStarts.length || col < 1) {
      return 0;
    }
    int at = lineStarts[line - 1] + col - 1;
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return at < end ? text.charAt(at) : 0;
  }

  /**
   * Parses {@code text} (already decoded, without BOM) as one YAML document. CR LF and lone CR
   * line ends are read as LF first, so every line number and context line agrees with what an
   * editor shows.
   */
  static YNode read(String path, String text) {
    if (text.length() > MAX_FILE_CHARS) {
      throw fail(path, null, 0, 0, "file is " + text.length() + " characters, over the "
          + MAX_FILE_CHARS + " limit for a YAML file");
    }
    String normalized = normalizeLineEnds(text);
    checkPrintable(path, normalized);
    return new YamlReader(path, normalized).readDocument();
  }

  /**
   * YAML forbids most control characters anywhere in a file; the library reports that without
   * a position, so find the first one here and name it, with its line and column.
   */
  private static void checkPrintable(String path, String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == '\n') {
        line++;
        lineStart = i + 1;
      } else if (!printable(cp)) {
        int col = text.codePointCount(lineStart, i) + 1;
        throw fail(path, text, line, col, String.format(java.util.Locale.ROOT,
            "control character U+%04X is not allowed in YAML; write it as an escape "
                + "(\\u%04X) inside double quotes", cp, cp));
      }
      i += Character.charCount(cp);
    }
  }

  private static boolean printable(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
        || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  static String normalizeLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private YNode readDocument() {
    JsonParser p = null;
    try {
      p = Holder.FACTORY.createParser(ObjectReadContext.empty(), new StringReader(text));
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail(path, text, 1, 1, "file is empty; expected a YAML mapping");
      }
      YNode root = readValue((YAMLParser) p, 0);
      JsonToken after = p.nextToken();
      if (after != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        throw fail(path, text, at.getLineNr(), at.getColumnNr(),
            "several YAML documents in one file; a claim file holds exactly one");
      }
      return root;
    } catch (EvidentException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      // a limit: say which in our words, at the parser's position (the exception has none)
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : location(p);
      throw fail(path, text, lineOf(at), columnOf(at), limitMessage(e.getOriginalMessage()));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : location(p);
      throw fail(path, text, lineOf(at), columnOf(at),
          "not valid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // The YAML library has been seen to throw IllegalArgument, NumberFormat, NullPointer and
      // IndexOutOfBounds exceptions on hostile input: none of them may reach the user raw.
      TokenStreamLocation at = location(p);
      throw fail(path, text, lineOf(at), columnOf(at),
          "not valid YAML (" + e.getClass().getSimpleName() + ")");
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (RuntimeException ignored) {
          // closing a string-backed parser cannot lose data
        }
      }
    }
  }

  private static TokenStreamLocation location(JsonParser p) {
    if (p == null) {
      return null;
    }
    try {
      return p.currentLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int lineOf(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getLineNr(), 0);
  }

  private static int columnOf(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getColumnNr(), 0);
  }

  private static String limitMessage(String jackson) {
    String m = jackson == null ? "" : jackson;
    if (m.contains("nesting depth")) {
      return "nesting deeper than " + MAX_DEPTH + " levels";
    }
    if (m.contains("String value length")) {
      return "a value is longer than " + MAX_STRING + " characters";
    }
    if (m.contains("Name length")) {
      return "a key is longer than " + MAX_NAME + " characters";
    }
    if (m.contains("Number value length")) {
      return "a number is longer than 64 digits";
    }
    if (m.contains("Document length")) {
      return "file is over the " + MAX_FILE_CHARS + " limit for a YAML file";
    }
    return "over a limit of the YAML reader: " + firstLine(m);
  }

  private YNode readValue(YAMLParser p, int depth) {
    TokenStreamLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    if (p.isCurrentAlias()) {
      throw fail(path, text, line, col, "YAML alias is not allowed; write the value out");
    }
    // Jackson reports anchors on collections only; a scalar's token starts at its anchor.
    boolean anchoredScalar = charAt(line, col) == '&';
    if (p.getObjectId() != null || anchoredScalar) {
      String here = lineOf(text, line);
      String name = p.getObjectId() != null ? p.getObjectId().toString()
          : here.substring(col).split("[\\s,\\]}]", 2)[0];
      throw fail(path, text, line, col, "YAML anchor &" + name + " is not allowed");
    }
    String tag = p.getRawTag();
    if (tag != null) {
      throw fail(path, text, line, col, "YAML tag " + tag + " is not allowed");
    }
    if (depth > MAX_DEPTH) {
      throw fail(path, text, line, col, "nesting deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation k = p.currentTokenLocation();
          String name = p.currentName();
          if (p.isCurrentAlias()) {
            throw fail(path, text, k.getLineNr(), k.getColumnNr(),
                "YAML alias is not allowed as a key");
          }
          if ("<<".equals(name)) {
            throw fail(path, text, k.getLineNr(), k.getColumnNr(),
                "YAML merge key << is not allowed; write the keys out");
          }
          if (entries.containsKey(name)) {
            YNode.Entry earlier = entries.get(name);
            throw fail(path, text, k.getLineNr(), k.getColumnNr(), "duplicate key '" + name
                + "' (first at line " + earlier.line() + ")");
          }
          p.nextToken();
          YNode value = readValue(p, depth + 1);
          entries.put(name, new YNode.Entry(k.getLineNr(), k.getColumnNr(), value));
        }
        return new YNode.YMap(line, col, entries);
      }
      case START_ARRAY: {
        List<YNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, depth + 1));
        }
        return new YNode.YList(line, col, items);
      }
      case VALUE_STRING:
        return new YNode.YScalar(line, col, YNode.ScalarKind.STRING, p.getString());
      case VALUE_NUMBER_INT:
        return new YNode.YScalar(line, col, YNode.ScalarKind.INT, p.getString());
      case VALUE_NUMBER_FLOAT:
        return new YNode.YScalar(line, col, YNode.ScalarKind.FLOAT, p.getString());
      case VALUE_TRUE:
        return new YNode.YScalar(line, col, YNode.ScalarKind.BOOL, "true");
      case VALUE_FALSE:
        return new YNode.YScalar(line, col, YNode.ScalarKind.BOOL, "false");
      case VALUE_NULL:
        return new YNode.YScalar(line, col, YNode.ScalarKind.NULL, null);
      default:
        throw fail(path, text, line, col, "unexpected YAML content (" + t + ")");
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  /** A DATA exception at a position, carrying the offending line for a caret display. */
  static EvidentException fail(String path, String text, int line, int col, String message) {
    return fail(path, text, line, col, ProblemCodes.INVALID_YAML, message);
  }

  /** Like {@link #fail(String, String, int, int, String)}, with the kind of problem as a code. */
  static EvidentException fail(String path, String text, int line, int col, String code,
      String message) {
    String context = lineOf(text, line);
    if (context != null && context.length() > MAX_CONTEXT) {
      // a context line is for a caret display; a huge one would flood the terminal
      context = context.substring(0, MAX_CONTEXT) + "...";
    }
    Diagnostic d = new Diagnostic(path, line, col, Severity.ERROR, code, message, context);
    return EvidentException.data(d);
  }

  static String lineOf(String text, int line) {
    if (text == null || line < 1) {
      return null;
    }
    text = normalizeLineEnds(text);
    int start = 0;
    for (int i = 1; i < line; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return null;
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }
}
