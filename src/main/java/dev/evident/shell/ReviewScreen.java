package dev.evident.shell;

import dev.evident.app.Candidates;
import dev.evident.app.ReviewSession;
import dev.evident.model.Safe;
import dev.evident.model.EvidentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * {@code evident review} on a terminal: one claim at a time, single keys for decisions, line
 * prompts (with completion) for reasons, tags, statements and links. The state lives in a
 * {@link ReviewSession}; this class only reads keys and draws.
 */
public final class ReviewScreen {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;
  private static final int ESC = 27;
  /** How long to wait for the rest of an arrow key's escape sequence, in milliseconds. */
  private static final long ESCAPE_WAIT = 50;

  private final Terminal terminal;
  private final ReviewSession session;
  private final Candidates candidates;
  private final boolean color;
  private final PrintWriter out;
  private Runnable idle = () -> {};

  public ReviewScreen(Terminal terminal, ReviewSession session, Candidates candidates,
      boolean color) {
    this.terminal = terminal;
    this.session = session;
    this.candidates = candidates;
    this.color = color;
    this.out = terminal.writer();
  }

  /** Runs before each wait for a key: tests use it to know a key has been fully handled. */
  public void onIdle(Runnable hook) {
    this.idle = hook;
  }

  /** Runs until the user quits; returns the exit code. */
  public int run() {
    if (session.isEmpty()) {
      out.println("no claims to review");
      out.flush();
      return 0;
    }
    Attributes saved = terminal.enterRawMode();
    // Ctrl-C arrives as a key (quit), not as a signal that would end the JVM
    Attributes raw = terminal.getAttributes();
    raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
    terminal.setAttributes(raw);
    try {
      String message = null;
      while (true) {
        if (!draw(message)) {
          break;
        }
        message = null;
        idle.run();
        int key = readKey();
        try {
          Action a = act(key);
          if (a == Action.QUIT) {
            break;
          }
          message = a.message;
        } catch (EvidentException e) {
          message = "error: " + e.getMessage();
        }
      }
    } finally {
      terminal.setAttributes(saved);
    }
    out.println();
    out.println(session.summary());
    out.flush();
    return 0;
  }

  /** What a key did: a message to show, or quit. */
  private record Action(String message) {
    static final Action QUIT = new Action(null);
  }

  private Action act(int key) {
    switch (key) {
      case 'q', CTRL_C, CTRL_D, -1:
        return Action.QUIT;
      case 'a':
        return new Action(session.accept());
      case 'r': {
        String reason = prompt("reason for rejecting: ", NullCompleter.INSTANCE, null);
        return reason == null ? cancelled() : new Action(session.reject(reason));
      }
      case 'n', 'j', ' ':
        return new Action(session.next() ? null : "this is the last claim");
      case 'p':
        return new Action(session.previous() ? null : "this is the first claim");
      case 't': {
        String tag = prompt("tag: ", words(candidates::vocabulary), null);
        return tag == null || tag.isBlank() ? cancelled() : new Action(session.tag(tag));
      }
      case 'e': {
        String current = session.card().claim().statement();
        String statement = prompt("statement: ", NullCompleter.INSTANCE, current);
        return statement == null ? cancelled() : new Action(session.edit(statement));
      }
      case 'l': {
        String level = prompt("level (1 strongest .. 6): ", words(() -> List.of("1", "2", "3",
            "4", "5", "6")), null);
        if (level == null || level.isBlank()) {
          return cancelled();
        }
        int n;
        try {
          n = Integer.parseInt(level.strip());
        } catch (NumberFormatException e) {
          throw EvidentException.usage("a level is a number from 1 to 6, not '" + level.strip()
              + "'");
        }
        String reason = prompt("reason for level " + n + ": ", NullCompleter.INSTANCE, null);
        return reason == null ? cancelled() : new Action(session.level(n, reason));
      }
      case 'k': {
        String other = prompt("link to claim: ", words(candidates::ids), null);
        if (other == null || other.isBlank()) {
          return cancelled();
        }
        String relation = prompt("relation: ", words(Candidates::linkRelations), null);
        if (relation == null || relation.isBlank()) {
          return cancelled();
        }
        String note = prompt("note (optional): ", NullCompleter.INSTANCE, null);
        return note == null ? cancelled() : new Action(session.link(relation, other.strip(),
            note.isBlank() ? null : note));
      }
      case 'u':
        return new Action(session.undo());
      case '?', 'h':
        return new Action(String.join("\n", CardRenderer.help()));
      case '\r', '\n':
        return new Action(null);
      default:
        return new Action("unknown key " + describe(key) + "; ? shows the keys");
    }
  }

  private static Action cancelled() {
    return new Action("cancelled");
  }

  private static String describe(int key) {
    if (key == ESC + 1000) {
      return "Esc";
    }
    return key < 0x20 || key == 0x7F ? "^" + (char) (key ^ 0x40) : "'" + Character.toString(key)
        + "'";
  }

  /** Reads one key; arrows come back as n (→) and p (←). */
  private int readKey() {
    NonBlockingReader r = terminal.reader();
    try {
      int c = r.read();
      if (c != ESC) {
        return c;
      }
      int b = r.read(ESCAPE_WAIT);
      if (b != '[' && b != 'O') {
        return ESC + 1000;
      }
      int d = r.read(ESCAPE_WAIT);
      return switch (d) {
        case 'C' -> 'n';
        case 'D' -> 'p';
        default -> ESC + 1000;
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clears the screen (where the terminal can) and draws the card; false when none is left. */
  private boolean draw(String message) {
    ReviewSession.Card card = session.card();
    if (card == null) {
      out.println("no claims left to review");
      return false;
    }
    terminal.puts(InfoCmp.Capability.clear_screen);
    CardRenderer renderer = new CardRenderer(Terminals.width(terminal) - 1, color);
    List<AttributedString> lines = new ArrayList<>(renderer.render(card,
        session.progress(card.counts())));
    lines.add(AttributedString.EMPTY);
    if (message != null) {
      for (String m : message.split("\n", -1)) {
        lines.addAll(renderer.wrap(new AttributedString(Safe.line(m)), "", ""));
      }
    }
    for (AttributedString l : lines) {
      out.println(color ? l.toAnsi(terminal) : l.toString());
    }
    String keys = "a accept · r reject · n/p next/previous · t tag · e edit · l level · k link"
        + " · u undo · ? help · q quit > ";
    out.print(keys.length() < Terminals.width(terminal) ? keys : "a r n p t e l k u ? q > ");
    out.flush();
    return true;
  }

  /** Reads a line with completion; null when the user cancels (Ctrl-C, Ctrl-D). */
  private String prompt(String prompt, Completer completer, String prefill) {
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(completer)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .option(LineReader.Option.AUTO_FRESH_LINE, true)
        .variable(LineReader.DISABLE_HISTORY, true)
        .build();
    out.println();
    out.flush();
    // in a prompt Ctrl-C is the usual signal, which the line reader turns into a cancel
    Attributes keys = terminal.getAttributes();
    Attributes line = new Attributes(keys);
    line.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    terminal.setAttributes(line);
    try {
      return reader.readLine(prompt, null, (org.jline.reader.MaskingCallback) null, prefill);
    } catch (UserInterruptException | EndOfFileException e) {
      return null;
    } finally {
      terminal.setAttributes(keys);
    }
  }

  /** A completer over a list read when Tab is pressed. */
  private static Completer words(java.util.function.Supplier<List<String>> words) {
    return (reader, line, candidates) -> {
      for (String w : words.get()) {
        candidates.add(new Candidate(w));
      }
    };
  }
}
