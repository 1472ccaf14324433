package dev.evident.cli;

import dev.evident.app.CurationService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code evident tag add|rm}: add a tag to claims or remove it. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Add a tag to claims, or remove it. Tags come from the vocabulary in "
        + "claims/evident.yaml (see 'evident tags').",
    subcommands = {TagCommand.Add.class, TagCommand.Rm.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident tag add emt chen-2025-ecm-4f2a9c feng-2025",
        "  evident tag add emt --where 'text~mesenchymal'",
        "  evident tag add anoikis --new --description 'detachment-induced cell death' 4f2a",
        "  evident tag rm ecm --where 'source=chen-2025-ecm'"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (unknown or ambiguous id, unknown tag, bad --where)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class TagCommand extends BaseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: add or rm");
  }

  /** {@code evident tag add}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add TAG to the claims named by ID (or unique id prefix) and/or matching "
          + "--where. All or nothing: one bad id changes no file. An unknown tag is refused "
          + "with the closest known names, unless --new adds it to the vocabulary.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  evident tag add emt chen-2025-ecm-4f2a9c chen-2025-ecm-77b0",
          "  evident tag add ecm --where 'text~\"extracellular matrix\" and not tag=ecm'",
          "  evident tag add anoikis --new --description 'detachment-induced cell death' 4f2a"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:ok (also when the claims already had the tag)",
          "2:usage error (unknown or ambiguous id, unknown tag, bad --where)",
          "3:a claim file is invalid, or claims/ is not writable",
          "4:internal error"})
  static final class Add extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TAG", description = "A tag name (or a synonym).")
    String tag;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ID",
        description = "Claim ids or unique id prefixes.")
    List<String> ids;

    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
        description = "Select claims by query (see docs/query.md); with ids, only the named "
            + "claims that match.")
    String where;

    @Option(names = "--new", description = "Add TAG to the vocabulary when it is not there.")
    boolean isNew;

    @Option(names = "--description", paramLabel = "TEXT",
        description = "With --new: what the tag means.")
    String description;

    @Override
    public Integer call() {
      if (description != null && !isNew) {
        throw new ParameterException(spec.commandLine(), "--description needs --new");
      }
      CurationService.Outcome o = new CurationService(repo()).addTag(
          Render.selection(ids, where), tag, isNew ? new CurationService.NewTag(description)
              : null);
      Render.notes(out(), err(), o, where);
      out().println("tagged " + Render.claims(o.changed().size()) + (o.unchanged().isEmpty()
          ? "" : " (" + o.unchanged().size() + " already had the tag)"));
      return ExitCodes.OK;
    }
  }

  /** {@code evident tag rm}. */
  @Command(name = "rm", mixinStandardHelpOptions = true,
      description = "Remove TAG from the claims named by ID (or unique id prefix) and/or "
          + "matching --where. All or nothing: one bad id changes no file.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  evident tag rm emt chen-2025-ecm-4f2a9c",
          "  evident tag rm ecm --where 'status=rejected'"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:ok (also when the claims did not have the tag)",
          "2:usage error (unknown or ambiguous id, unknown tag, bad --where)",
          "3:a claim file is invalid, or claims/ is not writable",
          "4:internal error"})
  static final class Rm extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TAG", description = "The tag to remove.")
    String tag;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ID",
        description = "Claim ids or unique id prefixes.")
    List<String> ids;

    @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
        description = "Select claims by query (see docs/query.md).")
    String where;

    @Override
    public Integer call() {
      CurationService.Outcome o = new CurationService(repo()).removeTag(
          Render.selection(ids, where), tag);
      Render.notes(out(), err(), o, where);
      out().println("untagged " + Render.claims(o.changed().size()) + (o.unchanged().isEmpty()
          ? "" : " (" + o.unchanged().size() + " did not have the tag)"));
      return ExitCodes.OK;
    }
  }
}
