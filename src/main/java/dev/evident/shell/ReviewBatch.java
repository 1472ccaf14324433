package dev.evident.shell;

import dev.evident.app.ReviewSession;
import dev.evident.model.Safe;
import dev.evident.model.EvidentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jline.utils.AttributedString;

/**
 * {@code evident review --batch}: the review keys read line by line from standard input, for
 * scripts and for terminals that are not terminals. A line is a key and its answers:
 * {@code a}, {@code r REASON}, {@code n}, {@code p}, {@code t TAG}, {@code e STATEMENT},
 * {@code l LEVEL REASON}, {@code k OTHER RELATION [NOTE]}, {@code u}, {@code ?}, {@code q}.
 * Blank lines and lines starting with # are skipped. The first failing line stops the run
 * (exit 2); what was decided before it stays written.
 */
public final class ReviewBatch {
  private final ReviewSession session;
  private final CardRenderer renderer = new CardRenderer(0, false);

  public ReviewBatch(ReviewSession session) {
    this.session = session;
  }

  /** Runs every line of {@code in}; returns 0, or 2 at the first line that fails. */
  public int run(BufferedReader in, PrintWriter out, PrintWriter err) {
    if (session.isEmpty()) {
      out.println("no claims to review");
      out.flush();
      return 0;
    }
    String shown = null;
    int lineNo = 0;
    try {
      while (true) {
        String current = session.currentId();
        if (current != null && !current.equals(shown)) {
          ReviewSession.Card card = session.card();
          if (card == null) {
            break;
          }
          for (AttributedString l : renderer.render(card, session.progress(card.counts()))) {
            out.println(l.toString());
          }
          out.println();
          shown = card.claim().id();
        }
        out.flush();
        String line = in.readLine();
        lineNo++;
        if (line == null) {
          break;
        }
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        try {
          String message = execute(t);
          if (message == null) {
            break;
          }
          if (!message.isEmpty()) {
            out.println("> " + Safe.line(t));
            for (String m : message.split("\n", -1)) {
              out.println(Safe.line(m));
            }
            out.println();
          }
        } catch (EvidentException e) {
          out.flush();
          err.println("<stdin>:" + lineNo + ":1: error: " + Safe.line(e.getMessage()));
          err.println("evident: review stopped at line " + lineNo + "; decisions before it are "
              + "written");
          err.flush();
          out.println(session.summary());
          out.flush();
          return 2;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(session.summary());
    out.flush();
    return 0;
  }

  /** Runs one command line; returns what to print, "" for nothing, null to quit. */
  String execute(String line) {
    int sp = line.indexOf(' ');
    String key = sp < 0 ? line : line.substring(0, sp);
    String rest = sp < 0 ? "" : line.substring(sp + 1).strip();
    switch (key) {
      case "q", "quit":
        return null;
      case "a", "accept":
        noArgument(key, rest);
        return session.accept();
      case "r", "reject":
        if (rest.isEmpty()) {
          throw EvidentException.usage("r needs a reason: r REASON");
        }
        return session.reject(rest);
      case "n", "next":
        noArgument(key, rest);
        return session.next() ? "" : "this is the last claim";
      case "p", "previous":
        noArgument(key, rest);
        return session.previous() ? "" : "this is the first claim";
      case "t", "tag":
        if (rest.isEmpty()) {
          throw EvidentException.usage("t needs a tag: t TAG");
        }
        return session.tag(rest);
      case "e", "edit":
        if (rest.isEmpty()) {
          throw EvidentException.usage("e needs the new statement: e STATEMENT");
        }
        return session.edit(rest);
      case "l", "level": {
        String[] parts = rest.split("\\s+", 2);
        if (parts.length < 2 || !parts[0].matches("\\d+")) {
          throw EvidentException.usage("l needs a level and a reason: l LEVEL REASON");
        }
        return session.level(Integer.parseInt(parts[0]), parts[1]);
      }
      case "k", "link": {
        String[] parts = rest.split("\\s+", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
          throw EvidentException.usage("k needs a claim and a relation: k OTHER RELATION [NOTE]");
        }
        return session.link(parts[1], parts[0], parts.length > 2 ? parts[2] : null);
      }
      case "u", "undo":
        noArgument(key, rest);
        return session.undo();
      case "?", "h", "help":
        return String.join("\n", CardRenderer.help());
      default:
        throw EvidentException.usage("unknown key command '" + key + "'; commands are a, r "
            + "REASON, n, p, t TAG, e STATEMENT, l LEVEL REASON, k OTHER RELATION [NOTE], u, ?, q");
    }
  }

  private static void noArgument(String key, String rest) {
    if (!rest.isEmpty()) {
      throw EvidentException.usage(key + " takes no argument");
    }
  }
}
