package dev.evident.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Fuzz targets for cell escaping in exports: whatever text a claim holds, a CSV cell reads
 * back as that text (with a leading quote where a spreadsheet would run it as a formula) and a
 * Markdown table cell shows exactly its plain text and stays one cell of one row.
 */
class ExportFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void csvCellReadsBackAndNeverRunsAsAFormula(FuzzedDataProvider d) throws IOException {
    String cell = d.consumeString(200);
    String other = d.consumeRemainingAsString();
    boolean excel = cell.length() % 2 == 0;
    // the format CsvExport.write uses
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(excel ? "\r\n" : "\n")
        .setQuoteMode(QuoteMode.ALL).get();
    StringWriter out = new StringWriter();
    CSVPrinter p = new CSVPrinter(out, format);
    p.print(CsvExport.neutralise(cell));
    p.print(CsvExport.neutralise(other));
    p.println();
    p.flush();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString()))
        .getRecords();
    assertEquals(1, records.size(), out.toString());
    assertEquals(2, records.get(0).size(), out.toString());
    String back = records.get(0).get(0);
    assertEquals(CsvExport.neutralise(cell), back);
    if (!back.isEmpty()) {
      char first = back.charAt(0);
      assertFalse(first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
          || first == '\r' || first == '\n', "formula-like cell: " + back);
    }
    assertTrue(back.equals(cell) || back.equals("'" + cell), back);
    assertEquals(CsvExport.neutralise(other), records.get(0).get(1));
  }

  @FuzzTest(maxDuration = "3m")
  void markdownCellShowsExactlyThePlainTextInOneCell(FuzzedDataProvider d) {
    String s = d.consumeRemainingAsString();
    String md = "| a | b | c |\n|---|---|---|\n| x | " + MarkdownText.inline(s) + " | y |\n";
    Gfm.Document doc = Gfm.parse(md);
    assertEquals(1, doc.tables().size(), md);
    assertEquals(1, doc.tables().get(0).rows().size(), md);
    List<Gfm.Cell> row = doc.tables().get(0).rows().get(0);
    assertEquals(3, row.size(), md);
    assertEquals("x", row.get(0).text(), md);
    String expected = MarkdownText.plain(s).replace("\u0000", "\uFFFD");
    assertEquals(expected, row.get(1).text(), md);
    assertEquals(expected.isEmpty() ? java.util.Set.of() : java.util.Set.of("Text"),
        row.get(1).nodes(), md);
    assertEquals("y", row.get(2).text(), md);
  }
}
