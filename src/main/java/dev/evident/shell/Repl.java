package dev.evident.shell;

import dev.evident.app.Candidates;
import dev.evident.model.Safe;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * {@code evident shell}: a read-eval-print loop over the evident command tree, with
 * completion, persistent history, and Ctrl-C cancelling the running command but not the shell.
 * Each line runs on a fresh command line from the factory, so it behaves exactly as on the
 * command line: same messages, same exit codes (printed when not 0).
 */
public final class Repl {
  /** The code a command cancelled with Ctrl-C reports, as a shell would (128 + SIGINT). */
  public static final int CANCELLED = 130;
  static final String PROMPT = "evident> ";
  static final List<String> LEAVE = List.of("exit", "quit");

  private final Terminal terminal;
  private final BiFunction<PrintWriter, PrintWriter, CommandLine> factory;
  private final Path history;
  private final Candidates candidates;
  private Runnable idle = () -> {};

  /**
   * @param factory makes the command line for one input line, writing to the given out and err
   * @param history the history file (created when missing), or null for none
   */
  public Repl(Terminal terminal, BiFunction<PrintWriter, PrintWriter, CommandLine> factory,
      Path history, Candidates candidates) {
    this.terminal = terminal;
    this.factory = factory;
    this.history = history;
    this.candidates = candidates;
  }

  /** Runs when each prompt waits for input: tests use it to know the last line is done. */
  public void onIdle(Runnable hook) {
    this.idle = hook;
  }

  public int run() {
    PrintWriter tw = terminal.writer();
    CommandLine prototype = factory.apply(tw, tw);
    LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("evident")
        .parser(new DefaultParser())
        .completer(new CommandCompleter(prototype.getCommandSpec(), candidates, LEAVE))
        // '!' is an operator in --where expressions, not a history reference
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
        .option(LineReader.Option.HISTORY_INCREMENTAL, true)
        .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
        .variable(LineReader.HISTORY_SIZE, 1_000);
    if (history != null) {
      b.variable(LineReader.HISTORY_FILE, history);
    }
    LineReader reader = b.build();
    // called once the reader owns the terminal (raw mode), so typed keys reach it
    reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
      idle.run();
      return true;
    });
    tw.println("evident shell: Tab completes, 'help' lists commands, 'exit' or Ctrl-D leaves.");
    tw.flush();
    int last = 0;
    try {
      while (true) {
        candidates.refresh();
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        List<String> words = new ArrayList<>(reader.getParsedLine().words());
        words.removeIf(String::isEmpty);
        if (words.isEmpty()) {
          continue;
        }
        if (words.size() == 1 && LEAVE.contains(words.get(0))) {
          break;
        }
        if (words.get(0).equals("help")) {
          words.set(0, "--help");
        }
        last = execute(words, tw);
        if (last != 0) {
          tw.println("[exit " + last + "]");
        }
        tw.flush();
      }
    } finally {
      try {
        reader.getHistory().save();
      } catch (IOException e) {
        tw.println("evident: warning: cannot save history to " + Safe.line(String.valueOf(
            history)) + " (" + Safe.line(e.getMessage()) + ")");
      }
      tw.flush();
    }
    return 0;
  }

  /**
   * Runs one command in its own thread, so Ctrl-C can stop waiting for it and interrupt it:
   * the shell gets its prompt back, and whatever the cancelled command still prints is
   * dropped. A write already started completes or leaves nothing (writes are atomic).
   */
  private int execute(List<String> words, PrintWriter tw) {
    Gate gate = new Gate(tw);
    PrintWriter out = new PrintWriter(gate, true);
    CompletableFuture<Integer> result = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      try {
        result.complete(factory.apply(out, out).execute(words.toArray(String[]::new)));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, "evident-command");
    worker.setDaemon(true);
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
      if (result.complete(CANCELLED)) {
        gate.close();
        worker.interrupt();
      }
    });
    try {
      worker.start();
      int code = result.join();
      out.flush();
      if (code == CANCELLED && gate.closed) {
        tw.println();
        tw.println("cancelled");
      }
      return code;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  /** Passes writes to the terminal until closed, then drops them. */
  private static final class Gate extends Writer {
    private final PrintWriter target;
    private volatile boolean closed;

    Gate(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      if (!closed) {
        target.write(buf, off, len);
      }
    }

    @Override
    public void flush() {
      if (!closed) {
        target.flush();
      }
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
