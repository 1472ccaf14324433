package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.CheckService;
import dev.evident.check.ConflictDetector;
import dev.evident.check.ConflictFormat;
import dev.evident.model.Diagnostic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident conflicts}: contradictions, duplicates and corroborations among claims. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = {
        "Pair claims a reviewer should read together: contradictions (same subject and "
            + "object, opposite direction or one negated), near-duplicates from the same "
            + "paper, the same statement at different evidence levels, and corroborations "
            + "by independent papers. Shows both quotes and why they were paired. A pair a "
            + "curator linked with `contradicts` or `duplicates` and a note is resolved. "
            + "Rejected claims take no part."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident conflicts",
        "  evident conflicts --format markdown > conflicts.md",
        "  evident conflicts --format json --threshold 0.9"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no unresolved conflicts (corroborations are not conflicts)",
        "1:unresolved contradictions, duplicates or inconsistent levels",
        "2:usage error (bad option, no claims/ folder)",
        "3:claims/ could not be read",
        "4:internal error"})
final class ConflictsCommand extends BaseCommand implements Callable<Integer> {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
  ConflictFormat format;

  @Option(names = "--threshold", paramLabel = "T",
      defaultValue = "" + ConflictDetector.DEFAULT_THRESHOLD,
      description = "Token-set similarity (0 to 1] from which two statements are the same "
          + "statement. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Override
  public Integer call() {
    CheckService.Conflicts c = new CheckService(repo()).conflicts(threshold);
    PrintWriter err = err();
    for (Diagnostic d : c.problems()) {
      err.println(Safe.line(d.path() + ": warning: skipped: " + d.message()));
    }
    err.flush();
    String rendered = format.render(c.report(), c.set().claimFiles());
    out().print(format == ConflictFormat.JSON ? rendered : Safe.text(rendered));
    out().flush();
    return c.report().unresolved().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
