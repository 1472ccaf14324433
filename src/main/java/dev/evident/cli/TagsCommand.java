package dev.evident.cli;

import dev.evident.model.Json;
import dev.evident.model.Safe;
import dev.evident.app.BrowseService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident tags}: the vocabulary with how many claims carry each tag. */
@Command(name = "tags", mixinStandardHelpOptions = true,
    description = "List the tag vocabulary (claims/evident.yaml, or the built-in default) with "
        + "how many claims carry each tag and what it means. Tags used on claims but missing "
        + "from the vocabulary are listed last, marked 'not in vocabulary'.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident tags",
        "  evident tags --format json | jq '.[] | select(.count == 0) | .name'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (bad option)",
        "3:a claim file is invalid",
        "4:internal error"})
final class TagsCommand extends BaseCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Override
  public Integer call() {
    List<BrowseService.TagUse> tags = new BrowseService(repo()).tags();
    PrintWriter out = out();
    if (format == Format.json) {
      List<Object> rows = new ArrayList<>();
      for (BrowseService.TagUse t : tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("count", t.count());
        m.put("description", t.description());
        m.put("in_vocabulary", t.known());
        rows.add(m);
      }
      out.print(Json.write(rows));
      return ExitCodes.OK;
    }
    int w = 3;
    int c = 5;
    for (BrowseService.TagUse t : tags) {
      w = Math.max(w, t.name().length());
      c = Math.max(c, String.valueOf(t.count()).length());
    }
    out.printf(Locale.ROOT, "%-" + w + "s  %" + c + "s  %s%n", "TAG", "COUNT", "DESCRIPTION");
    for (BrowseService.TagUse t : tags) {
      out.printf(Locale.ROOT, "%-" + w + "s  %" + c + "d  %s%n", Safe.line(t.name()), t.count(),
          t.known() ? Safe.line(t.description()) : "(not in vocabulary)");
    }
    return ExitCodes.OK;
  }
}
