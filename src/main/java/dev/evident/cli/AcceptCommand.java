package dev.evident.cli;

import dev.evident.app.CurationService;
import dev.evident.model.Status;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident accept}: mark claims accepted. */
@Command(name = "accept", mixinStandardHelpOptions = true,
    description = "Accept claims: set their status to accepted and record who decided "
        + "(git config user.name, or --by) and, optionally, why. All or nothing: one bad id "
        + "changes no file.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident accept chen-2025-ecm-4f2a9c 77b0",
        "  evident accept --where 'source=chen-2025-ecm and level<=4' --reason 'checked quote'",
        "  evident accept 4f2a --by 'Ada Lovelace'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (also when the claims were already accepted)",
        "2:usage error (unknown or ambiguous id, bad --where, no curator name)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class AcceptCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "ID", description = "Claim ids or unique id prefixes.")
  List<String> ids;

  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Select claims by query (see docs/query.md); with ids, only the named "
          + "claims that match.")
  String where;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (optional).")
  String reason;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who decided (default: git config user.name, else $USER).")
  String by;

  @Override
  public Integer call() {
    CurationService.Outcome o = new CurationService(repo()).decide(
        Render.selection(ids, where), Status.ACCEPTED, reason, by);
    Render.notes(out(), err(), o, where);
    out().println("accepted " + Render.claims(o.changed().size()) + (o.unchanged().isEmpty()
        ? "" : " (" + o.unchanged().size() + " unchanged)"));
    return ExitCodes.OK;
  }
}
