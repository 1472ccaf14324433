package dev.evident.export;

import dev.evident.model.Claim;
import dev.evident.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes selected claims as CSV (RFC 4180 quoting, UTF-8, one header row), one row at a time
 * straight to the writer. Every cell is quoted and a cell that a spreadsheet would run as a
 * formula is neutralised with a leading single quote, as OWASP recommends for CSV injection.
 */
public final class CsvExport {
  /** Byte-order mark that makes spreadsheets read the file as UTF-8. */
  public static final char BOM = '\uFEFF';

  /**
   * What to write: the columns in order, and whether to add a BOM and end records with CRLF
   * (for spreadsheets) instead of LF.
   */
  public record Options(List<CsvColumn> columns, boolean excel) {
    public Options {
      columns = columns == null || columns.isEmpty() ? CsvColumn.DEFAULTS : List.copyOf(columns);
    }

    public static Options defaults() {
      return new Options(CsvColumn.DEFAULTS, false);
    }
  }

  private final Options options;

  public CsvExport(Options options) {
    this.options = options;
  }

  /** Writes the header and one row per selected claim; returns the number of rows. */
  public int write(Selection selection, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setRecordSeparator(options.excel() ? "\r\n" : "\n")
        .setQuoteMode(QuoteMode.ALL)
        .get();
    if (options.excel()) {
      out.write(BOM);
    }
    // not try-with-resources: closing the printer would close a writer we do not own
    CSVPrinter printer = new CSVPrinter(out, format);
    List<CsvColumn> columns = options.columns();
    for (CsvColumn c : columns) {
      printer.print(c.header());
    }
    printer.println();
    int[] rows = {0};
    try {
      selection.forEach((Claim claim, Source source) -> {
        try {
          for (CsvColumn c : columns) {
            printer.print(neutralise(c.value(claim, source)));
          }
          printer.println();
          rows[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
    return rows[0];
  }

  /**
   * A cell that starts with {@code = + - @}, tab, CR or LF gets a leading single quote, so no
   * spreadsheet evaluates it as a formula; other cells are returned unchanged.
   */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + cell;
      default -> cell;
    };
  }
}
