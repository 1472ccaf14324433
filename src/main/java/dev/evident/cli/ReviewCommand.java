package dev.evident.cli;

import dev.evident.app.Candidates;
import dev.evident.app.ReviewSession;
import dev.evident.app.Who;
import dev.evident.model.EvidentException;
import dev.evident.shell.ReviewBatch;
import dev.evident.shell.ReviewScreen;
import dev.evident.shell.Terminals;
import dev.evident.store.Repository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident review}: step through claims and decide on each, in the terminal. */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {
        "Step through claims one at a time (by default those still extracted) and decide: "
            + "a accept, r reject (asks why), n/p next/previous, t tag, e edit the statement, "
            + "l override the level, k link to another claim, u undo, ? help, q quit. Each "
            + "decision is written at once, atomically; quitting or Ctrl-C loses nothing "
            + "already decided.",
        "",
        "Needs a terminal. With --batch, reads the keys line by line from standard input "
            + "instead (a; r REASON; n; p; t TAG; e STATEMENT; l LEVEL REASON; "
            + "k OTHER RELATION [NOTE]; u; q) and stops at the first line that fails. See "
            + "docs/review.md."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident review",
        "  evident review --where 'source=chen-2025-ecm and level<=4'",
        "  printf 'a\\nr not a mechanism\\nt emt\\nq\\n' | evident review --batch"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (also after quitting early)",
        "2:usage error (no terminal without --batch, bad --where, a failing --batch line)",
        "3:a claim file is invalid, or claims/ is not writable",
        "4:internal error"})
final class ReviewCommand extends BaseCommand implements Callable<Integer> {
  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Which claims to review (see docs/query.md); default: status=extracted.")
  String where;

  @Option(names = "--by", paramLabel = "NAME",
      description = "Who decides (default: git config user.name, else $USER).")
  String by;

  @Option(names = "--batch",
      description = "Read key commands from standard input, one per line, instead of keys.")
  boolean batch;

  @Override
  public Integer call() {
    EvidentCommand root = root();
    if (!batch && root.terminal == null && !Terminals.interactive(root.env)) {
      throw EvidentException.usage("review needs a terminal, and standard input or output is "
          + "not one (or TERM is dumb); use --batch to read key commands from standard input");
    }
    Repository repo = repo();
    ReviewSession session = new ReviewSession(repo, where, new Who(repo.root(), root.env), by);
    if (batch) {
      BufferedReader in = new BufferedReader(new InputStreamReader(root.in,
          StandardCharsets.UTF_8));
      return new ReviewBatch(session).run(in, out(), err());
    }
    if (root.terminal != null) {
      return screen(root.terminal, session, repo);
    }
    try (Terminal t = Terminals.system()) {
      return screen(t, session, repo);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int screen(Terminal t, ReviewSession session, Repository repo) {
    return new ReviewScreen(t, session, new Candidates(repo), Terminals.color(t, root().env))
        .run();
  }
}
