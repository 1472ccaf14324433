package dev.evident.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds that keep their markup: saved HTML pages, JATS or other XML articles, and MediaWiki
 * wikitext. A reader does not see the tags, templates or reference markup, so the extractor must
 * not either; but every offset must still point into the untouched seed. Both needs are met by a
 * <em>masked</em> copy of the text of the same length, in which each char a reader does not see
 * is a space (a tag, a comment, a script, a reference list, a template) and a character entity
 * is its character followed by spaces. Sentences are split and read on the masked copy; quotes
 * are cut from the seed at the same offsets.
 *
 * <p>The tag scanner here is not an HTML or XML parser: it only finds where tags, comments and
 * the elements that hold no prose begin and end, which is all masking needs, and it keeps exact
 * char offsets, which library parsers do not report for text.
 */
final class Markup {
  private Markup() {}

  /**
   * What an unseen char of inline markup becomes in the prose view: a char that stands for
   * nothing, so that "[[macrophage]]s" reads "macrophages" and "TGF-&amp;beta;1" reads "TGF-β1".
   * The extractor drops it before reading a sentence; block tags and hidden elements become
   * spaces instead, since they separate what is around them.
   */
  static final char FILL = Document.UNSEEN;

  /** Tags that break the text around them, as a space or line break would. */
  private static final Set<String> BREAKING = Set.of(
      "p", "div", "br", "li", "ul", "ol", "dd", "dt", "dl", "td", "th", "tr", "table", "h1",
      "h2", "h3", "h4", "h5", "h6", "title", "article-title", "sec", "abstract", "body",
      "section", "article", "header", "footer", "nav", "blockquote", "hr", "head", "html",
      "front", "back", "list", "list-item", "caption", "fig", "table-wrap", "ref", "ref-list");

  /** Elements whose whole content a reader does not take as prose of the document. */
  private static final Set<String> HIDDEN = Set.of(
      "head", "script", "style", "noscript", "template", "nav", "footer", "header", "aside",
      "form", "button", "select", "svg", "math", "mml:math", "tex-math", "iframe", "object",
      "ref-list", "table-wrap", "table", "fig", "back", "journal-meta", "contrib-group", "aff",
      "author-notes", "permissions", "history", "pub-date", "kwd-group", "funding-group",
      "article-categories", "fn-group", "label", "object-id", "supplementary-material",
      "disp-formula", "inline-formula", "graphic", "media", "caption", "figcaption",
      "article-id", "self-uri", "related-article", "counts", "custom-meta-group", "sub-article",
      "response", "ack", "glossary", "app-group", "notes", "menu", "dialog", "xref");

  /** Elements whose text is one block of prose. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "li", "dd", "blockquote", "td");

  /** Elements whose text names the section that follows. */
  private static final Set<String> HEADINGS = Set.of(
      "h1", "h2", "h3", "h4", "h5", "h6", "title", "article-title");

  /** HTML elements that have no end tag. */
  private static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr");

  private static final Pattern TAG_START = Pattern.compile("<[A-Za-z!?/]");
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern CITATION_SUP = Pattern.compile(
      "\\s*\\[?\\s*\\d{1,4}(?:\\s*[,\u2013\u2014-]\\s*\\d{1,4})*\\s*\\]?\\s*");

  /**
   * Whether a seed is HTML or XML: it opens with a declaration, a doctype or a root tag, or at
   * least a tenth of its lines hold tags and it has twenty or more.
   */
  static boolean isMarkup(String text) {
    String head = text.stripLeading();
    String lower = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
    if (lower.startsWith("<?xml") || lower.startsWith("<!doctype") || lower.startsWith("<html")
        || lower.startsWith("<article") || lower.startsWith("<pubmedarticle")) {
      return true;
    }
    int tags = 0;
    Matcher m = TAG_START.matcher(text);
    while (m.find() && tags < 20) {
      tags++;
    }
    return tags >= 20 && (text.contains("</p>") || text.contains("</div>")
        || text.contains("</sec>"));
  }

  /** What masking an HTML or XML seed found: the masked text and its prose blocks. */
  record Masked(String prose, List<Block> blocks, String title) {}

