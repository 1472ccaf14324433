package dev.evident.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bibliographic record from a reference manager (a BibTeX, RIS or CSL-JSON sidecar of a seed,
 * or an entry of seeds/references.bib), with where it stands in its file. {@code file} is the seed
 * an entry names (references.bib), or null. Null fields are not stated.
 */
public record Reference(String path, int line, int column, String key, String file, String title,
    List<String> authors, String journal, Integer year, String doi, String pmid, String pmcid,
    String url, List<String> keywords, PublicationType type) {
  public Reference {
    authors = Checks.list(authors);
    keywords = Checks.list(keywords);
  }

  /** The record of a source, for export. */
  public static Reference of(Source s) {
    return new Reference(null, 0, 0, s.id(), s.seed().file(), s.title(), s.authors(),
        s.journal(), s.year(), s.doi(), s.pmid(), s.pmcid(), s.url(), s.keywords(),
        s.publicationType());
  }

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?\\s?-?){1,4}");

  /**
   * An author as records write them, split into family and given names: "Chen R" and
   * "Chen, Rui" are family-first, "Rui Chen" is given-first; a single word is a family name.
   */
  public static String[] splitName(String author) {
    String a = author.trim();
    int comma = a.indexOf(',');
    if (comma > 0) {
      return new String[] {a.substring(0, comma).trim(), a.substring(comma + 1).trim()};
    }
    String[] parts = a.split("\\s+");
    if (parts.length == 1) {
      return new String[] {a, ""};
    }
    String last = parts[parts.length - 1];
    if (INITIALS.matcher(last).matches()) {
      return new String[] {String.join(" ", List.of(parts).subList(0, parts.length - 1)), last};
    }
    return new String[] {last, String.join(" ", List.of(parts).subList(0, parts.length - 1))};
  }

  /**
   * The author as records write it, from family and given names: initials after the family
   * name ("Chen R"), a given name before it ("Rui Chen"), so that {@link #splitName} gives the
   * two parts back.
   */
  public static String joinName(String family, String given) {
    String f = family == null ? "" : family.trim();
    String g = given == null ? "" : given.trim();
    if (g.isEmpty()) {
      return f;
    }
    if (INITIALS.matcher(g).matches()) {
      return f + " " + g;
    }
    return g + " " + f;
  }

  /** Family-first, as BibTeX and RIS write names: "Chen, R", "Chen, Rui". */
  public static String familyFirst(String author) {
    String[] n = splitName(author);
    return n[1].isEmpty() ? n[0] : n[0] + ", " + n[1];
  }

  /** Splits "a and b and c" (BibTeX) into names. */
  public static List<String> bibtexNames(String field) {
    List<String> out = new ArrayList<>();
    for (String n : field.split("\\s+and\\s+")) {
      if (!n.isBlank()) {
        String[] p = splitName(n);
        out.add(joinName(p[0], p[1]));
      }
    }
    return out;
  }
}
