package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.app.Candidates;
import dev.evident.model.EvidentException;
import dev.evident.shell.Repl;
import dev.evident.shell.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evident shell}: run evident commands one after another at a prompt. */
@Command(name = "shell", mixinStandardHelpOptions = true,
    description = {
        "An interactive prompt over the same commands as the command line, without the "
            + "'evident' in front: Tab completes commands, options, claim ids, tags and "
            + "--where fields; history is kept in ~/.evident_history (or $EVIDENT_HISTORY); "
            + "Ctrl-C cancels the running command, 'exit', 'quit' or Ctrl-D leave.",
        "",
        "Needs a terminal. With --batch, reads command lines from standard input instead."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  evident shell",
        "  evident -C ../review shell",
        "  printf 'list --where tag=emt\\nstats\\n' | evident shell --batch"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (with --batch: the last command's exit code)",
        "2:usage error (no terminal without --batch, already in the shell)",
        "4:internal error"})
final class ShellCommand extends BaseCommand implements Callable<Integer> {
  @Option(names = "--batch",
      description = "Read command lines from standard input instead of a terminal.")
  boolean batch;

  @Override
  public Integer call() {
    EvidentCommand root = root();
    if (root.inShell) {
      throw EvidentException.usage("already in the evident shell");
    }
    if (batch) {
      return batch(root);
    }
    if (root.terminal == null && !Terminals.interactive(root.env)) {
      throw EvidentException.usage("shell needs a terminal, and standard input or output is "
          + "not one (or TERM is dumb); use --batch to read command lines from standard input");
    }
    if (root.terminal != null) {
      return repl(root, root.terminal);
    }
    try (Terminal t = Terminals.system()) {
      return repl(root, t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int repl(EvidentCommand root, Terminal t) {
    return new Repl(t, (out, err) -> child(root, out, err, t), history(root),
        new Candidates(repo())).run();
  }

  /** One line's command line: a fresh tree, in the shell's folder, on the shell's terminal. */
  private static CommandLine child(EvidentCommand root, PrintWriter out, PrintWriter err,
      Terminal t) {
    CommandLine cl = Cli.create(out, err);
    EvidentCommand child = cl.getCommand();
    child.directory(root.directory());
    child.env = root.env;
    child.in = root.in;
    child.terminal = t;
    child.inShell = true;
    return cl;
  }

  /** $EVIDENT_HISTORY, else ~/.evident_history; none when that is empty. */
  static Path history(EvidentCommand root) {
    String h = root.env.apply("EVIDENT_HISTORY");
    if (h != null) {
      return h.isBlank() ? null : Path.of(h);
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".evident_history");
  }

  private int batch(EvidentCommand root) {
    BufferedReader in = new BufferedReader(new InputStreamReader(root.in,
        StandardCharsets.UTF_8));
    DefaultParser parser = new DefaultParser();
    int last = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<String> words = new ArrayList<>(parser.parse(line, line.length(),
            org.jline.reader.Parser.ParseContext.ACCEPT_LINE).words());
        words.removeIf(String::isEmpty);
        if (words.isEmpty() || words.get(0).startsWith("#")) {
          continue;
        }
        if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
          break;
        }
        out().println("evident> " + Safe.line(line));
        out().flush();
        CommandLine cl = child(root, out(), err(), null);
        last = cl.execute(words.toArray(String[]::new));
        out().flush();
        if (last != 0) {
          err().println("[exit " + last + "]");
          err().flush();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.jline.reader.SyntaxError e) {
      throw EvidentException.usage("cannot read a command line: " + e.getMessage());
    }
    return last;
  }
}
