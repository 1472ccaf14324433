package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.export.CsvColumn;
import dev.evident.export.CsvExport;
import dev.evident.export.MarkdownExport;
import dev.evident.export.Selection;
import dev.evident.model.EvidentException;
import dev.evident.query.Query;
import dev.evident.store.AtomicFile;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code evident export}: claims as CSV for spreadsheets, or as a Markdown review document. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export claims for people outside the repository: CSV for spreadsheets and "
        + "scripts, or a Markdown review document for pull requests and wikis; or the "
        + "review's sources as BibTeX, RIS or CSL-JSON for a reference manager."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident export csv -o review.csv",
        "  evident export csv --excel --where \"status = accepted\" -o accepted.csv",
        "  evident export markdown --quotes -o review.md",
        "  evident export bibtex -o review.bib"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (no subcommand, unknown column, bad --where, no claims/ folder, "
            + "-o names a folder or a file in a missing folder)",
        "3:a claim file is invalid, or the output file cannot be written",
        "4:internal error"},
    subcommands = {
        ExportCommand.Csv.class,
        ExportCommand.Markdown.class,
        ExportCommand.Bibtex.class,
        ExportCommand.Ris.class,
        ExportCommand.CslJson.class
    })
final class ExportCommand extends BaseCommand implements Runnable {
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing subcommand: evident export csv, markdown, bibtex, ris or csl-json");
  }

  /** Loads the selection, then writes through {@code body} to -o FILE or standard output. */
  static int export(BaseCommand cmd, ExportOptions o,
      java.util.function.Function<Selection, AtomicFile.Body<Integer>> format) {
    return export(cmd, o, format, "claim");
  }

  static int export(BaseCommand cmd, ExportOptions o,
      java.util.function.Function<Selection, AtomicFile.Body<Integer>> format, String noun) {
    Query where = Query.parse(o.where);
    Repository repo = cmd.repo();
    if (!Files.isDirectory(repo.path(Repository.CLAIMS))) {
      throw EvidentException.usage(Repository.CLAIMS + ": error: no such folder in "
          + repo.root() + " (run evident parse first, or use -C DIR)");
    }
    ClaimSet set = repo.load();
    AtomicFile.Body<Integer> body = format.apply(Selection.of(set, where));
    PrintWriter out = cmd.out();
    if (o.output == null) {
      try {
        body.write(out);
      } catch (IOException e) {
        // PrintWriter reports failures through checkError, so this is not reached in practice
        throw new EvidentException(EvidentException.Kind.IO,
            "evident: error: cannot write to standard output (" + e.getMessage() + ")", e);
      }
      out.flush();
      return ExitCodes.OK;
    }
    Path target = repo.root().resolve(o.output);
    Path norm = target.toAbsolutePath().normalize();
    for (String own : new String[] {Repository.CLAIMS, Repository.SEEDS, ".git"}) {
      Path ownDir = repo.root().toAbsolutePath().normalize().resolve(own);
      if (norm.startsWith(ownDir) || resolvesInto(norm, ownDir)) {
        throw EvidentException.usage(o.output + ": error: inside " + own + "/; an export "
            + "never writes over the review's own files (give a path outside " + own + "/)");
      }
    }
    int claims = AtomicFile.write(target, body);
    out.println("exported " + claims + " " + noun + (claims == 1 ? "" : "s") + " to "
        + Safe.line(o.output));
    out.flush();
    return ExitCodes.OK;
  }

  /** Whether a path reaches into {@code dir} through a symbolic link on its way. */
  private static boolean resolvesInto(Path target, Path dir) {
    try {
      Path parent = target.getParent();
      Path real = parent == null ? target : parent.toRealPath().resolve(target.getFileName());
      Path realDir = Files.exists(dir) ? dir.toRealPath() : dir;
      return real.startsWith(realDir)
          || Files.isSymbolicLink(target) && target.toRealPath().startsWith(realDir);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code evident export csv}. */
  @Command(name = "csv", mixinStandardHelpOptions = true,
      description = {
          "Write claims as CSV: UTF-8, a header row, every cell in double quotes (RFC 4180), "
              + "records ending in LF (CRLF with --excel). A cell that starts with = + - @, "
              + "tab, CR or LF gets a leading ' so that no spreadsheet runs it as a formula.",
          "",
          "Default columns: id, status, level, design, statement, subject, relation, object, "
              + "direction, hedged, tags, quote, source, title, first_author, year, doi, pmid, "
              + "section, start, end, links, note.",
          "More columns for --columns: computed_level, override_reason, override_by, eco, "
              + "basis, negated, decision_by, decision_reason, line, column, authors, journal, "
              + "pmcid, url, publication_type.",
          ""},
      footerHeading = "%nExamples:%n",
      footer = {
          "  evident export csv > claims.csv",
          "  evident export csv --excel -o review.csv",
          "  evident export csv --columns id,level,computed_level,override_reason,statement",
          "  evident export csv --where \"tag = emt and status != rejected\""},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:ok",
          "2:usage error (unknown column, bad --where, no claims/ folder, bad -o FILE)",
          "3:a claim file is invalid, or the output file cannot be written",
          "4:internal error"})
  static final class Csv extends BaseCommand implements Callable<Integer> {
    @Mixin
    ExportOptions export;

    @Option(names = {"-c", "--columns"}, paramLabel = "COLS",
        description = "Comma-separated columns, in the order wanted (default: the default "
            + "columns above).")
    String columns;

    @Option(names = "--excel",
        description = "For spreadsheets: start with a UTF-8 byte-order mark and end records "
            + "with CRLF, so Excel reads accents and line breaks correctly.")
    boolean excel;

    @Override
    public Integer call() {
      CsvExport.Options options = new CsvExport.Options(
          columns == null ? CsvColumn.DEFAULTS : CsvColumn.parse(columns), excel);
      CsvExport csv = new CsvExport(options);
      return export(this, export, sel -> w -> csv.write(sel, w));
    }
  }

  /** {@code evident export markdown}. */
  @Command(name = "markdown", aliases = "md", mixinStandardHelpOptions = true,
      description = {
          "Write a review document in GitHub-flavoured Markdown: a summary (claims by status "
              + "and level, sources), an evidence map (tags by level), a summary-of-findings "
              + "table per tag, and the review table grouped by tag, source, level or status. "
              + "Claim text is escaped so that it cannot break a table.",
          ""},
      footerHeading = "%nExamples:%n",
      footer = {
          "  evident export markdown > REVIEW.md",
          "  evident export markdown --group-by source --quotes -o review.md",
          "  evident export markdown --where \"status = accepted\" --title \"EMT in breast "
              + "cancer\""},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:ok",
          "2:usage error (bad --group-by, bad --where, no claims/ folder, bad -o FILE)",
          "3:a claim file is invalid, or the output file cannot be written",
          "4:internal error"})
  static final class Markdown extends BaseCommand implements Callable<Integer> {
    @Mixin
    ExportOptions export;

    @Option(names = {"-g", "--group-by"}, paramLabel = "KEY", defaultValue = "tag",
        description = "Split the review table by tag, source, level or status "
            + "(default: ${DEFAULT-VALUE}). A claim with several tags appears under each.")
    MarkdownExport.GroupBy groupBy;

    @Option(names = "--quotes", description = "Add a column with each claim's verbatim quote.")
    boolean quotes;

    @Option(names = "--title", paramLabel = "TEXT",
        description = "The document's title (default: " + MarkdownExport.Options.DEFAULT_TITLE
            + ").")
    String title;

    @Override
    public Integer call() {
      MarkdownExport md = new MarkdownExport(new MarkdownExport.Options(title, groupBy, quotes));
      return export(this, export, sel -> w -> md.write(sel, w));
    }
  }

  /** The sources as reference-manager records. */
  abstract static class References extends BaseCommand implements Callable<Integer> {
    @Mixin
    ExportOptions export;

    abstract dev.evident.export.ReferenceExport.Format format();

    @Override
    public Integer call() {
      dev.evident.export.ReferenceExport refs =
          new dev.evident.export.ReferenceExport(format());
      return export(this, export, sel -> w -> refs.write(sel, w), "source");
    }
  }

  /** {@code evident export bibtex}. */
  @Command(name = "bibtex", mixinStandardHelpOptions = true,
      description = {"Write the sources as BibTeX, one @article (or @misc) per source, keyed by "
          + "source id, with a file field naming its seed. With --where, the sources of the "
          + "matching claims (or matching the source fields of the query).", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  evident export bibtex -o review.bib",
          "  evident export bibtex --where 'status = accepted' > accepted.bib"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:ok", "2:usage error (bad --where, no claims/ folder, bad -o FILE)",
          "3:a claim or source file is invalid, or the output cannot be written",
          "4:internal error"})
  static final class Bibtex extends References {
    @Override
    dev.evident.export.ReferenceExport.Format format() {
      return dev.evident.export.ReferenceExport.Format.BIBTEX;
    }
  }

  /** {@code evident export ris}. */
  @Command(name = "ris", mixinStandardHelpOptions = true,
      description = {"Write the sources as RIS records (TY JOUR ... ER), for EndNote, Zotero "
          + "or Mendeley.", ""},
      footerHeading = "%nExamples:%n",
      footer = {"  evident export ris -o review.ris"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:ok", "2:usage error (bad --where, no claims/ folder, bad -o FILE)",
          "3:a claim or source file is invalid, or the output cannot be written",
          "4:internal error"})
  static final class Ris extends References {
    @Override
    dev.evident.export.ReferenceExport.Format format() {
      return dev.evident.export.ReferenceExport.Format.RIS;
    }
  }

  /** {@code evident export csl-json}. */
  @Command(name = "csl-json", mixinStandardHelpOptions = true,
      description = {"Write the sources as CSL-JSON, the format of citeproc, Pandoc and Zotero.",
          ""},
      footerHeading = "%nExamples:%n",
      footer = {"  evident export csl-json -o references.json"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:ok", "2:usage error (bad --where, no claims/ folder, bad -o FILE)",
          "3:a claim or source file is invalid, or the output cannot be written",
          "4:internal error"})
  static final class CslJson extends References {
    @Override
    dev.evident.export.ReferenceExport.Format format() {
      return dev.evident.export.ReferenceExport.Format.CSL_JSON;
    }
  }
}
