package dev.evident.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarkdownExportTest {
  private static String export(MarkdownExport.Options o, Selection sel) throws IOException {
    StringWriter w = new StringWriter();
    new MarkdownExport(o).write(sel, w);
    return w.toString();
  }

  private static Map<String, Source> sources() {
    Map<String, Source> m = new TreeMap<>();
    ExportFixtures.sources().forEach(s -> m.put(s.id(), s));
    return m;
  }

  /** What a reader must see in each cell of a claim's row. */
  private static List<String> expectedRow(Claim c, boolean quotes) {
    Source s = sources().get(c.source());
    String label = s.firstAuthor() == null ? s.id() : s.firstAuthor() + " " + s.year();
    List<String> row = new ArrayList<>(List.of(c.id(), MarkdownText.plain(c.statement()),
        Integer.toString(c.evidence().effectiveLevel()), c.status().wire(), label));
    if (quotes) {
      row.add(MarkdownText.plain(c.quote()));
    }
    return row;
  }

  @ParameterizedTest
  @EnumSource(MarkdownExport.GroupBy.class)
  void everyClaimRowReadsBackCellByCell(MarkdownExport.GroupBy groupBy) throws IOException {
    for (boolean quotes : new boolean[] {false, true}) {
      String md = export(new MarkdownExport.Options("A | title\n<script>", groupBy, quotes),
          ExportFixtures.selection(null));
      Gfm.Document doc = Gfm.parse(md);
      assertEquals(Set.of("Heading", "Paragraph", "TableBlock"), doc.blockKinds(), md);
      assertEquals("# A | title <script>", doc.headings().get(0));
      Map<String, Claim> byId = new LinkedHashMap<>();
      ExportFixtures.claims().forEach(c -> byId.put(c.id(), c));
      int claimRows = 0;
      for (Gfm.Table t : doc.tables()) {
        for (List<Gfm.Cell> row : t.rows()) {
          assertEquals(t.header().size(), row.size());
          for (Gfm.Cell cell : row) {
            assertTrue(Set.of("Text", "Link").containsAll(cell.nodes()), cell.toString());
            cell.links().forEach(l -> assertTrue(l.startsWith("https://doi.org/10."), l));
          }
        }
        if (!t.headerTexts().get(0).equals("id")) {
          continue;
        }
        assertEquals(quotes ? List.of("id", "statement", "level", "status", "source", "quote")
            : List.of("id", "statement", "level", "status", "source"), t.headerTexts());
        for (List<Gfm.Cell> row : t.rows()) {
          Claim c = byId.get(row.get(0).text());
          assertEquals(expectedRow(c, quotes), row.stream().map(Gfm.Cell::text).toList());
          claimRows++;
        }
      }
      int expected = groupBy == MarkdownExport.GroupBy.TAG
          ? byId.values().stream().mapToInt(c -> Math.max(1, c.tags().size())).sum()
          : byId.size();
      assertEquals(expected, claimRows, md);
    }
  }

  @Test
  void adversarialStatementsCannotBreakTheTable() throws IOException {
    Map<String, Claim> claims = new TreeMap<>();
    Claim base = ExportFixtures.claims().get(0);
    int i = 0;
    for (String s : MarkdownTextTest.adversarial()) {
      if (s.isBlank()) {
        continue; // a claim needs a statement
      }
      String id = String.format(java.util.Locale.ROOT, "adv-%03d", i++);
      claims.put(id, base.toBuilder().id(id).statement(s).quote(s).tags(List.of(s)).build());
    }
    ClaimSet set = new ClaimSet(null, false, sources(), claims, Map.of(), Map.of(), Map.of());
    String md = export(new MarkdownExport.Options(null, MarkdownExport.GroupBy.TAG, true),
        Selection.of(set, Query.all()));
    Gfm.Document doc = Gfm.parse(md);
    int rows = 0;
    for (Gfm.Table t : doc.tables()) {
      if (!t.headerTexts().get(0).equals("id")) {
        continue;
      }
      for (List<Gfm.Cell> row : t.rows()) {
        Claim c = claims.get(row.get(0).text());
        String plain = MarkdownText.plain(c.statement()).replace("\u0000", "\uFFFD");
        assertEquals(List.of(c.id(), plain, "5", "accepted", "Chen R 2025", plain),
            row.stream().map(Gfm.Cell::text).toList(), md);
        rows++;
      }
    }
    assertEquals(claims.size(), rows);
    // one "###" heading per tag, each showing the tag text
    long tagHeadings = doc.headings().stream().filter(h -> h.startsWith("### ")).count();
    assertEquals(claims.size() + 1 /* Sources */, tagHeadings, md);
  }

  @Test
  void summaryOfFindingsCountsPerTopic() throws IOException {
    Gfm.Document doc = Gfm.parse(export(MarkdownExport.Options.defaults(),
        ExportFixtures.selection(null)));
    Gfm.Table sof = doc.tables().stream()
        .filter(t -> t.headerTexts().get(0).equals("topic")).findFirst().orElseThrow();
    assertEquals(List.of("topic", "claims", "independent sources", "best level", "conflicts",
        "accepted", "rejected"), sof.headerTexts());
    Map<String, List<String>> rows = new TreeMap<>();
    sof.rows().forEach(r -> rows.put(r.get(0).text(), r.stream().map(Gfm.Cell::text).toList()));
    // ecm: two chen claims (one overridden to 3) and a feng claim at 3; the override's claim
    // contradicts the feng claim, so both are in conflict
    assertEquals(List.of("ecm", "3", "2", "3", "2", "2", "0"), rows.get("ecm"));
    // emt: the rejected claim (level 2) counts as rejected only
    assertEquals(List.of("emt", "2", "1", "2", "0", "0", "1"), rows.get("emt"));
    assertEquals(List.of("(no tag)", "1", "1", "6", "0", "0", "0"), rows.get("(no tag)"));
    Gfm.Table map = doc.tables().stream()
        .filter(t -> t.headerTexts().get(0).equals("tag")).findFirst().orElseThrow();
    assertEquals(List.of("tag", "1", "2", "3", "4", "5", "6"), map.headerTexts());
    assertEquals(List.of("ecm", "", "", "2", "", "1", ""),
        map.rows().get(0).stream().map(Gfm.Cell::text).toList());
    Gfm.Table status = doc.tables().get(0);
    assertEquals(List.of("extracted", "2", "accepted", "3", "rejected", "1", "needs-revision",
        "1", "total", "7"), status.rows().stream().flatMap(r -> r.stream())
        .map(Gfm.Cell::text).toList());
    assertEquals(Status.values().length + 1, status.rows().size());
  }

  @Test
  void whereFiltersAndIsShown() throws IOException {
    String md = export(MarkdownExport.Options.defaults(),
        ExportFixtures.selection("status = accepted"));
    assertTrue(md.startsWith("# Evidence review\n\n3 claims from 2 sources. Selected with "
        + "`--where`: status = accepted\n"), md);
    assertTrue(!md.contains("feng-1999-odd"), md);
  }

  @Test
  void emptySelectionStillMakesADocument() throws IOException {
    String md = export(MarkdownExport.Options.defaults(), ExportFixtures.selection("level > 6"));
    assertTrue(md.contains("0 claims from 0 sources."), md);
    assertTrue(md.endsWith("## Claims by tag\n\nNo claims.\n"), md);
  }

  @Test
  void groupsAreOrderedAndSortedByLevelThenId() throws IOException {
    Gfm.Document doc = Gfm.parse(export(new MarkdownExport.Options(null,
        MarkdownExport.GroupBy.LEVEL, false), ExportFixtures.selection(null)));
    assertEquals(List.of("# Evidence review", "## Summary", "### Sources", "## Evidence map",
        "## Summary of findings", "## Claims by level", "### Level 2: primary-human",
        "### Level 3: primary-model", "### Level 5: review-uncited",
        "### Level 6: unreviewed-summary"), doc.headings());
    doc = Gfm.parse(export(new MarkdownExport.Options(null, MarkdownExport.GroupBy.STATUS,
        false), ExportFixtures.selection(null)));
    assertEquals(List.of("### extracted", "### accepted", "### rejected", "### needs-revision"),
        doc.headings().subList(6, doc.headings().size()));
    doc = Gfm.parse(export(new MarkdownExport.Options(null, MarkdownExport.GroupBy.SOURCE,
        false), ExportFixtures.selection(null)));
    assertEquals("### feng-1999-odd: An odd | title with <html> and [brackets]",
        doc.headings().get(7));
    Gfm.Table ecm = Gfm.parse(export(MarkdownExport.Options.defaults(),
        ExportFixtures.selection(null))).tables().stream()
        .filter(t -> t.headerTexts().get(0).equals("id")).findFirst().orElseThrow();
    assertEquals(List.of("chen-2025-ecm-2b3c4d", "feng-1999-odd-3c4d5e", "chen-2025-ecm-1a2b3c"),
        ecm.rows().stream().map(r -> r.get(0).text()).toList());
  }

  @Test
  void sameInputSameBytes() throws IOException {
    MarkdownExport.Options o = new MarkdownExport.Options(null, MarkdownExport.GroupBy.TAG, true);
    assertEquals(export(o, ExportFixtures.selection(null)),
        export(o, ExportFixtures.selection(null)));
  }
}
