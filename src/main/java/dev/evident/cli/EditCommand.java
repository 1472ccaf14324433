package dev.evident.cli;

import dev.evident.app.CurationService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evident edit}: correct a claim's statement, triple or note. */
@Command(name = "edit", mixinStandardHelpOptions = true,
    description = "Correct the normalized statement or the subject/relation/object of a "
        + "claim, or set its note. The verbatim quote never changes. Edited fields are listed "
        + "in the claim's 'edited' field so that a re-parse keeps them.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident edit chen-2025-ecm-4f2a9c --statement 'ECM disruption induces invasion.'",
        "  evident edit 4f2a --subject 'ECM disruption' --relation promotes",
        "  evident edit 4f2a --note 'check figure 2 of the cited study'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (nothing to edit, unknown relation, empty value, unknown or ambiguous "
            + "id)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class EditCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "Claim id or unique id prefix.")
  String id;

  @Option(names = "--statement", paramLabel = "TEXT", description = "The statement.")
  String statement;

  @Option(names = "--subject", paramLabel = "TEXT", description = "The triple's subject.")
  String subject;

  @Option(names = "--relation", paramLabel = "RELATION",
      description = "The triple's relation (e.g. promotes, inhibits, associated-with); also "
          + "resets the direction to what the relation implies.")
  String relation;

  @Option(names = "--object", paramLabel = "TEXT", description = "The triple's object.")
  String object;

  @Option(names = "--note", paramLabel = "TEXT", description = "A free note ('' clears it).")
  String note;

  @Override
  public Integer call() {
    CurationService.Outcome o = new CurationService(repo()).edit(id,
        new CurationService.Edit(statement, subject, relation, object, note));
    String claim = o.changed().isEmpty() ? o.unchanged().get(0) : o.changed().get(0);
    out().println(claim + (o.changed().isEmpty() ? ": nothing changed" : ": edited"));
    return ExitCodes.OK;
  }
}
