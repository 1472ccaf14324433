package dev.evident.cli;

import dev.evident.app.CurationService;
import dev.evident.model.Status;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident reject}: mark claims rejected, with a reason. */
@Command(name = "reject", mixinStandardHelpOptions = true,
    description = "Reject claims: set their status to rejected and record who decided "
        + "(git config user.name, or --by) and why. A reason is required. All or nothing: one "
        + "bad id changes no file.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident reject chen-2025-ecm-4f2a9c --reason 'not a mechanism, a definition'",
        "  evident reject --where 'source=qa-2024 and level=6' --reason 'unreviewed source'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (also when the claims were already rejected for that reason)",
        "2:usage error (missing --reason, unknown or ambiguous id, bad --where)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class RejectCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "ID", description = "Claim ids or unique id prefixes.")
  List<String> ids;

  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Select claims by query (see docs/query.md); with ids, only the named "
          + "claims that match.")
  String where;

  @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why.")
  String reason;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who decided (default: git config user.name, else $USER).")
  String by;

  @Override
  public Integer call() {
    CurationService.Outcome o = new CurationService(repo()).decide(
        Render.selection(ids, where), Status.REJECTED, reason, by);
    Render.notes(out(), err(), o, where);
    out().println("rejected " + Render.claims(o.changed().size()) + (o.unchanged().isEmpty()
        ? "" : " (" + o.unchanged().size() + " unchanged)"));
    return ExitCodes.OK;
  }
}
