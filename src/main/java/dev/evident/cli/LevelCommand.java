package dev.evident.cli;

import dev.evident.app.CurationService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code evident level}: override a claim's evidence level, or clear the override. */
@Command(name = "level", mixinStandardHelpOptions = true,
    description = "Override the evidence level of a claim (1 strongest to 6) with a reason. "
        + "The computed level is kept beside the override, and a re-parse keeps the override. "
        + "--clear removes it.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident level chen-2025-ecm-4f2a9c 3 --reason 'cited study [12] is a mouse model'",
        "  evident level 4f2a --clear"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (level not 1 to 6, missing --reason, unknown or ambiguous id)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class LevelCommand extends BaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "Claim id or unique id prefix.")
  String id;

  @Parameters(index = "1", arity = "0..1", paramLabel = "LEVEL",
      description = "The level that should count, 1 to 6.")
  Integer level;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required with LEVEL).")
  String reason;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who decided (default: git config user.name, else $USER).")
  String by;

  @Option(names = "--clear", description = "Remove the override.")
  boolean clear;

  @Override
  public Integer call() {
    CurationService service = new CurationService(repo());
    if (clear) {
      if (level != null || reason != null) {
        throw new ParameterException(spec.commandLine(), "--clear takes no LEVEL or --reason");
      }
      CurationService.Outcome o = service.clearLevel(id);
      String claim = o.changed().isEmpty() ? o.unchanged().get(0) : o.changed().get(0);
      out().println(claim + (o.changed().isEmpty() ? ": has no level override; nothing changed"
          : ": level override cleared"));
      return ExitCodes.OK;
    }
    if (level == null) {
      throw new ParameterException(spec.commandLine(), "give a LEVEL (1 to 6) or --clear");
    }
    CurationService.Outcome o = service.overrideLevel(id, level, reason, by);
    Render.notes(out(), err(), o, null);
    String claim = o.changed().isEmpty() ? o.unchanged().get(0) : o.changed().get(0);
    out().println(claim + ": level " + level + (o.changed().isEmpty() ? " (unchanged)" : ""));
    return ExitCodes.OK;
  }
}
