package dev.evident.cli;

import dev.evident.app.CurationService;
import dev.evident.model.LinkRelation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evident unlink}: remove a link between two claims. */
@Command(name = "unlink", mixinStandardHelpOptions = true,
    description = "Remove the link of RELATION from claim ID to claim OTHER. OTHER may be a "
        + "claim that no longer exists (give its full id).",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident unlink chen-2025-ecm-4f2a9c contradicts feng-2025-brain-00aa11"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (no such link, unknown relation, unknown or ambiguous id)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class UnlinkCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The claim the link is stored on.")
  String from;

  @Parameters(index = "1", paramLabel = "RELATION",
      description = "supports, contradicts, refines, duplicates or supersedes.",
      completionCandidates = LinkCommand.RelationCandidates.class)
  String relation;

  @Parameters(index = "2", paramLabel = "OTHER", description = "The claim it relates to.")
  String to;

  @Override
  public Integer call() {
    LinkRelation r = LinkCommand.relation(relation);
    CurationService.Outcome o = new CurationService(repo()).unlink(from, r, to);
    out().println(o.changed().get(0) + ": unlinked (" + r.wire() + ")");
    return ExitCodes.OK;
  }
}
