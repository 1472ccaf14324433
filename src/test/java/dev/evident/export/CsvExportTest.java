package dev.evident.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {
  private static String export(CsvExport.Options o, String where) throws IOException {
    StringWriter w = new StringWriter();
    new CsvExport(o).write(ExportFixtures.selection(where), w);
    return w.toString();
  }

  private static List<CSVRecord> read(String csv) throws IOException {
    try (CSVParser p = CSVFormat.RFC4180.builder().get().parse(new StringReader(csv))) {
      return p.getRecords();
    }
  }

  @Test
  void readsBackToTheNeutralisedValuesWithCommonsCsv() throws IOException {
    List<CsvColumn> all = List.of(CsvColumn.values());
    String csv = export(new CsvExport.Options(all, false), null);
    List<CSVRecord> records = read(csv);
    List<Claim> claims = ExportFixtures.claims();
    assertEquals(claims.size() + 1, records.size());
    assertEquals(CsvColumn.names(), records.get(0).toList());
    int neutralised = 0;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Source s = ExportFixtures.sources().stream().filter(x -> x.id().equals(c.source()))
          .findFirst().orElseThrow();
      List<String> expected = new ArrayList<>();
      for (CsvColumn col : all) {
        String raw = col.value(c, s);
        String safe = CsvExport.neutralise(raw);
        neutralised += raw.equals(safe) ? 0 : 1;
        expected.add(safe);
      }
      assertEquals(expected, records.get(i + 1).toList(), c.id());
    }
    // the fixture has formulas, a leading tab, '-', '@' and '=' in several columns
    assertTrue(neutralised >= 6, "fixture exercises neutralisation: " + neutralised);
  }

  @Test
  void noCellStartsAFormula() throws IOException {
    for (CSVRecord r : read(export(new CsvExport.Options(List.of(CsvColumn.values()), true),
        null).substring(1))) {
      for (String cell : r) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0, cell);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1",
      "=HYPERLINK(\"http://x\",\"y\")"})
  void neutralisesFormulaStarts(String cell) {
    assertEquals("'" + cell, CsvExport.neutralise(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a=1", "1-2", " =1", "'=1", "MMPs"})
  void leavesOtherCellsAlone(String cell) {
    assertEquals(cell, CsvExport.neutralise(cell));
  }

  @Test
  void defaultIsQuotedWithLfAndNoBom() throws IOException {
    String csv = export(CsvExport.Options.defaults(), "id = chen-2025-ecm-2b3c4d");
    assertEquals("\"id\",\"status\",\"level\",\"design\",\"statement\",\"subject\",\"relation\","
        + "\"object\",\"direction\",\"hedged\",\"tags\",\"quote\",\"source\",\"title\","
        + "\"first_author\",\"year\",\"doi\",\"pmid\",\"section\",\"start\",\"end\",\"links\","
        + "\"note\"\n", csv.substring(0, csv.indexOf('\n') + 1));
    assertFalse(csv.contains("\r"));
    assertEquals(2, csv.lines().count());
    assertTrue(csv.contains("\"3\",\"review-cited\""), "effective level: " + csv);
    assertTrue(csv.contains("\"contradicts feng-1999-odd-3c4d5e\""), csv);
  }

  @Test
  void excelAddsBomAndCrlfEverywhereButInsideCells() throws IOException {
    String csv = export(new CsvExport.Options(List.of(CsvColumn.ID, CsvColumn.QUOTE), true),
        "id = feng-1999-odd-4d5e6f");
    assertEquals("\uFEFF\"id\",\"quote\"\r\n\"feng-1999-odd-4d5e6f\","
        + "\"A line break\nin the middle\r\nand CR LF\"\r\n", csv);
  }

  @Test
  void overrideColumns() throws IOException {
    String csv = export(new CsvExport.Options(CsvColumn.parse(
        "ID, level,Computed_Level,override-reason,override_by"), false), "level = 3");
    assertEquals("\"id\",\"level\",\"computed_level\",\"override_reason\",\"override_by\"\n"
        + "\"chen-2025-ecm-2b3c4d\",\"3\",\"4\",\"reference 12 is a mouse study\",\"Ada\"\n"
        + "\"feng-1999-odd-3c4d5e\",\"3\",\"3\",\"\",\"\"\n", csv);
  }

  @Test
  void badColumnsListTheValidOnes() {
    EvidentException e = assertThrows(EvidentException.class,
        () -> CsvColumn.parse("id,nope"));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains("unknown column 'nope'"), e.getMessage());
    assertTrue(e.getMessage().contains(String.join(", ", CsvColumn.names())), e.getMessage());
    assertThrows(EvidentException.class, () -> CsvColumn.parse("id,,level"));
    assertThrows(EvidentException.class, () -> CsvColumn.parse("id,ID"));
    assertThrows(EvidentException.class, () -> CsvColumn.parse(" "));
  }

  @Test
  void emptySelectionIsJustTheHeader() throws IOException {
    assertEquals("\"id\"\n", export(new CsvExport.Options(List.of(CsvColumn.ID), false),
        "status = rejected and status = accepted"));
  }
}
