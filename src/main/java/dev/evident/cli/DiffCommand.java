package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.DetectedConflicts;
import dev.evident.diff.DiffResult;
import dev.evident.diff.DiffService;
import dev.evident.diff.JsonReport;
import dev.evident.diff.MarkdownReport;
import dev.evident.diff.Side;
import dev.evident.diff.TextReport;
import dev.evident.model.EvidentException;
import dev.evident.query.Query;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident diff}: which claims a change adds, removes, re-words, re-tags, re-levels. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {
        "Show the semantic difference between two versions of the claims: claims added, "
            + "removed, moved and changed field by field (statement, triple, tags, level, "
            + "status, links, note), and the contradictions and duplicates the change "
            + "introduces. Formatting-only edits are not changes. Revisions are read from git "
            + "without touching the working tree.",
        "",
        "  evident diff               working tree against HEAD",
        "  evident diff REV           working tree against REV",
        "  evident diff REV1 REV2     REV1 against REV2 (also REV1..REV2)",
        "  evident diff REV1...REV2   the merge base of both against REV2 (a pull request)",
        "  evident diff --from DIR --to DIR   two folders, no git needed",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident diff",
        "  evident diff main..HEAD --format markdown > comment.md",
        "  evident diff HEAD~3 --where 'tag = ecm or level <= 2'",
        "  evident diff --from ../review-v1 --to . --format json",
        "  evident diff origin/main...HEAD --exit-code --quiet || echo 'claims changed'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (no changes, or changes without --exit-code)",
        "1:there are changes (only with --exit-code)",
        "2:usage error (bad revision, not a git work tree, not a review repository, bad "
            + "--where)",
        "3:a claim file is invalid at one of the revisions (nothing is printed on stdout)",
        "4:internal error"})
final class DiffCommand extends BaseCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, markdown, json }

  /** When to colour text output. */
  enum When { auto, always, never }

  @Parameters(paramLabel = "REV", arity = "0..2",
      description = "Git revisions: none, REV, REV1 REV2, REV1..REV2 or REV1...REV2.")
  List<String> revisions;

  @Option(names = "--from", paramLabel = "DIR",
      description = "Compare review repository folders instead of revisions: the old one.")
  Path from;

  @Option(names = "--to", paramLabel = "DIR", description = "The new folder (with --from).")
  Path to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), markdown (a pull-request comment) or json.")
  Format format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour text output: auto (default: on a terminal, unless NO_COLOR is "
          + "set), always or never.")
  When color;

  @Option(names = "--where", paramLabel = "EXPR",
      description = "Only claims matching EXPR before or after the change (see "
          + "'evident list --help' for the language).")
  String where;

  @Option(names = "--exit-code",
      description = "Exit with 1 when there are changes, 0 when there are none (like git diff).")
  boolean exitCode;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing; implies --exit-code.")
  boolean quiet;

  @Override
  public Integer call() {
    Query query = Query.parse(where);
    Side[] sides;
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw EvidentException.usage("evident: error: --from and --to go together");
      }
      if (revisions != null && !revisions.isEmpty()) {
        throw EvidentException.usage("evident: error: give revisions or --from/--to, not both");
      }
      sides = new Side[] {folder(from), folder(to)};
    } else {
      sides = DiffService.sides(revisions);
    }
    DiffResult result = new DiffService(anyRepo().root(), new DetectedConflicts())
        .run(new DiffService.Request(sides[0], sides[1], query));
    String text = switch (format) {
      case markdown -> MarkdownReport.render(result);
      case json -> JsonReport.render(result);
      case text -> TextReport.render(result, colour(), Safe::line);
    };
    PrintWriter out = out();
    if (!quiet) {
      out.print(text);
    }
    out.flush();
    return (exitCode || quiet) && !result.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Side folder(Path p) {
    Path dir = root().directory().resolve(p).toAbsolutePath().normalize();
    return new Side.Folder(dir, p.toString());
  }

  private boolean colour() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        yield System.console() != null && (noColor == null || noColor.isEmpty())
            && !"dumb".equals(term);
      }
    };
  }
}
