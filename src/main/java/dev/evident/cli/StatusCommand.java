package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.CurationService;
import dev.evident.model.EvidentException;
import dev.evident.model.Names;
import dev.evident.model.Status;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident status}: set any review status. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Set the review status of a claim: extracted, accepted, rejected or "
        + "needs-revision. Records who decided (git config user.name, or --by) and the reason; "
        + "setting extracted clears the decision.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident status chen-2025-ecm-4f2a9c needs-revision --reason 'object is too broad'",
        "  evident status 4f2a extracted          undo a decision"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (unknown status, unknown or ambiguous id, rejected without --reason)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class StatusCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "Claim id or unique id prefix.")
  String id;

  @Parameters(index = "1", paramLabel = "STATUS",
      description = "extracted, accepted, rejected or needs-revision.",
      completionCandidates = StatusCandidates.class)
  String status;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "Why (required for rejected).")
  String reason;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who decided (default: git config user.name, else $USER).")
  String by;

  /** Completion candidates: the wire names of the statuses. */
  static final class StatusCandidates extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    StatusCandidates() {
      for (Status s : Status.values()) {
        add(s.wire());
      }
    }
  }

  @Override
  public Integer call() {
    Status s = Names.parse(Status.class, status);
    if (s == null) {
      throw EvidentException.usage("unknown status '" + Safe.line(status) + "'; statuses are: "
          + Names.choices(Status.class));
    }
    CurationService.Outcome o = new CurationService(repo()).decide(
        new CurationService.Selection(List.of(id), null), s, reason, by);
    String claim = o.changed().isEmpty() ? o.unchanged().get(0) : o.changed().get(0);
    out().println(claim + ": " + s.wire() + (o.changed().isEmpty() ? " (unchanged)" : ""));
    return ExitCodes.OK;
  }
}
