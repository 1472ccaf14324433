package dev.evident.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.Candidates;
import dev.evident.app.Review;
import dev.evident.cli.Cli;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell driven line by line through a terminal on pipes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReplTest {
  @TempDir
  Path dir;

  @TempDir
  Path home;

  private CommandLine child(java.io.PrintWriter out, java.io.PrintWriter err) {
    // a fresh tree per line, run in the repository (ShellCommand sets the folder directly)
    CommandLine fresh = Cli.create(out, err);
    return new CommandLine(fresh.getCommandSpec().userObject()) {
      @Override
      public int execute(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-C";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return fresh.execute(all);
      }
    };
  }

  @Test
  void runsCommandsKeepsHistoryAndSurvivesErrorsAndCtrlC() throws Exception {
    Review.create(dir);
    List<String> ids = Review.ids(dir);
    Path history = home.resolve("history");
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      Repl repl = new Repl(t.terminal, this::child, history,
          new Candidates(new Repository(dir)));
      repl.onIdle(t.idle::release);
      CompletableFuture<Integer> done = CompletableFuture.supplyAsync(repl::run);
      t.idle.acquire();
      t.await("evident> ");

      t.type("tag add emt " + ids.get(0) + "\r");
      t.await("tagged 1 claim");
      assertTrue(Review.load(dir).claims().get(ids.get(0)).tags().contains("emt"));

      t.type("accept " + ids.get(1) + " --by 'Ada Lovelace'\r");
      assertEquals(Status.ACCEPTED, Review.load(dir).claims().get(ids.get(1)).status());
      assertEquals("Ada Lovelace", Review.load(dir).claims().get(ids.get(1)).decision().by());

      t.type("show nonsense\r");
      t.await("[exit 2]");
      t.type("frobnicate\r");
      t.await("[exit 2]");

      t.type("list --where 'tag=emt'\r");
      t.await(ids.get(0));

      // Ctrl-C at the prompt clears the line; the shell stays
      t.send("lis");
      t.await("lis"); // read by the prompt before Ctrl-C, or the next prompt would get it
      t.type("\u0003");
      t.type("stats\r");
      t.await("claims");

      t.send("exit\r");
      assertEquals(0, done.get());
    }
    String saved = Files.readString(history);
    assertTrue(saved.contains("tag add emt " + ids.get(0)), saved);
    assertTrue(saved.contains("list --where 'tag=emt'"), saved);
  }

  @Test
  void ctrlDLeaves() throws Exception {
    Review.create(dir);
    try (PipedTerminal t = new PipedTerminal("dumb")) {
      Repl repl = new Repl(t.terminal, this::child, null, new Candidates(new Repository(dir)));
      repl.onIdle(t.idle::release);
      CompletableFuture<Integer> done = CompletableFuture.supplyAsync(repl::run);
      t.idle.acquire();
      t.send("\u0004");
      assertEquals(0, done.get());
    }
  }

  @Test
  void completesCommandsOptionsIdsTagsAndWhereFields() {
    Review.create(dir);
    List<String> ids = Review.ids(dir);
    CommandCompleter c = new CommandCompleter(Cli.create(new java.io.PrintWriter(
        java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()))
        .getCommandSpec(), new Candidates(new Repository(dir)), List.of("exit", "quit"));
    assertEquals(List.of("shell", "show", "source", "stats", "status"), c.complete(List.of(), "s"));
    assertTrue(c.complete(List.of(), "").contains("exit"));
    assertTrue(c.complete(List.of("tag"), "").containsAll(List.of("add", "rm")));
    assertEquals(ids, c.complete(List.of("show"), ""));
    assertEquals(List.of(), c.complete(List.of("show", ids.get(0)), ""), "one ID only");
    assertTrue(c.complete(List.of("tag", "add"), "e").containsAll(List.of("ecm", "emt")));
    assertEquals(ids, c.complete(List.of("tag", "add", "emt"), ""));
    assertEquals(ids, c.complete(List.of("-C", dir.toString(), "link", ids.get(0),
        "supports"), ""));
    assertEquals(List.of("contradicts"), c.complete(List.of("link", ids.get(0)), "co"));
    assertTrue(c.complete(List.of("list"), "--w").contains("--where"));
    assertEquals(List.of("statement", "status"), c.complete(List.of("list", "--where"), "stat"));
    assertEquals(List.of("tag=ecm", "tag=emt"), c.complete(List.of("list", "--where"),
        "tag=e").stream().filter(s -> s.equals("tag=ecm") || s.equals("tag=emt")).toList());
    assertEquals(List.of("level<=4 and status=accepted"), c.complete(List.of("list", "-w"),
        "level<=4 and status=acc"));
    assertEquals(List.of("always", "auto"), c.complete(List.of("show", "--color"), "a"));
    assertTrue(c.complete(List.of(), "__").isEmpty(), "hidden commands are not offered");
  }
}
