package dev.evident.cli;

import dev.evident.model.Json;
import dev.evident.model.Safe;
import dev.evident.app.BrowseService;
import dev.evident.model.Status;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident stats}: claim counts by status, level, tag and source. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count claims by status, by the evidence level that counts (overrides "
        + "included), by tag and by source; of all claims or of those matching --where.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident stats",
        "  evident stats --where 'source=chen-2025-ecm'",
        "  evident stats --format json"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (bad --where, shown with a caret)",
        "3:a claim file is invalid",
        "4:internal error"})
final class StatsCommand extends BaseCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Only count claims matching EXPR (see docs/query.md).")
  String where;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Override
  public Integer call() {
    BrowseService.Stats s = new BrowseService(repo()).stats(where);
    PrintWriter out = out();
    Map<String, Integer> status = new LinkedHashMap<>();
    s.byStatus().forEach((k, v) -> status.put(k.wire(), v));
    Map<String, Integer> level = new LinkedHashMap<>();
    s.byLevel().forEach((k, v) -> level.put(String.valueOf(k), v));
    if (format == Format.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("claims", s.claims());
      m.put("status", status);
      m.put("level", level);
      m.put("overridden", s.overridden());
      m.put("tags", s.byTag());
      m.put("untagged", s.untagged());
      m.put("sources", s.bySource());
      out.print(Json.write(m));
      return ExitCodes.OK;
    }
    int w = Status.NEEDS_REVISION.wire().length();
    for (String k : s.byTag().keySet()) {
      w = Math.max(w, k.length());
    }
    for (String k : s.bySource().keySet()) {
      w = Math.max(w, k.length());
    }
    out.printf(Locale.ROOT, "claims: %d%n", s.claims());
    section(out, w, "status", status);
    section(out, w, "level (" + s.overridden() + " overridden)", level);
    section(out, w, "tags (" + s.untagged() + " untagged)", s.byTag());
    section(out, w, "sources", s.bySource());
    return ExitCodes.OK;
  }

  private static void section(PrintWriter out, int w, String title,
      Map<String, Integer> counts) {
    out.println();
    out.println(title + ":");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      out.printf(Locale.ROOT, "  %-" + w + "s  %5d%n", Safe.line(e.getKey()), e.getValue());
    }
  }
}
