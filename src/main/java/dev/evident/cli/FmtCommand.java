package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.FormatService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident fmt}: rewrite claim, source and settings files in canonical form. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = "Rewrite every claim, source and settings file under claims/ in canonical "
        + "form and print the files that changed. With --check, change nothing: print the "
        + "files that are not canonical and exit 1 if there are any (for CI and pre-commit).",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident fmt",
        "  evident fmt --check || echo 'run evident fmt'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (with --check: every file is canonical)",
        "1:with --check: some files are not canonical",
        "2:usage error",
        "3:a file under claims/ is invalid (nothing is formatted), or claims/ is not writable",
        "4:internal error"})
final class FmtCommand extends BaseCommand implements Callable<Integer> {
  @Option(names = "--check", description = "List non-canonical files; write nothing.")
  boolean check;

  @Override
  public Integer call() {
    FormatService.Result r = new FormatService(repo()).run(check);
    r.files().forEach(f -> out().println(Safe.line(f)));
    if (check && !r.files().isEmpty()) {
      err().println("evident: " + r.files().size() + " file" + (r.files().size() == 1
          ? " is" : "s are") + " not in canonical form; run 'evident fmt'");
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
