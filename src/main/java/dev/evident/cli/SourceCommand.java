package dev.evident.cli;

import dev.evident.app.SourceService;
import dev.evident.model.Safe;
import dev.evident.model.Source;
import dev.evident.model.SourceEdit;
import dev.evident.model.SourceFields;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code evident source show|list|set|unset|revert|reattach}: the bibliographic records. */
@Command(name = "source", mixinStandardHelpOptions = true,
    description = "Show, list and correct source records (claims/<source>/source.yaml). A "
        + "correction records who made it and why, and every later parse keeps it.",
    subcommands = {SourceCommand.Show.class, SourceCommand.ListSources.class,
        SourceCommand.Set.class, SourceCommand.Unset.class, SourceCommand.Revert.class,
        SourceCommand.Reattach.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident source list --where 'year>=2020 and type=review'",
        "  evident source show chen-2025",
        "  evident source set chen-2025-breast doi 10.1007/s11010-024-05175-x --reason 'from the PDF'",
        "  evident source unset cancer-cells-2024 year --reason 'the page date is not the paper's'",
        "  evident source revert chen-2025-breast doi",
        "  evident source reattach chen-2025-breast seeds/chen-2025-v2.txt"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (unknown source, field or bad value, missing --reason)",
        "3:a claim or source file is invalid, or claims/ is not writable",
        "4:internal error"})
final class SourceCommand extends BaseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing subcommand: show, list, set, unset, revert or reattach");
  }

  /** {@code evident source show}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Print a source record: every field, which ones a curator corrected (by "
          + "whom, why), its seed and its number of claims.")
  static final class Show extends BaseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "A source id or unique prefix.")
    String id;

    @Override
    public Integer call() {
      SourceService.Shown s = new SourceService(repo()).show(id);
      PrintWriter out = out();
      Source src = s.source();
      out.println(src.id() + "  (" + s.file() + ", " + s.claims() + " claim"
          + (s.claims() == 1 ? "" : "s") + ")");
      out.println("  seed: " + Safe.line(src.seed().file()) + " (" + src.seed().format().wire()
          + ", sha256 " + src.seed().sha256().substring(0, 12) + ")");
      for (String f : SourceFields.NAMES) {
        String v = SourceFields.get(src, f);
        SourceEdit e = src.edit(f);
        out.printf(Locale.ROOT, "  %-17s %s%s%n", f + ":", v == null ? "(not stated)"
            : Safe.line(v), e == null ? "" : "   [edited by " + Safe.line(String.valueOf(e.by()))
                + ": " + Safe.line(String.valueOf(e.reason())) + "]");
      }
      return ExitCodes.OK;
    }
  }

  /** {@code evident source list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List sources: id, year, first author, title, and how many fields are "
          + "corrected. --where takes the query language (docs/query.md) with the source "
          + "fields id, year, title, author, journal, doi, pmid, pmcid, type, edited.")
  static final class ListSources extends BaseCommand implements Callable<Integer> {
    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
        description = "Only sources matching EXPR, e.g. 'journal~Nature and year>=2020'.")
    String where;

    @Override
    public Integer call() {
      List<Source> sources = new SourceService(repo()).list(where);
      int w = 2;
      for (Source s : sources) {
        w = Math.max(w, s.id().length());
      }
      for (Source s : sources) {
        String title = s.title() == null ? "(no title)" : s.title();
        if (title.length() > 70) {
          title = title.substring(0, 67) + "...";
        }
        out().printf(Locale.ROOT, "%-" + w + "s  %4s  %-16s  %s%s%n", s.id(),
            s.year() == null ? "-" : s.year().toString(),
            Safe.line(s.firstAuthor() == null ? "-" : s.firstAuthor()), Safe.line(title),
            s.edited().isEmpty() ? "" : "  (" + s.edited().size() + " edited)");
      }
      err().println(sources.size() + " source" + (sources.size() == 1 ? "" : "s"));
      return ExitCodes.OK;
    }
  }

  /** What set and unset share: the source, the field, why and who. */
  abstract static class Correction extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "A source id or unique prefix.")
    String id;

    @Parameters(index = "1", paramLabel = "FIELD", description = "One of: title, authors, "
        + "journal, year, date, doi, pmid, pmcid, url, keywords, publication_type, "
        + "peer_reviewed.")
    String field;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME",
        description = "Who corrects (default: git config user.name, else $USER).")
    String by;

    /** The corrected value; null records that the seed does not state the field. */
    abstract String value();

    @Override
    public Integer call() {
      report(out(), new SourceService(repo()).set(id, field, value(), reason, by));
      return ExitCodes.OK;
    }
  }

  /** {@code evident source set}. */
  @Command(name = "set", mixinStandardHelpOptions = true,
      description = "Correct one field of a source record. Lists (authors, keywords) are "
          + "separated by ';'. The value is checked (a DOI is 10.NNNN/..., a year four digits).")
  static final class Set extends Correction {
    @Parameters(index = "2", paramLabel = "VALUE", description = "The corrected value.")
    String value;

    @Override
    String value() {
      return value;
    }
  }

  /** {@code evident source unset}. */
  @Command(name = "unset", mixinStandardHelpOptions = true,
      description = "Record that the seed does not state a field (for a value parse took "
          + "from the wrong place); parse keeps it empty.")
  static final class Unset extends Correction {
    @Override
    String value() {
      return null;
    }
  }

  /** {@code evident source revert}. */
  @Command(name = "revert", mixinStandardHelpOptions = true,
      description = "Drop the correction of a field: the next parse records what the seed "
          + "states again.")
  static final class Revert extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "A source id or unique prefix.")
    String id;

    @Parameters(index = "1", paramLabel = "FIELD", description = "The corrected field.")
    String field;

    @Override
    public Integer call() {
      SourceService.Change c = new SourceService(repo()).revert(id, field);
      out().println(c.source() + ": " + field + " is no longer edited; run 'evident parse' to "
          + "record what the seed states");
      return ExitCodes.OK;
    }
  }

  /** {@code evident source reattach}. */
  @Command(name = "reattach", mixinStandardHelpOptions = true,
      description = "Point a source at its seed's new file when the seed was renamed and "
          + "changed at once (parse notices a plain rename by itself). Claims and corrections "
          + "are kept; run 'evident parse' next.")
  static final class Reattach extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "A source id or unique prefix.")
    String id;

    @Parameters(index = "1", paramLabel = "SEED", description = "The seed's new path.")
    String seed;

    @Override
    public Integer call() {
      SourceService.Change c = new SourceService(repo()).reattach(id, seed);
      out().println(c.source() + ": seed " + Safe.line(c.before()) + " -> "
          + Safe.line(c.after()) + "; run 'evident parse' to refresh its claims");
      return ExitCodes.OK;
    }
  }

  private static void report(PrintWriter out, SourceService.Change c) {
    out.println(c.source() + ": " + c.field() + " " + (c.before() == null ? "(not stated)"
        : "\"" + Safe.line(c.before()) + "\"") + " -> " + (c.after() == null ? "(not stated)"
        : "\"" + Safe.line(c.after()) + "\"") + (c.changed() ? "" : " (already so)"));
  }
}
