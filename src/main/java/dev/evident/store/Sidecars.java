package dev.evident.store;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.PublicationType;
import dev.evident.model.Reference;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the records reference managers write beside seeds: BibTeX (with jbibtex, a maintained
 * parser), RIS (a tagged line format: a small strict reader here) and CSL-JSON (with Jackson).
 * Every problem is a {@code path:line:col: error:}: a syntax error, a RIS record without
 * {@code ER}, a DOI that is not a DOI, a year that is not a year.
 */
public final class Sidecars {
  private Sidecars() {}

  /** File name endings of sidecar records; files with them are never read as seeds. */
  public static final List<String> ENDINGS = List.of(".bib", ".ris", ".json");

  /** The shared BibTeX file whose entries name their seeds with a {@code file} field. */
  public static final String SHARED = "references.bib";

  /** Reads a sidecar by its ending. */
  public static List<Reference> read(String path, String text) {
    String lower = path.toLowerCase(Locale.ROOT);
    List<Reference> refs = lower.endsWith(".bib") ? bibtex(path, text)
        : lower.endsWith(".ris") ? ris(path, text) : cslJson(path, text);
    for (Reference r : refs) {
      check(r, text);
    }
    return refs;
  }

  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern DOI_PREFIX = Pattern.compile(
      "^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

  private static void check(Reference r, String text) {
    if (r.doi() != null && !DOI.matcher(r.doi()).matches()) {
      throw fail(r.path(), text, r.line(), r.column(), "'" + r.doi() + "' in record '"
          + r.key() + "' is not a DOI (10.NNNN/suffix)");
    }
    if (r.year() != null && (r.year() < 1500 || r.year() > 2100)) {
      throw fail(r.path(), text, r.line(), r.column(), "year " + r.year() + " in record '"
          + r.key() + "' is not a publication year");
    }
  }

  static String doi(String raw) {
    return raw == null || raw.isBlank() ? null : DOI_PREFIX.matcher(raw.trim()).replaceFirst("");
  }

  /** A year field: four digits, else an error at the record. */
  private static Integer year(String raw, String path, String text, int line, int col,
      String key) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Matcher m = Pattern.compile("^\\s*(\\d+)").matcher(raw);
    if (!m.find() || m.group(1).length() != 4) {
      throw fail(path, text, line, col, "year '" + raw.trim() + "' in record '" + key
          + "' is not a four-digit year");
    }
    return Integer.valueOf(m.group(1));
  }

  static EvidentException fail(String path, String text, int line, int col, String message) {
    return EvidentException.data(Diagnostic.error(path, line, col, message)
        .withContext(YamlReader.lineOf(text, line)));
  }

  // ---- BibTeX

