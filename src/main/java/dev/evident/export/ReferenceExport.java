package dev.evident.export;

import dev.evident.model.Json;
import dev.evident.model.PublicationType;
import dev.evident.model.Reference;
import dev.evident.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's sources as reference-manager records: BibTeX (written by jbibtex's formatter),
 * RIS and CSL-JSON, for Zotero, a reference manager or a LaTeX manuscript. Each record's key is
 * the source id and it names its seed ({@code file} in BibTeX, {@code L1} in RIS,
 * {@code note-file} in CSL-JSON), so that records exported and put back as sidecars
 * (docs/claim-format.md) give the same source records.
 */
public final class ReferenceExport {
  /** The formats. */
  public enum Format { BIBTEX, RIS, CSL_JSON }

  private final Format format;

  public ReferenceExport(Format format) {
    this.format = format;
  }

  /** Writes the selection's sources; returns how many. */
  public int write(Selection selection, Writer out) throws IOException {
    List<Reference> refs = new ArrayList<>();
    for (Source s : selection.selectedSources()) {
      refs.add(Reference.of(s));
    }
    switch (format) {
      case BIBTEX -> bibtex(refs, out);
      case RIS -> ris(refs, out);
      default -> out.write(cslJson(refs));
    }
    out.flush();
    return refs.size();
  }

  private static void bibtex(List<Reference> refs, Writer out) throws IOException {
    org.jbibtex.BibTeXDatabase db = new org.jbibtex.BibTeXDatabase();
    for (Reference r : refs) {
      org.jbibtex.BibTeXEntry e = new org.jbibtex.BibTeXEntry(r.journal() != null
          ? org.jbibtex.BibTeXEntry.TYPE_ARTICLE : org.jbibtex.BibTeXEntry.TYPE_MISC,
          new org.jbibtex.Key(r.key()));
      add(e, "title", r.title());
      if (!r.authors().isEmpty()) {
        List<String> names = new ArrayList<>();
        r.authors().forEach(a -> names.add(Reference.familyFirst(a)));
        add(e, "author", String.join(" and ", names));
      }
      add(e, "journal", r.journal());
      add(e, "year", r.year() == null ? null : r.year().toString());
      add(e, "doi", r.doi());
      add(e, "pmid", r.pmid());
      add(e, "pmcid", r.pmcid());
      add(e, "url", r.url());
      add(e, "keywords", r.keywords().isEmpty() ? null : String.join(", ", r.keywords()));
      add(e, "note", typeNote(r.type()));
      add(e, "file", r.file());
      db.addObject(e);
    }
    new org.jbibtex.BibTeXFormatter().format(db, out);
    if (!refs.isEmpty()) {
      out.write("\n"); // the formatter ends the last entry without a line break
    }
  }

  private static void add(org.jbibtex.BibTeXEntry e, String field, String value) {
    if (value != null && !value.isBlank()) {
      // braces in a value would unbalance the entry; a record's text never needs them
      String v = value.replace("{", "(").replace("}", ")");
      e.addField(new org.jbibtex.Key(field),
          new org.jbibtex.StringValue(v, org.jbibtex.StringValue.Style.BRACED));
    }
  }

  private static String typeNote(PublicationType t) {
    return t == PublicationType.REVIEW ? "Review"
        : t == PublicationType.SYSTEMATIC_REVIEW ? "Systematic review" : null;
  }

  private static void ris(List<Reference> refs, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (Reference r : refs) {
      line(b, "TY", r.journal() != null ? "JOUR" : "GEN");
      line(b, "ID", r.key());
      line(b, "TI", r.title());
      for (String a : r.authors()) {
        line(b, "AU", Reference.familyFirst(a));
      }
      line(b, "JO", r.journal());
      line(b, "PY", r.year() == null ? null : r.year().toString());
      line(b, "DO", r.doi());
      line(b, "AN", r.pmid() == null ? null : "PMID: " + r.pmid());
      line(b, "C2", r.pmcid());
      line(b, "UR", r.url());
      for (String k : r.keywords()) {
        line(b, "KW", k);
      }
      line(b, "N1", typeNote(r.type()));
      line(b, "L1", r.file());
      b.append("ER  - \n\n");
    }
    out.write(b.toString());
  }

  private static void line(StringBuilder b, String tag, String value) {
    if (value != null && !value.isBlank()) {
      b.append(tag).append("  - ").append(value.replace('\n', ' ').replace('\r', ' '))
          .append('\n');
    }
  }

  private static String cslJson(List<Reference> refs) {
    List<Object> items = new ArrayList<>();
    for (Reference r : refs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.key());
      m.put("type", r.journal() != null ? "article-journal" : "document");
      put(m, "title", r.title());
      if (!r.authors().isEmpty()) {
        List<Object> names = new ArrayList<>();
        for (String a : r.authors()) {
          String[] n = Reference.splitName(a);
          Map<String, Object> nm = new LinkedHashMap<>();
          nm.put("family", n[0]);
          if (!n[1].isEmpty()) {
            nm.put("given", n[1]);
          }
          names.add(nm);
        }
        m.put("author", names);
      }
      put(m, "container-title", r.journal());
      if (r.year() != null) {
        m.put("issued", Map.of("date-parts", List.of(List.of(r.year()))));
      }
      put(m, "DOI", r.doi());
      put(m, "PMID", r.pmid());
      put(m, "PMCID", r.pmcid());
      put(m, "URL", r.url());
      put(m, "keyword", r.keywords().isEmpty() ? null : String.join(", ", r.keywords()));
      put(m, "genre", typeNote(r.type()));
      put(m, "note-file", r.file());
      items.add(m);
    }
    return Json.write(items);
  }

  private static void put(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value);
    }
  }
}
