package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.ParseService;
import dev.evident.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident parse}: seeds become claim files. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {
        "Turn the documents in seeds/ (or the given files and folders) into claim files under "
            + "claims/. Re-running on unchanged seeds changes nothing; curated decisions are "
            + "kept; a claim whose quote vanished from its seed is reported and kept."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident parse",
        "  evident parse seeds/new-review.txt",
        "  evident parse --dry-run",
        "  evident -C ~/reviews/breast-cancer parse"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (no such seed file or folder)",
        "3:a seed could not be read (nothing is written unless --keep-going), a claim file "
            + "is invalid, or claims/ is not writable",
        "4:internal error"})
final class ParseCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SEED", arity = "0..*",
      description = "Seed files or folders, relative to the repository (default: seeds).")
  List<String> seeds;

  @Option(names = {"-n", "--dry-run"},
      description = "Show which claim files would be added or changed; write nothing.")
  boolean dryRun;

  @Option(names = "--keep-going",
      description = "Write the claims of the seeds that could be read even when others "
          + "could not (still exits 3).")
  boolean keepGoing;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary line.")
  boolean quiet;

  @Override
  public Integer call() {
    ParseService.Result r = new ParseService(anyRepo()).run(
        new ParseService.Request(seeds, dryRun, keepGoing));
    PrintWriter out = out();
    PrintWriter err = err();
    for (String left : r.leftoversRemoved()) {
      err.println(Safe.line(left) + ": warning: removed a temporary file left by an "
          + "interrupted run");
    }
    for (Diagnostic d : r.problems()) {
      Diagnostics.print(err, d);
    }
    if (!quiet) {
      int w = 0;
      int s = 0;
      for (ParseService.SeedReport sr : r.seeds()) {
        w = Math.max(w, sr.seed().length());
        s = Math.max(s, sr.sourceId().length());
      }
      for (ParseService.SeedReport sr : r.seeds()) {
        out.printf(java.util.Locale.ROOT, "%-" + w + "s  %-15s  %-" + s + "s  %3d claim%s%s%n",
            Safe.line(sr.seed()), sr.format().wire(), sr.sourceId(), sr.claims(),
            sr.claims() == 1 ? " " : "s", detail(sr));
      }
    }
    for (ParseService.SeedReport sr : r.seeds()) {
      for (String note : sr.notes()) {
        err.println(Safe.line(sr.seed()) + ": note: " + Safe.line(note));
      }
    }
    for (ParseService.Kept k : r.kept()) {
      err.println(Safe.line(k.file()) + ": warning: " + (k.quoteInSeed()
          ? "parse no longer extracts this claim; kept as it is"
          : "quote no longer found in its seed; claim kept (parse never deletes claims)"));
    }
    for (String o : r.orphanSources()) {
      err.println("claims/" + o + "/source.yaml: warning: its seed file is gone; source and "
          + "claims kept (if the seed was renamed and changed, re-attach it: evident source "
          + "reattach " + o + " seeds/NEW-NAME)");
    }
    if (r.dryRun() && !quiet) {
      for (Map.Entry<String, String> e : r.written().entrySet()) {
        out.println("would " + (e.getValue().equals("added") ? "add   " : "update") + " "
            + Safe.line(e.getKey()));
      }
    }
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    for (ParseService.SeedReport sr : r.seeds()) {
      added += sr.added();
      updated += sr.updated();
      unchanged += sr.unchanged();
    }
    out.printf(java.util.Locale.ROOT,
        "%s %d seed%s: %d claims (%d new, %d updated, %d unchanged, %d kept); %s %d file%s%n",
        r.dryRun() ? "dry run:" : "parsed", r.seeds().size(), r.seeds().size() == 1 ? "" : "s",
        r.claimCount(), added, updated, unchanged, r.kept().size(),
        r.dryRun() ? "would write" : "wrote", r.written().size(),
        r.written().size() == 1 ? "" : "s");
    out.flush();
    err.flush();
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.DATA;
  }

  private static String detail(ParseService.SeedReport sr) {
    if (sr.added() == sr.claims()) {
      return sr.claims() == 0 ? "" : "  (all new)";
    }
    if (sr.added() == 0 && sr.updated() == 0) {
      return "  (unchanged)";
    }
    return "  (" + sr.added() + " new, " + sr.updated() + " updated)";
  }
}
