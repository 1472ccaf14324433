package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.CurationService;
import dev.evident.model.EvidentException;
import dev.evident.model.LinkRelation;
import dev.evident.model.Names;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident link}: relate one claim to another. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = "Record that claim ID relates to claim OTHER: supports, contradicts, "
        + "refines, duplicates or supersedes. The link is stored in ID's file. Linking the same "
        + "pair again updates the note.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident link chen-2025-ecm-4f2a9c contradicts feng-2025-brain-00aa11 "
            + "--note 'different model systems'",
        "  evident link 4f2a duplicates 77b0"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (also when the link was already there)",
        "2:usage error (unknown relation, unknown or ambiguous id, link to itself)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class LinkCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The claim the link is stored on.")
  String from;

  @Parameters(index = "1", paramLabel = "RELATION",
      description = "supports, contradicts, refines, duplicates or supersedes.",
      completionCandidates = RelationCandidates.class)
  String relation;

  @Parameters(index = "2", paramLabel = "OTHER", description = "The claim it relates to.")
  String to;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why the claims relate.")
  String note;

  /** Completion candidates: the wire names of the link relations. */
  static final class RelationCandidates extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    RelationCandidates() {
      for (LinkRelation r : LinkRelation.values()) {
        add(r.wire());
      }
    }
  }

  static LinkRelation relation(String text) {
    LinkRelation r = Names.parse(LinkRelation.class, text);
    if (r == null) {
      throw EvidentException.usage("unknown link relation '" + Safe.line(text)
          + "'; relations are: " + Names.choices(LinkRelation.class));
    }
    return r;
  }

  @Override
  public Integer call() {
    LinkRelation r = relation(relation);
    CurationService.Outcome o = new CurationService(repo()).link(from, r, to, note);
    String claim = o.changed().isEmpty() ? o.unchanged().get(0) : o.changed().get(0);
    out().println(claim + ": linked (" + r.wire() + ")" + (o.changed().isEmpty()
        ? "; it already was, nothing changed" : ""));
    return ExitCodes.OK;
  }
}
