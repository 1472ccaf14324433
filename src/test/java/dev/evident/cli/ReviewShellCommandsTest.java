package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.Review;
import dev.evident.model.Status;
import dev.evident.shell.PipedTerminal;
import dev.evident.shell.Terminals;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReviewShellCommandsTest {
  @TempDir
  Path dir;

  private List<String> ids;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    ids = Review.ids(dir);
  }

  /** Runs evident with {@code stdin} as standard input. */
  private CliRunner.Result run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Cli.create(new PrintWriter(out), new PrintWriter(err));
    EvidentCommand root = cl.getCommand();
    root.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    root.env = k -> k.equals("USER") ? "tester" : null;
    List<String> all = new ArrayList<>(List.of("-C", dir.toString()));
    all.addAll(List.of(args));
    int code = cl.execute(all.toArray(String[]::new));
    return new CliRunner.Result(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"review", "shell"})
  void withoutATerminalRefusesClearlyAndQuietly(String command) {
    Map<String, String> before = CliRunner.snapshot(dir);
    CliRunner.Result r = CliRunner.run(dir, command);
    assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    assertEquals("evident: error: " + command + " needs a terminal, and standard input or output"
        + " is not one (or TERM is dumb); use --batch to read "
        + (command.equals("review") ? "key commands" : "command lines")
        + " from standard input\n", r.err());
    assertEquals("", r.out());
    assertEquals(before, CliRunner.snapshot(dir));
    assertFalse(Terminals.interactive(k -> k.equals("TERM") ? "dumb" : null));
  }

  @Test
  void helpHasExamplesAndExitCodes() {
    for (String c : List.of("review", "shell", "completion")) {
      CliRunner.Result r = CliRunner.run(dir, c, "--help");
      assertEquals(0, r.code(), r::toString);
      assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r::toString);
    }
  }

  @Test
  void reviewBatchAppliesEachLineAndStopsAtTheFirstFailure() {
    CliRunner.Result r = run("t emt\na\n# a comment\n\nr not a mechanism\nu\nr duplicate of "
        + ids.get(0) + "\nl 3 cited mouse study\nk " + ids.get(0) + " duplicates same\nq\n",
        "review", "--batch", "--by", "Ada");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("[1/3] accepted 0 · rejected 0 · left 3\n" + ids.get(0)),
        r::toString);
    assertTrue(r.out().contains("»"), "the quote is marked, no escape sequences");
    assertFalse(r.out().contains("\u001B"), r::toString);
    assertTrue(r.out().contains("> u\nundid reject on " + ids.get(1)), r::toString);
    assertTrue(r.out().endsWith("3 claims: accepted 1 · rejected 1 · left 1\n"), r::toString);
    var claims = Review.load(dir).claims();
    assertEquals(Status.ACCEPTED, claims.get(ids.get(0)).status());
    assertTrue(claims.get(ids.get(0)).tags().contains("emt"));
    assertEquals("Ada", claims.get(ids.get(0)).decision().by());
    assertEquals("duplicate of " + ids.get(0), claims.get(ids.get(1)).decision().reason());
    assertEquals(3, claims.get(ids.get(2)).evidence().effectiveLevel());
    assertEquals(ids.get(0), claims.get(ids.get(2)).links().get(0).claim());

    r = run("a\nr\na\n", "review", "--batch", "--where", "status=extracted or "
        + "status=accepted", "--by", "Ada");
    assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    assertTrue(r.err().startsWith("<stdin>:2:1: error: r needs a reason: r REASON\n"
        + "evident: review stopped at line 2"), r::toString);
  }

  @Test
  void reviewWithNothingToReview() {
    CliRunner.Result r = run("", "review", "--batch", "--where", "status=accepted");
    assertEquals(0, r.code(), r::toString);
    assertEquals("no claims to review\n", r.out());
    r = run("", "review", "--batch", "--where", "status=");
    assertEquals(ExitCodes.USAGE, r.code(), r::toString);
  }

  @Test
  void shellBatchRunsLinesLikeTheCommandLine() {
    CliRunner.Result r = run("tag add emt " + ids.get(0) + "\nshow nope\nlist --where "
        + "'tag=emt'\nshell\nexit\nlist\n", "shell", "--batch");
    assertEquals(ExitCodes.USAGE, r.code(), "the code of the last command run: " + r);
    assertTrue(r.out().contains("evident> tag add emt " + ids.get(0) + "\ntagged 1 claim\n"),
        r::toString);
    assertTrue(r.err().contains("nope: error: no claim has this id or id prefix\n[exit 2]\n"),
        r::toString);
    assertTrue(r.err().contains("already in the evident shell\n[exit 2]\n"), r::toString);
    assertTrue(r.out().contains("evident> list --where 'tag=emt'\n"), r::toString);
    assertFalse(r.out().contains("evident> list\n"), "exit ends the batch");
    r = run("show nope\nstats\n", "shell", "--batch");
    assertEquals(0, r.code(), r::toString);
  }

  @Test
  void reviewOnTheShellsTerminal() throws Exception {
    try (PipedTerminal t = new PipedTerminal("xterm-256color")) {
      StringWriter sink = new StringWriter();
      CommandLine cl = Cli.create(new PrintWriter(sink), new PrintWriter(sink));
      EvidentCommand root = cl.getCommand();
      root.terminal = t.terminal();
      root.env = k -> k.equals("NO_COLOR") ? "1" : null;
      CompletableFuture<Integer> done = CompletableFuture.supplyAsync(() -> cl.execute("-C",
          dir.toString(), "review", "--by", "Ada"));
      t.await("[1/3]");
      assertFalse(t.raw().contains("\u001B[1m"), "NO_COLOR: no bold");
      t.send("a");
      t.await("[2/3] accepted 1");
      t.send("q");
      assertEquals(0, done.get(), sink::toString);
      assertEquals(Status.ACCEPTED, Review.load(dir).claims().get(ids.get(0)).status());
    }
  }

  @Test
  void jlineLogsNothing() throws Exception {
    List<LogRecord> records = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        if (Logger.getLogger("org.jline").isLoggable(r.getLevel())) {
          records.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(h);
    try (var t = Terminals.system()) {
      assertTrue(t.getType().startsWith("dumb"), "no terminal here: " + t.getType());
    } finally {
      root.removeHandler(h);
    }
    assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList());
  }

  @Test
  void completeListsCandidatesFromTheRepository() {
    CliRunner.Result r = CliRunner.run(dir, "__complete", "ids");
    assertEquals(String.join("\n", ids) + "\n", r.out());
    r = CliRunner.run(dir, "__complete", "tags", "e");
    assertTrue(r.out().lines().toList().containsAll(List.of("ecm", "emt")), r::toString);
    r = CliRunner.run(dir, "__complete", "where", "status=re");
    assertEquals("status=rejected\n", r.out());
    assertFalse(CliRunner.run(dir, "--help").out().contains("__complete"), "hidden");
  }
}
