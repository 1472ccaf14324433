package dev.evident.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fields of a source record that a curator may correct, read and written by name, with the
 * checks a value must pass: a DOI is {@code 10.NNNN/...}, a year has four digits, a PMID is
 * digits, a PMCID is {@code PMC} and digits.
 */
public final class SourceFields {
  private SourceFields() {}

  /** The editable fields, in record order. */
  public static final List<String> NAMES = List.of("title", "authors", "journal", "year",
      "date", "doi", "pmid", "pmcid", "url", "keywords", "publication_type", "peer_reviewed");

  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern DOI_PREFIX = Pattern.compile(
      "^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PMID = Pattern.compile("\\d{1,9}");
  private static final Pattern PMCID = Pattern.compile("PMC\\d{1,10}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /** A field's value as text ({@code null} when the record states none; lists joined by "; "). */
  public static String get(Source s, String field) {
    return switch (field) {
      case "title" -> s.title();
      case "authors" -> s.authors().isEmpty() ? null : String.join("; ", s.authors());
      case "journal" -> s.journal();
      case "year" -> s.year() == null ? null : String.valueOf(s.year());
      case "date" -> s.date();
      case "doi" -> s.doi();
      case "pmid" -> s.pmid();
      case "pmcid" -> s.pmcid();
      case "url" -> s.url();
      case "keywords" -> s.keywords().isEmpty() ? null : String.join("; ", s.keywords());
      case "publication_type" -> s.publicationType() == null ? null : s.publicationType().wire();
      case "peer_reviewed" -> s.peerReviewed() == null ? null : s.peerReviewed().toString();
      default -> throw new IllegalArgumentException(unknown(field));
    };
  }

  /**
   * The record with {@code field} set to {@code value} (null: not stated).
   *
   * @throws IllegalArgumentException naming the field when the value is not valid for it
   */
  public static Source set(Source s, String field, String value) {
    String v = value == null || value.isBlank() ? null : value.trim();
    String title = s.title();
    List<String> authors = s.authors();
    String journal = s.journal();
    Integer year = s.year();
    String date = s.date();
    String doi = s.doi();
    String pmid = s.pmid();
    String pmcid = s.pmcid();
    String url = s.url();
    List<String> keywords = s.keywords();
    PublicationType type = s.publicationType();
    Boolean peer = s.peerReviewed();
    switch (field) {
      case "title" -> title = v;
      case "authors" -> authors = split(v);
      case "journal" -> journal = v;
      case "year" -> {
        if (v != null && !YEAR.matcher(v).matches()) {
          throw new IllegalArgumentException("year must have four digits, not '" + v + "'");
        }
        year = v == null ? null : Integer.valueOf(v);
        if (year != null && (year < 1500 || year > 2100)) {
          throw new IllegalArgumentException("year " + v + " is not a publication year");
        }
      }
      case "date" -> {
        if (v != null && !DATE.matcher(v).matches()) {
          throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD, not '"
              + v + "'");
        }
        date = v;
      }
      case "doi" -> {
        String d = v == null ? null : DOI_PREFIX.matcher(v).replaceFirst("");
        if (d != null && !DOI.matcher(d).matches()) {
          throw new IllegalArgumentException("'" + v + "' is not a DOI (10.NNNN/suffix)");
        }
        doi = d;
      }
      case "pmid" -> {
        if (v != null && !PMID.matcher(v).matches()) {
          throw new IllegalArgumentException("a PMID is digits, not '" + v + "'");
        }
        pmid = v;
      }
      case "pmcid" -> {
        String p = v == null ? null : v.toUpperCase(Locale.ROOT).startsWith("PMC") ? v
            : "PMC" + v;
        if (p != null && !PMCID.matcher(p).matches()) {
          throw new IllegalArgumentException("a PMCID is PMC and digits, not '" + v + "'");
        }
        pmcid = p == null ? null : p.toUpperCase(Locale.ROOT);
      }
      case "url" -> url = v;
      case "keywords" -> keywords = split(v);
      case "publication_type" -> {
        type = v == null ? null : Names.parse(PublicationType.class, v);
        if (v != null && type == null) {
          throw new IllegalArgumentException("publication_type is one of "
              + Names.choices(PublicationType.class) + ", not '" + v + "'");
        }
      }
      case "peer_reviewed" -> {
        if (v != null && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
          throw new IllegalArgumentException("peer_reviewed is true or false, not '" + v + "'");
        }
        peer = v == null ? null : Boolean.valueOf(v.toLowerCase(Locale.ROOT));
      }
      default -> throw new IllegalArgumentException(unknown(field));
    }
    return new Source(s.id(), s.seed(), title, authors, journal, year, date, doi, pmid, pmcid,
        url, keywords, type, peer, s.entities(), s.edited());
  }

  private static List<String> split(String v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (String part : v.split("\\s*;\\s*")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  static String unknown(String field) {
    return "unknown source field '" + field + "'; the fields are " + String.join(", ", NAMES);
  }
}
