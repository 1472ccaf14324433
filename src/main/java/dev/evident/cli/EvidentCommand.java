package dev.evident.cli;

import dev.evident.store.Repository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: global options, and the list of verbs. */
@Command(
    name = "evident",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Git-friendly evidence curation: turns source documents in seeds/ into one YAML claim "
            + "file per mechanism statement in claims/, then helps you review, check, diff and "
            + "export them.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident parse                 turn seeds/ into claims/",
        "  evident -C ../review parse    the same, in another repository",
        "  evident parse --dry-run       show what would change"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:findings (lint errors, changes with --exit-code, files not canonical with --check)",
        "2:usage error (bad option, unknown id, missing folder)",
        "3:bad input data or unusable files (unreadable seed, invalid claim file, claims/ not "
            + "writable, lock held)",
        "4:internal error (a bug: please report it)"},
    subcommands = {
        ParseCommand.class,
        EvalCommand.class,
        ListCommand.class,
        ShowCommand.class,
        SourceCommand.class,
        TagCommand.class,
        TagsCommand.class,
        AcceptCommand.class,
        RejectCommand.class,
        StatusCommand.class,
        LevelCommand.class,
        EditCommand.class,
        LinkCommand.class,
        UnlinkCommand.class,
        LintCommand.class,
        ConflictsCommand.class,
        ExportCommand.class,
        StatsCommand.class,
        FmtCommand.class,
        DiffCommand.class,
        InitCommand.class,
        ReviewCommand.class,
        ShellCommand.class,
        CompletionCommand.class,
        CompleteCommand.class
    })
public final class EvidentCommand implements Runnable {
  @Spec
  CommandSpec spec;

  private Path directory = Path.of("");

  /**
   * How this command line meets the user: standard input, the environment, and the terminal
   * when the shell runs it (null: commands that need one build their own). Set by tests and by
   * the shell, never by options.
   */
  InputStream in = System.in;
  Function<String, String> env = System::getenv;
  Terminal terminal;
  boolean inShell;

  @Option(names = "-C", paramLabel = "DIR",
      description = "Run as if evident was started in DIR (like git -C).")
  void setDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "-C " + dir + ": no such directory");
    }
    this.directory = dir;
  }

  Repository repository() {
    return new Repository(directory.toAbsolutePath().normalize());
  }

  Path directory() {
    return directory;
  }

  void directory(Path dir) {
    this.directory = dir;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
