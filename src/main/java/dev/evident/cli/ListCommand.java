package dev.evident.cli;

import dev.evident.model.Json;
import dev.evident.model.Safe;
import dev.evident.app.BrowseService;
import dev.evident.model.Claim;
import dev.evident.store.Codec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident list}: the claims, or those matching a query. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List claims, sorted by id: all of them, or those matching --where. "
        + "The table shows the level that counts (starred when a curator overrode it) and the "
        + "statement cut to 60 characters; json and yaml hold every field.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident list --where 'tag=emt and level<=4 and not status=rejected'",
        "  evident list --where 'status=extracted' --format ids | xargs evident accept",
        "  evident list --format json | jq '.[].statement'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (also when nothing matches)",
        "2:usage error (bad --where, shown with a caret, or bad --format)",
        "3:a claim file is invalid",
        "4:internal error"})
final class ListCommand extends BaseCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { table, ids, json, yaml }

  static final int STATEMENT_WIDTH = 60;

  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Only claims matching EXPR (see docs/query.md).")
  String where;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), ids (one per line), json (an array of claims) or yaml "
          + "(one document per claim).")
  Format format;

  @Override
  public Integer call() {
    List<BrowseService.Row> rows = new BrowseService(repo()).list(where);
    PrintWriter out = out();
    switch (format) {
      case ids -> rows.forEach(r -> out.println(r.claim().id()));
      case json -> {
        List<Object> all = new ArrayList<>();
        rows.forEach(r -> all.add(Codec.tree(r.claim())));
        out.print(Json.write(all));
      }
      case yaml -> rows.forEach(r -> out.print("---\n" + Codec.write(r.claim())));
      default -> table(out, rows);
    }
    return ExitCodes.OK;
  }

  private static void table(PrintWriter out, List<BrowseService.Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int idW = 2;
    int tagW = 4;
    for (BrowseService.Row r : rows) {
      idW = Math.max(idW, r.claim().id().length());
      tagW = Math.max(tagW, tags(r.claim()).length());
    }
    tagW = Math.min(tagW, 30);
    String fmt = "%-" + idW + "s  %-14s  %-5s  %-" + tagW + "s  %s%n";
    out.printf(Locale.ROOT, fmt, "ID", "STATUS", "LEVEL", "TAGS", "STATEMENT");
    for (BrowseService.Row r : rows) {
      Claim c = r.claim();
      out.printf(Locale.ROOT, fmt, c.id(), c.status().wire(), Render.level(c),
          Render.cut(Safe.line(tags(c)), tagW),
          Render.cut(Safe.line(c.statement()), STATEMENT_WIDTH));
    }
  }

  private static String tags(Claim c) {
    return String.join(",", c.tags());
  }
}
