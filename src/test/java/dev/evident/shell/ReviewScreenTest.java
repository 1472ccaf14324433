package dev.evident.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.Candidates;
import dev.evident.app.Review;
import dev.evident.app.ReviewSession;
import dev.evident.app.Who;
import dev.evident.model.Claim;
import dev.evident.model.LinkRelation;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The review screen driven key by key through a terminal on pipes, checking files each time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReviewScreenTest {
  @TempDir
  Path dir;

  private List<String> ids;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    ids = Review.ids(dir);
  }

  private Claim claim(String id) {
    return Review.load(dir).claims().get(id);
  }

  private String file(String id) throws Exception {
    return Files.readString(dir.resolve(Review.load(dir).claimFiles().get(id)));
  }

  /** Starts the screen on a piped terminal and waits for its first card. */
  private CompletableFuture<Integer> start(PipedTerminal t, boolean color) throws Exception {
    Repository repo = new Repository(dir);
    ReviewSession session = new ReviewSession(repo, null, new Who(dir, k -> null), "Tester");
    ReviewScreen screen = new ReviewScreen(t.terminal, session, new Candidates(repo), color);
    screen.onIdle(t.idle::release);
    CompletableFuture<Integer> done = CompletableFuture.supplyAsync(screen::run);
    t.idle.acquire();
    return done;
  }

  @Test
  void everyKeyIsWrittenAtOnce() throws Exception {
    String a = ids.get(0);
    String b = ids.get(1);
    String c = ids.get(2);
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      CompletableFuture<Integer> done = start(t, false);
      t.await("[1/3] accepted 0 · rejected 0 · left 3");
      t.await("»");

      t.ask("t", "tag: ");
      t.type("emt\r");
      assertTrue(claim(a).tags().contains("emt"));
      assertTrue(file(a).contains("- emt"));

      t.type("a");
      assertEquals(Status.ACCEPTED, claim(a).status());
      t.await("[2/3] accepted 1 · rejected 0 · left 2");

      t.ask("r", "reason for rejecting: ");
      t.type("not a mechanism\r");
      assertEquals(Status.REJECTED, claim(b).status());
      assertEquals("not a mechanism", claim(b).decision().reason());

      t.type("p");
      t.ask("e", "statement: ");
      // Ctrl-U clears the pre-filled statement, then the new one
      t.type("\u0015Rewritten statement.\r");
      assertEquals("Rewritten statement.", claim(b).statement());

      t.ask("l", "level (1 strongest .. 6): ");
      t.send("4\r");
      t.await("reason for level 4: ");
      t.type("cites a human study\r");
      assertEquals(4, claim(b).evidence().effectiveLevel());
      assertEquals("cites a human study", claim(b).evidence().override().reason());

      t.ask("k", "link to claim: ");
      t.send(c + "\r");
      t.await("relation: ");
      t.send("duplicates\r");
      t.await("note (optional): ");
      t.type("\r");
      assertEquals(LinkRelation.DUPLICATES, claim(b).links().get(0).relation());
      assertEquals(c, claim(b).links().get(0).claim());

      String beforeUndo = file(b);
      t.type("u");
      assertFalse(file(b).contains("links:\n  - relation"), "the link is gone");
      assertTrue(beforeUndo.length() > file(b).length());

      t.type("?");
      t.await("u  undo the last change");
      t.type("x");
      t.await("unknown key 'x'");

      t.send("q");
      assertEquals(0, done.get());
      t.await("3 claims: accepted 1 · rejected 1 · left 1");
    }
  }

  @Test
  void aCancelledPromptChangesNothingAndCtrlCQuits() throws Exception {
    String a = ids.get(0);
    String before = file(a);
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      CompletableFuture<Integer> done = start(t, true);
      t.await("[1/3]");
      assertTrue(t.raw().contains("\u001B[1m[1/3]"), "colour on a colour terminal");
      t.ask("r", "reason for rejecting: ");
      t.type("\u0003");
      t.await("cancelled");
      assertEquals(before, file(a));
      t.ask("r", "reason for rejecting: ");
      t.type("\r");
      t.await("error: a rejection needs a reason");
      assertEquals(before, file(a));
      t.type("u");
      t.await("nothing to undo");
      t.type("a");
      t.send("\u0003");
      assertEquals(0, done.get());
      assertEquals(Status.ACCEPTED, claim(a).status(), "Ctrl-C keeps what was decided");
    }
  }

  @Test
  void arrowsMoveAndEndOfInputQuits() throws Exception {
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      CompletableFuture<Integer> done = start(t, false);
      t.type("\u001B[C");
      t.await("[2/3]");
      t.type("\u001B[D");
      t.type("p");
      t.await("this is the first claim");
      t.endInput();
      assertEquals(0, done.get());
    }
  }

  @Test
  void aDumbTerminalGetsNoEscapeSequencesInTheCard() throws Exception {
    try (PipedTerminal t = new PipedTerminal("dumb")) {
      assertFalse(Terminals.color(t.terminal, k -> null));
      CompletableFuture<Integer> done = start(t, Terminals.color(t.terminal, k -> null));
      t.send("q");
      assertEquals(0, done.get());
      t.await("3 claims: accepted 0");
      assertFalse(t.raw().contains("\u001B["), t.raw());
      assertTrue(t.raw().contains("[1/3] accepted 0"), t.raw());
    }
  }

  @Test
  void noColorIsRespected() throws Exception {
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      assertTrue(Terminals.color(t.terminal, k -> null));
      assertFalse(Terminals.color(t.terminal, k -> k.equals("NO_COLOR") ? "1" : null));
    }
  }
}
