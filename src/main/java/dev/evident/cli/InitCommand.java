package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.InitService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evident init}: a new review repository with CI and pre-commit set up. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {
        "Start a review repository in DIR (default: the current folder): seeds/, "
            + "claims/evident.yaml with the default tag vocabulary and evidence scheme, "
            + ".gitattributes keeping claim files LF, a GitHub Actions workflow "
            + "(.github/workflows/evident.yml) that posts 'evident diff' on pull requests and "
            + "runs 'evident lint', and a pre-commit configuration. Overwrites nothing: if any "
            + "of these files exists, nothing is written."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident init",
        "  evident init breast-cancer-review && cd breast-cancer-review && git init"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:a file evident init would write already exists (nothing is written)",
        "3:the files could not be written",
        "4:internal error"})
final class InitCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
      description = "Folder to start the repository in; created if missing.")
  Path dir;

  @Override
  public Integer call() {
    Path target = root().directory().resolve(dir).toAbsolutePath().normalize();
    InitService.Result r = new InitService().run(target, dir.toString());
    PrintWriter out = out();
    String prefix = dir.toString().equals(".") ? "" : dir + "/";
    for (String f : r.written()) {
      out.println("created " + Safe.line(prefix + f));
    }
    out.println("initialized an evident review repository in " + Safe.line(target.toString()));
    out.println("next: put source documents in seeds/, then run 'evident parse'");
    out.println("claims/evident.yaml holds a neutral starter tag vocabulary: add your "
        + "field's tags and synonyms there (docs/claim-format.md, \"Settings\")");
    out.flush();
    return ExitCodes.OK;
  }
}
