package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.BrowseService;
import dev.evident.model.Claim;
import dev.evident.model.Exemption;
import dev.evident.model.Link;
import dev.evident.model.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident show}: one claim, its source, and its quote in the seed. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a claim with its source and its quote in the surrounding text of the "
        + "seed. The quote is highlighted on a terminal (unless NO_COLOR is set) and marked "
        + "»like this« otherwise.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident show chen-2025-ecm-4f2a9c",
        "  evident show 4f2a                 a unique id prefix is enough",
        "  evident show 4f2a --color=never | less"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (a missing or changed seed is a warning)",
        "2:usage error (unknown or ambiguous id)",
        "3:a claim file is invalid",
        "4:internal error"})
final class ShowCommand extends BaseCommand implements Callable<Integer> {
  static final String BOLD_REVERSE = "\u001B[1;7m";
  static final String RESET = "\u001B[0m";

  /** When to highlight with ANSI escapes. */
  enum Color { auto, always, never }

  @Parameters(index = "0", paramLabel = "ID", description = "Claim id or unique id prefix.")
  String id;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "auto (default: on a terminal and NO_COLOR unset), always or never.")
  Color color;

  @Override
  public Integer call() {
    BrowseService.View v = new BrowseService(repo()).show(id);
    PrintWriter out = out();
    Claim c = v.row().claim();
    field(out, "id", c.id());
    field(out, "file", v.row().file());
    String status = dev.evident.app.Describe.status(c);
    field(out, "status", status);
    field(out, "statement", c.statement());
    field(out, "mechanism", dev.evident.app.Describe.triple(c.mechanism()));
    field(out, "evidence", "level " + c.evidence().level() + " (" + c.evidence().design().wire()
        + (c.evidence().eco() == null ? "" : ", " + c.evidence().eco()) + "): "
        + c.evidence().basis());
    if (c.evidence().override() != null) {
      field(out, "override", "level " + c.evidence().override().level() + " by "
          + c.evidence().override().by() + ": " + c.evidence().override().reason());
    }
    field(out, "tags", c.tags().isEmpty() ? "(none)" : String.join(", ", c.tags()));
    for (Link l : c.links()) {
      field(out, "link", l.relation().wire() + " " + l.claim()
          + (l.note() == null || l.note().isEmpty() ? "" : ": " + l.note()));
    }
    if (!c.note().isEmpty()) {
      field(out, "note", c.note());
    }
    if (!c.edited().isEmpty()) {
      field(out, "edited", String.join(", ", c.edited()));
    }
    for (Exemption e : c.exempt()) {
      field(out, "exempt", e.rule() + ": " + e.reason());
    }
    Source s = v.row().source();
    if (s != null) {
      out.println();
      field(out, "source", s.id() + (s.title() == null ? "" : ": " + s.title()));
      List<String> cite = new ArrayList<>();
      if (!s.authors().isEmpty()) {
        cite.add(String.join(", ", s.authors()));
      }
      if (s.journal() != null) {
        cite.add(s.journal());
      }
      if (s.year() != null) {
        cite.add(String.valueOf(s.year()));
      }
      if (s.doi() != null) {
        cite.add("doi:" + s.doi());
      }
      if (s.pmid() != null) {
        cite.add("PMID " + s.pmid());
      }
      if (!cite.isEmpty()) {
        field(out, "", String.join(". ", cite));
      }
    }
    BrowseService.Context ctx = v.context();
    String where = c.locator().section() == null ? "" : ", " + c.locator().section();
    if (ctx != null) {
      field(out, "seed", ctx.seedFile() + ":" + ctx.line() + ":" + ctx.column() + where);
      out.println();
      boolean ansi = switch (color) {
        case always -> true;
        case never -> false;
        case auto -> System.console() != null && noColorUnset();
      };
      String open = ansi ? BOLD_REVERSE : "»";
      String close = ansi ? RESET : "«";
      String before = Safe.line(ctx.before());
      String after = Safe.line(ctx.after());
      out.println("  " + before + (before.isEmpty() ? "" : " ") + open + Safe.line(ctx.quote())
          + close + (after.isEmpty() ? "" : " ") + after);
    } else {
      if (s != null) {
        field(out, "seed", s.seed().file() + where);
      }
      out.println();
      field(out, "quote", c.quote());
    }
    v.warnings().forEach(w -> Diagnostics.print(err(), w));
    return ExitCodes.OK;
  }

  private static boolean noColorUnset() {
    String nc = System.getenv("NO_COLOR");
    return nc == null || nc.isEmpty();
  }

  private static void field(PrintWriter out, String name, String value) {
    out.println(String.format(java.util.Locale.ROOT, "%-10s %s",
        name.isEmpty() ? "" : name + ":", Safe.line(value)).stripTrailing());
  }
}