  /** Masks an HTML or XML seed and collects the text of its prose elements as blocks. */
  static Masked maskTags(String text) {
    char[] out = text.toCharArray();
    String lowerText = null;
    List<Object[]> ranges = new java.util.ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    int hidden = 0;
    int blockStart = -1;
    String blockTag = null;
    int headingStart = -1;
    String section = "";
    String title = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '&') {
        i = entity(text, out, i);
        continue;
      }
      if (c != '<' || i + 1 >= n || !isTagOpener(text.charAt(i + 1))) {
        if (hidden > 0 && c != '\n') {
          out[i] = blockStart >= 0 ? FILL : ' ';
        }
        i++;
        continue;
      }
      int end = tagEnd(text, i);
      String tag = text.substring(i, end);
      boolean closing = tag.startsWith("</");
      String name = tag.startsWith("<!") || tag.startsWith("<?") ? "" : name(tag, closing);
      char fill = hidden > 0 || name.isEmpty() || BREAKING.contains(name) ? ' ' : FILL;
      for (int k = i; k < end; k++) {
        out[k] = out[k] == '\n' ? '\n' : fill;
      }
      i = end;
      if (name.isEmpty()) {
        continue;
      }
      boolean selfClosing = tag.endsWith("/>") || VOID.contains(name);
      if (closing) {
        if (!open.contains(name)) {
          continue; // a stray end tag
        }
        String top;
        do {
          top = open.pop();
          if (HIDDEN.contains(top)) {
            hidden--;
          }
          if (top.equals(blockTag) && blockStart >= 0) {
            ranges.add(new Object[] {section, kindAt(open, section), blockStart,
                tagStart(text, end)});
            blockStart = -1;
            blockTag = null;
          }
          if (HEADINGS.contains(top) && headingStart >= 0) {
            String h = collapse(new String(out, headingStart, tagStart(text, end) - headingStart));
            if (!h.isEmpty()) {
              section = h;
              if (title == null && (top.equals("article-title") || top.equals("h1")
                  || top.equals("title"))) {
                title = h;
              }
            }
            headingStart = -1;
          }
        } while (!top.equals(name));
        continue;
      }
      if (selfClosing) {
        continue;
      }
      if (name.equals("script") || name.equals("style")) {
        // raw text up to the end tag, whatever it holds
        if (lowerText == null) {
          lowerText = text.toLowerCase(Locale.ROOT);
        }
        int close = lowerText.indexOf("</" + name, i);
        int stop = close < 0 ? n : close;
        for (int k = i; k < stop; k++) {
          out[k] = ' ';
        }
        i = stop;
        open.push(name);
        hidden++;
        continue;
      }
      if (name.equals("sup") && hidden == 0) {
        // a superscript that holds only reference numbers is a citation mark ("scar<sup>1,2</sup>")
        if (lowerText == null) {
          lowerText = text.toLowerCase(Locale.ROOT);
        }
        int close = lowerText.indexOf("</sup>", i);
        if (close > 0 && close - i < 200 && CITATION_SUP.matcher(
            TAG.matcher(text.substring(i, close)).replaceAll("")).matches()) {
          for (int k = i; k < close; k++) {
            out[k] = out[k] == '\n' ? '\n' : FILL;
          }
          i = close;
        }
      }
      open.push(name);
      if (HIDDEN.contains(name)) {
        hidden++;
      } else if (hidden == 0 && BLOCKS.contains(name) && blockStart < 0) {
        blockStart = i;
        blockTag = name;
      } else if (hidden == 0 && HEADINGS.contains(name) && headingStart < 0 && blockStart < 0) {
        headingStart = i;
      }
    }
    if (blockStart >= 0) {
      ranges.add(new Object[] {section, kindAt(open, section), blockStart, n});
    }
    String masked = new String(out);
    Prose prose = new Prose(masked);
    for (Object[] r : ranges) {
      prose.add((String) r[0], (BlockKind) r[1], (Integer) r[2], (Integer) r[3]);
    }
    return new Masked(masked, prose.blocks(), title);
  }

  /** An abstract element, or a section headed "Abstract" or "Summary", holds the abstract. */
  private static BlockKind kindAt(Deque<String> open, String section) {
    String s = section.toLowerCase(Locale.ROOT);
    return open.contains("abstract") || s.equals("abstract") || s.equals("summary")
        ? BlockKind.ABSTRACT : BlockKind.BODY;
  }

  private static boolean isTagOpener(char c) {
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  /** The offset after the tag that opens at {@code i}: a comment, CDATA, or a plain tag. */
  private static int tagEnd(String text, int i) {
    if (text.startsWith("<!--", i)) {
      int e = text.indexOf("-->", i + 4);
      return e < 0 ? text.length() : e + 3;
    }
    if (text.startsWith("<![CDATA[", i)) {
      int e = text.indexOf("]]>", i);
      return e < 0 ? text.length() : e + 3;
    }
    int k = i + 1;
    char quote = 0;
    while (k < text.length()) {
      char c = text.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
      k++;
    }
    return text.length();
  }

  /** The start of the end tag that finishes at {@code end}. */
  private static int tagStart(String text, int end) {
    int k = text.lastIndexOf('<', end - 1);
    return k < 0 ? end : k;
  }

  private static String name(String tag, boolean closing) {
    int k = closing ? 2 : 1;
    int e = k;
    while (e < tag.length() && !Character.isWhitespace(tag.charAt(e)) && tag.charAt(e) != '>'
        && tag.charAt(e) != '/') {
      e++;
    }
    return tag.substring(k, e).toLowerCase(Locale.ROOT);
  }

  /** Writes the character of the entity at {@code i} into {@code out}, spaces after it. */
  private static int entity(String text, char[] out, int i) {
    int semi = text.indexOf(';', i);
    if (semi < 0 || semi - i > 10) {
      return i + 1;
    }
    String body = text.substring(i + 1, semi);
    int cp = -1;
    if (body.startsWith("#x") || body.startsWith("#X")) {
      cp = parse(body.substring(2), 16);
    } else if (body.startsWith("#")) {
      cp = parse(body.substring(1), 10);
    } else {
      cp = switch (body) {
        case "amp" -> '&';
        case "lt" -> '<';
        case "gt" -> '>';
        case "quot" -> '"';
        case "apos" -> '\'';
        case "nbsp" -> ' ';
        case "ndash" -> '\u2013';
        case "mdash" -> '\u2014';
        case "alpha" -> '\u03B1';
        case "beta" -> '\u03B2';
        case "gamma" -> '\u03B3';
        case "kappa" -> '\u03BA';
        case "micro", "mu" -> '\u03BC';
        default -> -1;
      };
    }
    if (cp < 0 || Character.charCount(cp) > semi + 1 - i) {
      return i + 1;
    }
    char[] chars = Character.toChars(cp);
    for (int k = i; k <= semi; k++) {
      out[k] = FILL;
    }
    System.arraycopy(chars, 0, out, i, chars.length);
    return semi + 1;
  }

  private static int parse(String digits, int radix) {
    try {
      int v = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(v) ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String collapse(String s) {
    return TextLines.collapse(s).trim();
  }

  // ---- wikitext ----

  private static final Pattern WIKI_SIGNS = Pattern.compile(
      "\\[\\[[^\\]\\n]+\\]\\]|\\{\\{[^}\\n]*|'''|^=+ ?[^=\\n]+ ?=+\\s*$|<ref[ >]",
      Pattern.MULTILINE);

  /** Whether a seed is MediaWiki wikitext: links, templates, bold marks, headings, refs. */
  static boolean isWikitext(String text) {
    int signs = 0;
    Matcher m = WIKI_SIGNS.matcher(text);
    boolean link = false;
    boolean template = false;
    while (m.find() && signs < 12) {
      signs++;
      link |= m.group().startsWith("[[");
      template |= m.group().startsWith("{{") || m.group().startsWith("<ref");
    }
    return signs >= 8 && link && template;
  }

  /**
   * Masks wikitext: templates ({{...}}, nested), tables ({|...|}), references (&lt;ref&gt;...), comments
   * and tags become spaces; a link shows only its label ("[[Insulin|insulin]]" reads "insulin");
   * file and category links vanish; bold and italic quotes become spaces. Heading lines stay.
   */
  static String maskWiki(String text) {
    char[] out = text.toCharArray();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < n && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '|')) {
        int e = matching(text, i, c == '{' && text.charAt(i + 1) == '|');
        blank(out, i, e);
        i = e;
      } else if (c == '<' && text.startsWith("<!--", i)) {
        int e = text.indexOf("-->", i);
        e = e < 0 ? n : e + 3;
        blank(out, i, e);
        i = e;
      } else if (c == '<' && text.regionMatches(true, i, "<ref", 0, 4)) {
        int tagEnd = tagEnd(text, i);
        int e = tagEnd;
        if (!text.substring(i, tagEnd).endsWith("/>")) {
          int close = text.toLowerCase(Locale.ROOT).indexOf("</ref>", tagEnd);
          e = close < 0 ? tagEnd : close + 6;
        }
        blank(out, i, e);
        i = e;
      } else if (c == '<' && i + 1 < n && isTagOpener(text.charAt(i + 1))) {
        int e = tagEnd(text, i);
        blank(out, i, e);
        i = e;
      } else if (c == '[' && text.startsWith("[[", i)) {
        int e = text.indexOf("]]", i);
        if (e < 0) {
          i++;
          continue;
        }
        String inner = text.substring(i + 2, e);
        String target = inner.toLowerCase(Locale.ROOT);
        if (target.startsWith("file:") || target.startsWith("image:")
            || target.startsWith("category:")) {
          int close = matchingLink(text, i);
          blank(out, i, close);
          i = close;
          continue;
        }
        int bar = inner.lastIndexOf('|');
        blank(out, i, i + 2 + (bar < 0 ? 0 : bar + 1));
        blank(out, e, e + 2);
        i = e + 2;
      } else if (c == '\'' && text.startsWith("''", i)) {
        int e = i;
        while (e < n && text.charAt(e) == '\'') {
          e++;
        }
        blank(out, i, e);
        i = e;
      } else {
        i++;
      }
    }
    markLineStarts(out);
    return new String(out);
  }

  /**
   * Rewrites wikitext line openings as the Markdown that the Markdown reader takes, keeping every
   * char in place: "== Causes ==" reads as the heading "# Causes", a list item opened by "*" or
   * "#" (at any depth) as "- item", and an indent or definition mark (":" ";") is blank.
   */
  private static void markLineStarts(char[] out) {
    int i = 0;
    while (i < out.length) {
      int end = i;
      while (end < out.length && out[end] != '\n') {
        end++;
      }
      int a = i;
      while (a < end && out[a] == ' ') {
        a++;
      }
      if (a < end && out[a] == '=') {
        int lead = a;
        while (lead < end && out[lead] == '=') {
          lead++;
        }
        int trail = end;
        while (trail > lead && (out[trail - 1] == ' ' || out[trail - 1] == '\r')) {
          trail--;
        }
        int closing = trail;
        while (closing > lead && out[closing - 1] == '=') {
          closing--;
        }
        if (lead - a >= 2 && closing < trail && closing > lead) {
          for (int k = a; k < lead; k++) {
            out[k] = k < lead - 1 ? '#' : ' ';
          }
          for (int k = closing; k < trail; k++) {
            out[k] = ' ';
          }
        }
      } else if (a < end && (out[a] == '*' || out[a] == '#')) {
        int k = a;
        while (k < end && (out[k] == '*' || out[k] == '#' || out[k] == ':')) {
          out[k] = ' ';
          k++;
        }
        out[k - 1] = '-';
        if (k < end && out[k] != ' ') {
          // "*item": the Markdown reader needs a space after the marker
          out[k - 1] = ' ';
        }
      } else if (a < end && (out[a] == ':' || out[a] == ';')) {
        int k = a;
        while (k < end && (out[k] == ':' || out[k] == ';')) {
          out[k] = ' ';
          k++;
        }
      }
      i = end + 1;
    }
  }

  /** The end of a template or table opening at {@code i}, nested ones included. */
  private static int matching(String text, int i, boolean table) {
    String open = table ? "{|" : "{{";
    String close = table ? "|}" : "}}";
    int depth = 0;
    int k = i;
    while (k < text.length() - 1) {
      if (text.startsWith(open, k)) {
        depth++;
        k += 2;
      } else if (text.startsWith(close, k)) {
        depth--;
        k += 2;
        if (depth == 0) {
          return k;
        }
      } else {
        k++;
      }
    }
    return text.length();
  }

  /** The end of a [[...]] link whose label may hold links of its own. */
  private static int matchingLink(String text, int i) {
    int depth = 0;
    int k = i;
    while (k < text.length() - 1) {
      if (text.startsWith("[[", k)) {
        depth++;
        k += 2;
      } else if (text.startsWith("]]", k)) {
        depth--;
        k += 2;
        if (depth == 0) {
          return k;
        }
      } else {
        k++;
      }
    }
    return text.length();
  }

  private static void blank(char[] out, int from, int to) {
    for (int k = from; k < Math.min(to, out.length); k++) {
      if (out[k] != '\n') {
        out[k] = FILL;
      }
    }
  }
}
