package dev.evident.export;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Link;
import dev.evident.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A column of the CSV export: its header name and how a cell is read from a claim and its
 * source. The first {@link #DEFAULTS} are exported unless {@code --columns} says otherwise.
 */
public enum CsvColumn {
  ID("id", (c, s) -> c.id()),
  STATUS("status", (c, s) -> c.status().wire()),
  LEVEL("level", (c, s) -> Integer.toString(c.evidence().effectiveLevel())),
  DESIGN("design", (c, s) -> c.evidence().design().wire()),
  STATEMENT("statement", (c, s) -> c.statement()),
  SUBJECT("subject", (c, s) -> c.mechanism().subject()),
  RELATION("relation", (c, s) -> c.mechanism().relation().wire()),
  OBJECT("object", (c, s) -> c.mechanism().object()),
  DIRECTION("direction", (c, s) -> c.mechanism().direction().wire()),
  HEDGED("hedged", (c, s) -> Boolean.toString(c.mechanism().hedged())),
  TAGS("tags", (c, s) -> String.join("; ", c.tags())),
  QUOTE("quote", (c, s) -> c.quote()),
  SOURCE("source", (c, s) -> c.source()),
  TITLE("title", (c, s) -> s == null ? null : s.title()),
  FIRST_AUTHOR("first_author", (c, s) -> s == null ? null : s.firstAuthor()),
  YEAR("year", (c, s) -> s == null || s.year() == null ? null : s.year().toString()),
  DOI("doi", (c, s) -> s == null ? null : s.doi()),
  PMID("pmid", (c, s) -> s == null ? null : s.pmid()),
  SECTION("section", (c, s) -> c.locator().section()),
  START("start", (c, s) -> Integer.toString(c.locator().start())),
  END("end", (c, s) -> Integer.toString(c.locator().end())),
  LINKS("links", (c, s) -> links(c)),
  NOTE("note", (c, s) -> c.note()),
  // optional columns, only with --columns
  COMPUTED_LEVEL("computed_level", (c, s) -> Integer.toString(c.evidence().level())),
  OVERRIDE_REASON("override_reason",
      (c, s) -> c.evidence().override() == null ? null : c.evidence().override().reason()),
  OVERRIDE_BY("override_by",
      (c, s) -> c.evidence().override() == null ? null : c.evidence().override().by()),
  ECO("eco", (c, s) -> c.evidence().eco()),
  BASIS("basis", (c, s) -> c.evidence().basis()),
  NEGATED("negated", (c, s) -> Boolean.toString(c.mechanism().negated())),
  DECISION_BY("decision_by", (c, s) -> c.decision() == null ? null : c.decision().by()),
  DECISION_REASON("decision_reason",
      (c, s) -> c.decision() == null ? null : c.decision().reason()),
  LINE("line", (c, s) -> Integer.toString(c.locator().line())),
  COLUMN("column", (c, s) -> Integer.toString(c.locator().column())),
  AUTHORS("authors", (c, s) -> s == null ? null : String.join("; ", s.authors())),
  JOURNAL("journal", (c, s) -> s == null ? null : s.journal()),
  PMCID("pmcid", (c, s) -> s == null ? null : s.pmcid()),
  URL("url", (c, s) -> s == null ? null : s.url()),
  PUBLICATION_TYPE("publication_type",
      (c, s) -> s == null || s.publicationType() == null ? null : s.publicationType().wire());

  /** The columns exported by default, in order. */
  public static final List<CsvColumn> DEFAULTS = List.of(ID, STATUS, LEVEL, DESIGN, STATEMENT,
      SUBJECT, RELATION, OBJECT, DIRECTION, HEDGED, TAGS, QUOTE, SOURCE, TITLE, FIRST_AUTHOR,
      YEAR, DOI, PMID, SECTION, START, END, LINKS, NOTE);

  private final String header;
  private final BiFunction<Claim, Source, String> value;

  CsvColumn(String header, BiFunction<Claim, Source, String> value) {
    this.header = header;
    this.value = value;
  }

  public String header() {
    return header;
  }

  /** The raw (not yet neutralised) cell text; empty where there is no value. */
  public String value(Claim c, Source s) {
    String v = value.apply(c, s);
    return v == null ? "" : v;
  }

  /** Every column name, default columns first, for help and error messages. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (CsvColumn c : values()) {
      out.add(c.header);
    }
    return out;
  }

  /**
   * Parses a {@code --columns} list ("id,level,statement"): names are case-insensitive, in the
   * order given; an unknown, empty or repeated name is a usage error that lists the valid names.
   */
  public static List<CsvColumn> parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw EvidentException.usage("--columns: error: no column named; columns are: "
          + String.join(", ", names()));
    }
    Set<CsvColumn> out = new LinkedHashSet<>();
    for (String raw : spec.split(",", -1)) {
      String name = raw.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      CsvColumn found = null;
      for (CsvColumn c : values()) {
        if (c.header.equals(name)) {
          found = c;
        }
      }
      if (found == null) {
        throw EvidentException.usage("--columns: error: "
            + (name.isEmpty() ? "empty column name" : "unknown column '" + raw.trim() + "'")
            + "; columns are: " + String.join(", ", names()));
      }
      if (!out.add(found)) {
        throw EvidentException.usage("--columns: error: column '" + found.header
            + "' is named twice");
      }
    }
    return List.copyOf(out);
  }

  private static String links(Claim c) {
    StringBuilder sb = new StringBuilder();
    for (Link l : c.links()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(l.relation().wire()).append(' ').append(l.claim());
    }
    return sb.toString();
  }
}