  private static List<Reference> bibtex(String path, String text) {
    org.jbibtex.BibTeXDatabase db;
    try {
      db = new org.jbibtex.BibTeXParser() {
        @Override
        public void checkStringResolution(org.jbibtex.Key key, org.jbibtex.BibTeXString s) {
          // an undefined @string macro reads as its name, not as an error
        }

        @Override
        public void checkCrossReferenceResolution(org.jbibtex.Key key,
            org.jbibtex.BibTeXEntry e) {
          // a crossref to an entry elsewhere is not this file's problem
        }
      }.parse(new StringReader(text));
    } catch (org.jbibtex.ParseException e) {
      org.jbibtex.Token t = e.currentToken == null ? null
          : e.currentToken.next != null ? e.currentToken.next : e.currentToken;
      throw fail(path, text, t == null ? 1 : t.beginLine, t == null ? 1 : t.beginColumn,
          "BibTeX syntax error" + (t == null || t.image == null ? ""
              : " at '" + t.image + "'"));
    } catch (org.jbibtex.TokenMgrException e) {
      int[] at = position(e.getMessage());
      throw fail(path, text, at[0], at[1], "BibTeX syntax error: "
          + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw fail(path, text, 1, 1, "cannot read BibTeX: " + e.getMessage());
    }
    List<Reference> out = new ArrayList<>();
    for (Map.Entry<org.jbibtex.Key, org.jbibtex.BibTeXEntry> e : db.getEntries().entrySet()) {
      org.jbibtex.BibTeXEntry b = e.getValue();
      String key = e.getKey().getValue();
      int[] at = entryPosition(text, key);
      String type = b.getType().getValue().toLowerCase(Locale.ROOT);
      String author = field(b, "author");
      String keywords = field(b, "keywords");
      List<String> kw = new ArrayList<>();
      if (keywords != null) {
        for (String k : keywords.split("\\s*[,;]\\s*")) {
          if (!k.isBlank()) {
            kw.add(k.trim());
          }
        }
      }
      String journal = field(b, "journal");
      out.add(new Reference(path, at[0], at[1], key, field(b, "file"), field(b, "title"),
          author == null ? List.of() : Reference.bibtexNames(author),
          journal != null ? journal : field(b, "journaltitle"),
          year(field(b, "year"), path, text, at[0], at[1], key), doi(field(b, "doi")),
          field(b, "pmid"), field(b, "pmcid"), field(b, "url"), kw,
          type.equals("article") || type.equals("misc") ? typeNote(field(b, "note"))
              : null));
    }
    return out;
  }

  private static PublicationType typeNote(String note) {
    if (note == null) {
      return null;
    }
    String n = note.toLowerCase(Locale.ROOT);
    return n.contains("systematic review") ? PublicationType.SYSTEMATIC_REVIEW
        : n.contains("review") ? PublicationType.REVIEW : null;
  }

  private static String field(org.jbibtex.BibTeXEntry b, String name) {
    org.jbibtex.Value v = b.getField(new org.jbibtex.Key(name));
    if (v == null) {
      return null;
    }
    String s = v.toUserString().replace("{", "").replace("}", "").replaceAll("\\s+", " ").trim();
    return s.isEmpty() ? null : s;
  }

  private static int[] entryPosition(String text, String key) {
    Matcher m = Pattern.compile("@\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
    if (!m.find()) {
      return new int[] {1, 1};
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < m.start(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, m.start() - lineStart + 1};
  }

  private static int[] position(String message) {
    Matcher m = Pattern.compile("line (\\d+), column (\\d+)").matcher(String.valueOf(message));
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}
        : new int[] {1, 1};
  }

  private static String firstLine(String s) {
    String t = String.valueOf(s);
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  // ---- RIS

  private static final Pattern RIS_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");

  private static List<Reference> ris(String path, String text) {
    List<Reference> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    Map<String, List<String>> rec = null;
    int recLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.isBlank()) {
        continue;
      }
      Matcher m = RIS_LINE.matcher(l.stripTrailing());
      if (!m.matches()) {
        throw fail(path, text, i + 1, 1, "not a RIS line (TAG  - value): '" + l.strip() + "'");
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).trim();
      if (tag.equals("TY")) {
        if (rec != null) {
          throw fail(path, text, i + 1, 1, "a new record (TY) starts before the record of line "
              + recLine + " ends with ER");
        }
        rec = new java.util.LinkedHashMap<>();
        recLine = i + 1;
      } else if (rec == null) {
        throw fail(path, text, i + 1, 1, "'" + tag + "' outside a record; a record starts "
            + "with TY");
      }
      if (tag.equals("ER")) {
        out.add(risRecord(path, text, recLine, rec));
        rec = null;
        continue;
      }
      rec.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
    }
    if (rec != null) {
      throw fail(path, text, recLine, 1, "the record that starts here has no ER line");
    }
    return out;
  }

  private static Reference risRecord(String path, String text, int line,
      Map<String, List<String>> r) {
    String key = one(r, "ID");
    List<String> authors = new ArrayList<>();
    for (String tag : List.of("AU", "A1")) {
      for (String a : r.getOrDefault(tag, List.of())) {
        String[] n = Reference.splitName(a);
        authors.add(Reference.joinName(n[0], n[1]));
      }
    }
    String journal = one(r, "JO") != null ? one(r, "JO") : one(r, "T2") != null ? one(r, "T2")
        : one(r, "JF");
    String title = one(r, "TI") != null ? one(r, "TI") : one(r, "T1");
    String pmid = null;
    for (String an : r.getOrDefault("AN", List.of())) {
      if (an.toUpperCase(Locale.ROOT).startsWith("PMID:")) {
        pmid = an.substring(5).trim();
      }
    }
    String ty = one(r, "TY");
    return new Reference(path, line, 1, key == null ? "line " + line : key, one(r, "L1"),
        title, authors, journal,
        year(one(r, "PY") != null ? one(r, "PY") : one(r, "Y1"), path, text, line, 1,
            key == null ? "line " + line : key),
        doi(one(r, "DO")), pmid, one(r, "C2"), one(r, "UR"), r.getOrDefault("KW", List.of()),
        "JOUR".equals(ty) ? typeNote(one(r, "N1")) : null);
  }

  private static String one(Map<String, List<String>> r, String tag) {
    List<String> v = r.get(tag);
    return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
  }

  // ---- CSL-JSON

  /** Made on first use: parse without JSON sidecars never pays for an ObjectMapper. */
  private static final class JsonHolder {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private static List<Reference> cslJson(String path, String text) {
    JsonNode root;
    try {
      root = JsonHolder.JSON.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      int col = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
      throw fail(path, text, line, col, "invalid JSON: " + firstLine(e.getOriginalMessage()));
    }
    List<Reference> out = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(items::add);
    } else if (root != null && root.isObject()) {
      items.add(root);
    } else {
      throw fail(path, text, 1, 1, "CSL-JSON is an object or a list of objects");
    }
    for (JsonNode n : items) {
      if (!n.isObject()) {
        throw fail(path, text, 1, 1, "CSL-JSON items are objects");
      }
      String key = text(n, "id");
      List<String> authors = new ArrayList<>();
      JsonNode au = n.get("author");
      if (au != null && au.isArray()) {
        for (JsonNode a : au) {
          String lit = text(a, "literal");
          authors.add(lit != null ? lit : Reference.joinName(text(a, "family"), text(a, "given")));
        }
      }
      Integer year = null;
      JsonNode issued = n.get("issued");
      JsonNode parts = issued == null ? null : issued.get("date-parts");
      if (parts != null && parts.isArray() && parts.size() > 0 && parts.get(0).isArray()
          && parts.get(0).size() > 0) {
        year = year(parts.get(0).get(0).asString(), path, text, 1, 1, String.valueOf(key));
      }
      List<String> kw = new ArrayList<>();
      String keyword = text(n, "keyword");
      if (keyword != null) {
        for (String k : keyword.split("\\s*[,;]\\s*")) {
          if (!k.isBlank()) {
            kw.add(k.trim());
          }
        }
      }
      String type = text(n, "genre");
      out.add(new Reference(path, 1, 1, key == null ? "item" : key, text(n, "note-file"),
          text(n, "title"), authors, text(n, "container-title"), year, doi(text(n, "DOI")),
          text(n, "PMID"), text(n, "PMCID"), text(n, "URL"), kw, typeNote(type)));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isString() ? v.asString() : v.toString();
    return s.isBlank() ? null : s.trim();
  }
}
