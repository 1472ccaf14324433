package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.CheckService;
import dev.evident.check.LintFormat;
import dev.evident.check.LintResult;
import dev.evident.check.Rule;
import dev.evident.model.EvidentException;
import dev.evident.model.Severity;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident lint}: every problem that makes a review wrong, for people and for CI. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {
        "Check every claim, source and settings file: valid and canonical YAML, ids matching "
            + "file names, quotes found in their seeds at their locators, seeds unchanged "
            + "since parse, known tags, relations and levels, decisions recorded, links "
            + "resolving, and no unacknowledged contradictions or duplicates. Reports all "
            + "problems in one run, sorted.",
        "Rules can be re-graded or turned off in claims/evident.yaml (lint: rules: {EV304: "
            + "off}); one claim can be exempted with exempt: [{rule: EV203, reason: ...}]."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident lint",
        "  evident lint --format github            annotate a pull request in GitHub Actions",
        "  evident lint --format sarif > lint.sarif",
        "  evident lint --strict                   fail on warnings too",
        "  evident lint --explain EV202"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no findings at error severity (with --strict: none at warning either)",
        "1:findings at error severity (with --strict: or warning)",
        "2:usage error (bad option, unknown rule code, no claims/ folder)",
        "3:some input could not be read at all (claims/ or a claim file unreadable)",
        "4:internal error"})
final class LintCommand extends BaseCommand implements Callable<Integer> {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json, github (workflow commands) or sarif (SARIF 2.1.0). "
          + "Default: ${DEFAULT-VALUE}.")
  LintFormat format;

  @Option(names = "--strict", description = "Warnings fail the run too (exit 1).")
  boolean strict;

  @Option(names = "--explain", paramLabel = "CODE",
      description = "Explain one rule (code such as EV202, or its name) and exit.")
  String explain;

  @Option(names = "--list-rules", description = "List every rule with its default severity.")
  boolean listRules;

  @Override
  public Integer call() {
    PrintWriter out = out();
    if (explain != null) {
      Rule r = Rule.byCode(explain);
      if (r == null) {
        throw EvidentException.usage("--explain: no rule '" + Safe.line(explain)
            + "'; `evident lint --list-rules` lists them");
      }
      out.println(r.code() + " " + r.slug() + " (default: " + r.defaultSeverity().wire() + ")");
      out.println("  " + r.summary());
      out.flush();
      return ExitCodes.OK;
    }
    if (listRules) {
      for (Rule r : Rule.values()) {
        out.printf(Locale.ROOT, "%-6s %-26s %-8s %s%n", r.code(), r.slug(),
            r.defaultSeverity().wire(), r.summary());
      }
      out.flush();
      return ExitCodes.OK;
    }
    LintResult r = new CheckService(repo()).lint();
    String rendered = format.render(r);
    out.print(format == LintFormat.TEXT || format == LintFormat.GITHUB
        ? Safe.text(rendered) : rendered);
    out.flush();
    PrintWriter err = err();
    if (format == LintFormat.TEXT) {
      long e = r.count(Severity.ERROR);
      long w = r.count(Severity.WARNING);
      err.printf(Locale.ROOT, "evident lint: %d error%s, %d warning%s in %d file%s%n",
          e, e == 1 ? "" : "s", w, w == 1 ? "" : "s", r.files(), r.files() == 1 ? "" : "s");
      err.flush();
    }
    if (r.unreadable()) {
      return ExitCodes.DATA;
    }
    return r.fails(strict) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
